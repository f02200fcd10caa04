import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { forgotPasswordPath, signUpPath, withReturnPath } from '../../paths/account-paths';
import { catalogPath } from '../../paths/learn-paths';
import { readProblem } from '../../ui/api-problem';
import { PageTitle } from '../../ui/PageTitle';
import { currentPasswordProblem, emailProblem } from './account-rules';
import { AccountForm } from './AccountForm';
import { FormField } from './FormField';
import { ProviderSignIn } from './ProviderSignIn';
import { ResendConfirmationButton } from './ResendConfirmationButton';
import { SecondFactorStep } from './SecondFactorStep';
import { useAccountEntry } from './use-account-entry';
import './account.css';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
      }
      secondFactorChallenge
    }
  }
`);

export function SignInPage() {
  const { next, alreadySignedIn, enter } = useAccountEntry();
  const [, signIn] = useMutation(SignInMutation);
  const [unconfirmedEmail, setUnconfirmedEmail] = useState<string | null>(null);
  const [searchParams] = useSearchParams();
  // An organisation's sign-in of an account with two-factor on comes back with its challenge in the address.
  const [challenge, setChallenge] = useState(searchParams.get('challenge'));

  if (alreadySignedIn) return <Navigate replace to={next} />;

  async function submit({ email, password }: Record<string, string>) {
    const { data, error } = await signIn({ email, password });
    if (data?.signIn.secondFactorChallenge) {
      setChallenge(data.signIn.secondFactorChallenge);
      return undefined;
    }
    if (!error) enter();
    setUnconfirmedEmail(error && readProblem(error).code === 'EMAIL_NOT_CONFIRMED' ? email.trim() : null);
    return error;
  }

  return (
    <section className="account-page">
      <PageTitle>Sign in</PageTitle>
      <h1>Sign in</h1>
      {challenge ? (
        <SecondFactorStep challenge={challenge} onSignedIn={() => enter()} onStartAgain={() => setChallenge(null)} />
      ) : (
        <>
          {next !== catalogPath && <p className="lede">Sign in to go on to the page you opened.</p>}
          <ProviderSignIn problemCode={searchParams.get('sso-error')} />
          <AccountForm submitLabel="Sign in" pendingLabel="Signing in…" onSubmit={submit}>
            <FormField label="Email" name="email" type="email" autoComplete="email" validate={emailProblem} />
            <FormField
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              validate={currentPasswordProblem}
            />
          </AccountForm>
          {unconfirmedEmail && <ResendConfirmationButton email={unconfirmedEmail} />}
          <p className="account-page__switch">
            <Link to={forgotPasswordPath}>Forgot your password?</Link>
          </p>
          <p className="account-page__switch">
            New here? <Link to={withReturnPath(signUpPath, next)}>Create an account</Link>
          </p>
        </>
      )}
    </section>
  );
}
