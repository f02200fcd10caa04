import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { forgotPasswordPath, signInPath } from '../../paths/account-paths';
import { readProblem } from '../../ui/api-problem';
import { PageTitle } from '../../ui/PageTitle';
import { newPasswordProblem } from './account-rules';
import { AccountForm } from './AccountForm';
import { FormField } from './FormField';
import { useAccountEntry } from './use-account-entry';
import './account.css';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      user {
        id
      }
      secondFactorChallenge
    }
  }
`);

/** Refusals after which only a new link helps. */
const NEEDS_NEW_LINK = new Set(['PASSWORD_RESET_LINK_INVALID', 'PASSWORD_RESET_LINK_USED', 'PASSWORD_RESET_LINK_EXPIRED']);

/** Where a password reset message leads: a new password, and the person is signed in with it. */
export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { enter } = useAccountEntry();
  const [, resetPassword] = useMutation(ResetPasswordMutation);
  const [needsNewLink, setNeedsNewLink] = useState(!token);

  async function submit({ password }: Record<string, string>) {
    const { data, error } = await resetPassword({ token: token!, password });
    const challenge = data?.resetPassword.secondFactorChallenge;
    // With two-factor on, the new password is set and the sign-in page asks for the code.
    if (challenge) enter(`${signInPath}?${new URLSearchParams({ challenge })}`);
    else if (!error) enter();
    else setNeedsNewLink(NEEDS_NEW_LINK.has(readProblem(error).code ?? ''));
    return error;
  }

  return (
    <section className="account-page">
      <PageTitle>Choose a new password</PageTitle>
      <h1>Choose a new password</h1>
      {token ? (
        <>
          <p className="lede">Choosing it signs you in here and signs you out everywhere else.</p>
          <AccountForm submitLabel="Save and sign in" pendingLabel="Saving…" onSubmit={submit}>
            <FormField
              label="New password"
              name="password"
              type="password"
              autoComplete="new-password"
              validate={newPasswordProblem}
              description="At least 10 characters; not a common password, nor made of your name or email."
            />
          </AccountForm>
        </>
      ) : (
        <p className="lede">This page sets a new password with the link from a password reset message; this address has no link in it.</p>
      )}
      {needsNewLink && (
        <p>
          <Link to={forgotPasswordPath}>Ask for a new link</Link>
        </p>
      )}
    </section>
  );
}
