import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { signInPath, withReturnPath } from '../../paths/account-paths';
import { PageTitle } from '../../ui/PageTitle';
import { emailProblem, MIN_PASSWORD_LENGTH, nameProblem, newPasswordProblem } from './account-rules';
import { AccountForm } from './AccountForm';
import { CheckInbox } from './CheckInbox';
import { rememberReturnPath } from './confirmation-return';
import { FormField } from './FormField';
import { useAccountEntry } from './use-account-entry';
import './account.css';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      confirmationRequired
    }
  }
`);

export function SignUpPage() {
  const { next, alreadySignedIn, enter } = useAccountEntry();
  const [, signUp] = useMutation(SignUpMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);

  if (sentTo) {
    return (
      <CheckInbox email={sentTo}>
        <p>
          If it is a new account, the message has a link that confirms your address and signs you in; it works once, within 24
          hours. If the address already has an account, the message says so: <Link to={withReturnPath(signInPath, next)}>sign in</Link>{' '}
          instead.
        </p>
      </CheckInbox>
    );
  }
  if (alreadySignedIn) return <Navigate replace to={next} />;

  async function submit({ email, name, password }: Record<string, string>) {
    const { data, error } = await signUp({ input: { email, name, password } });
    if (data?.signUp.confirmationRequired) {
      rememberReturnPath(next);
      setSentTo(email.trim());
    } else if (!error) enter();
    return error;
  }

  return (
    <section className="account-page">
      <PageTitle>Create an account</PageTitle>
      <h1>Create an account</h1>
      <p className="lede">Take the courses and quizzes, and earn certificates in your name.</p>
      <AccountForm submitLabel="Create account" pendingLabel="Creating your account…" onSubmit={submit}>
        <FormField
          label="Name"
          name="name"
          type="text"
          autoComplete="name"
          validate={nameProblem}
          description="As it should appear on your certificates."
        />
        <FormField label="Email" name="email" type="email" autoComplete="email" validate={emailProblem} />
        <FormField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          validate={newPasswordProblem}
          description={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        />
      </AccountForm>
      <p className="account-page__switch">
        Already have an account? <Link to={withReturnPath(signInPath, next)}>Sign in</Link>
      </p>
    </section>
  );
}
