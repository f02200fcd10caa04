import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { currentPasswordProblem, emailProblem } from './account-rules';
import { AccountForm } from './AccountForm';
import { FormField } from './FormField';

const ChangeEmailMutation = graphql(`
  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {
    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword)
  }
`);

/** The account keeps its address until the link sent to the new one is followed. */
export function ChangeEmailSection({ currentEmail }: { currentEmail: string }) {
  const [, changeEmail] = useMutation(ChangeEmailMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit({ newEmail, currentPassword }: Record<string, string>) {
    const { error } = await changeEmail({ newEmail, currentPassword });
    if (!error) setSentTo(newEmail.trim());
    return error;
  }

  return (
    <section aria-labelledby="email-heading">
      <h2 id="email-heading">Email address</h2>
      <p>
        Your account’s address is <strong>{currentEmail}</strong>.
      </p>
      {sentTo ? (
        <p role="status" className="notice">
          We sent a link to {sentTo}. Your account moves to that address once you follow it, and we tell {currentEmail}.
        </p>
      ) : (
        <AccountForm submitLabel="Change email address" pendingLabel="Sending…" onSubmit={submit}>
          <FormField label="New email address" name="newEmail" type="email" autoComplete="email" validate={emailProblem} />
          <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" validate={currentPasswordProblem} />
        </AccountForm>
      )}
    </section>
  );
}
