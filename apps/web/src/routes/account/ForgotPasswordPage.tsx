import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { signInPath } from '../../paths/account-paths';
import { PageTitle } from '../../ui/PageTitle';
import { emailProblem } from './account-rules';
import { AccountForm } from './AccountForm';
import { CheckInbox } from './CheckInbox';
import { FormField } from './FormField';
import './account.css';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** The server answers alike for every address, and so does this page: it never says whether one has an account. */
export function ForgotPasswordPage() {
  const [, requestReset] = useMutation(RequestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <CheckInbox email={sentTo} offersNewConfirmationLink={false}>
        <p>If the address has an account, the message has a link to choose a new password. The link works once, within 30 minutes.</p>
        <p>
          <Link to={signInPath}>Back to sign in</Link>
        </p>
      </CheckInbox>
    );
  }

  async function submit({ email }: Record<string, string>) {
    const { error } = await requestReset({ email });
    if (!error) setSentTo(email.trim());
    return error;
  }

  return (
    <section className="account-page">
      <PageTitle>Forgot your password?</PageTitle>
      <h1>Forgot your password?</h1>
      <p className="lede">Enter the email address of your account and we will send you a link to choose a new password.</p>
      <AccountForm submitLabel="Send the link" pendingLabel="Sending…" onSubmit={submit}>
        <FormField label="Email" name="email" type="email" autoComplete="email" validate={emailProblem} />
      </AccountForm>
      <p className="account-page__switch">
        Remembered it? <Link to={signInPath}>Sign in</Link>
      </p>
    </section>
  );
}
