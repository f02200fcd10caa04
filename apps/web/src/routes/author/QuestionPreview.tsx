import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { Answer } from '../../ui/answers';
import { QuestionField } from '../../ui/QuestionField';
import type { EditedQuestion } from './edited-quiz';
import '../../ui/dialog.css';

interface QuestionPreviewProps {
  /** The question to show; the preview is closed while there is none. */
  question: EditedQuestion | null;
  number: number;
  total: number;
  onClose: () => void;
}

/** The question as the quiz player shows it: the same inputs, and nothing about which answer is right. */
export function QuestionPreview({ question, number, total, onClose }: QuestionPreviewProps) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={question !== null}
      onOpenChange={(isOpen) => !isOpen && onClose()}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">Preview as a learner</Heading>
          <p className="form-field__hint">Answers given here are not kept.</p>
          {question && <PreviewedQuestion question={question} number={number} total={total} />}
          <div className="dialog__actions">
            <Button slot="close" className="button">
              Close preview
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function PreviewedQuestion({ question, number, total }: { question: EditedQuestion; number: number; total: number }) {
  const [answer, setAnswer] = useState<Answer>();
  const shown = { ...question, options: question.options.map(({ id, text }) => ({ id, text })) };
  return (
    <section className="question" aria-label={`Question ${number} of ${total}`}>
      <p className="question__number">
        Question {number} of {total}
      </p>
      <QuestionField question={shown} answer={answer} onChange={setAnswer} />
    </section>
  );
}
