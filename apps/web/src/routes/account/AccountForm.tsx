import { useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Button, Form } from 'react-aria-components';
import type { CombinedError } from 'urql';
import { messageWithRetryTime, readProblem } from '../../ui/api-problem';
import { FormAlert } from '../../ui/FormAlert';

interface AccountFormProps {
  submitLabel: string;
  pendingLabel: string;
  /** Sends the values by field name; resolves to the server's refusal, if any. */
  onSubmit: (values: Record<string, string>) => Promise<CombinedError | undefined>;
  children: ReactNode;
}

/**
 * A form whose fields check themselves before sending; the server's answer then lands next to
 * the field it is about, or above the button when it is about the whole form.
 */
export function AccountForm({ submitLabel, pendingLabel, onSubmit, children }: AccountFormProps) {
  const [pending, setPending] = useState(false);
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const values = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)]));
    setPending(true);
    setFormProblem(null);
    setFieldProblems({});
    const error = await onSubmit(values);
    // Once the server agrees, the page moves on; the button stays pending so nothing is sent twice.
    if (!error) return;

    const problem = readProblem(error);
    const fields = [...form.elements].filter(
      (element): element is HTMLInputElement => element instanceof HTMLInputElement && element.name in problem.fields,
    );
    // Rendered before focus moves, so a screen reader reads the field together with its error.
    flushSync(() => {
      setPending(false);
      if (fields.length > 0) setFieldProblems(Object.fromEntries(fields.map(({ name }) => [name, problem.fields[name]])));
      else setFormProblem(messageWithRetryTime(problem));
    });
    fields[0]?.focus();
  }

  return (
    <Form className="account-form" validationErrors={fieldProblems} onSubmit={submit}>
      {children}
      {formProblem && <FormAlert>{formProblem}</FormAlert>}
      <Button type="submit" className="button" isPending={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </Form>
  );
}
