import { useState } from 'react';
import { useMutation } from 'urql';
import { emailProblem } from './account-rules';
import { AccountForm } from './AccountForm';
import { FormField } from './FormField';
import { ResendConfirmationMutation } from './ResendConfirmationButton';

/** For a link that expired or was replaced: the address, and a fresh link goes to it if it waits for one. */
export function NewConfirmationLinkForm() {
  const [, resend] = useMutation(ResendConfirmationMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <p role="status" className="notice">
        If {sentTo} is waiting to be confirmed, a new link is on its way. Check your inbox.
      </p>
    );
  }

  async function submit({ email }: Record<string, string>) {
    const { error } = await resend({ email });
    if (!error) setSentTo(email.trim());
    return error;
  }

  return (
    <>
      <h2>Get a new link</h2>
      <AccountForm submitLabel="Send a new link" pendingLabel="Sending…" onSubmit={submit}>
        <FormField label="Email" name="email" type="email" autoComplete="email" validate={emailProblem} />
      </AccountForm>
    </>
  );
}
