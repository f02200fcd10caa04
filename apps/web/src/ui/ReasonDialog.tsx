import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Button,
  Dialog,
  FieldError,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import './dialog.css';

// The API's rule for override and revocation reasons: enough for a later reader of the audit log.
const MIN_LENGTH = 10;
const MAX_LENGTH = 1000;

interface ReasonDialogProps {
  title: string;
  reasonLabel: string;
  confirmLabel: string;
  /** Resolves to the server's refusal, or to null once done, which closes the dialog. */
  onConfirm: (reason: string) => Promise<string | null>;
  onClose: () => void;
  /** What the step does, and to whom. */
  children: ReactNode;
}

/** Asks for a written reason before a step the audit log keeps: nothing is sent without one. */
export function ReasonDialog({ title, reasonLabel, confirmLabel, onConfirm, onClose, children }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setProblem(null);
    const refusal = await onConfirm(reason.trim());
    setPending(false);
    if (refusal) setProblem(refusal);
    else onClose();
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={!pending} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          {children}
          <Form onSubmit={submit}>
            <TextField
              className="form-field"
              value={reason}
              onChange={setReason}
              isRequired
              maxLength={MAX_LENGTH}
              validate={(value) =>
                value.trim().length < MIN_LENGTH ? `Write the reason in at least ${MIN_LENGTH} characters.` : null
              }
              autoFocus
            >
              <Label className="form-field__label">{reasonLabel}</Label>
              <TextArea className="form-field__input" rows={4} />
              <Text slot="description" className="form-field__hint">
                At least {MIN_LENGTH} characters. It is kept in the audit log.
              </Text>
              <FieldError className="form-field__error" />
            </TextField>
            {problem && (
              <p role="alert" className="form-alert reason-dialog__problem">
                {problem}
              </p>
            )}
            <div className="dialog__actions">
              <Button type="submit" className="button" isPending={pending}>
                {confirmLabel}
              </Button>
              <Button className="button button--quiet" onPress={onClose} isDisabled={pending}>
                Cancel
              </Button>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
