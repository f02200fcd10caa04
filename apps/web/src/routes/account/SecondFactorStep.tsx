import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { AccountForm } from './AccountForm';
import { CodeField } from './CodeField';

const CompleteSignInMutation = graphql(`
  mutation CompleteSignIn($challenge: String!, $code: String!) {
    completeSignIn(challenge: $challenge, code: $code) {
      user {
        id
      }
    }
  }
`);

interface SecondFactorStepProps {
  /** What signIn answered for an account with two-factor on (or the provider's sign-in, in the address). */
  challenge: string;
  onSignedIn: () => void;
  onStartAgain: () => void;
}

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function SecondFactorStep({ challenge, onSignedIn, onStartAgain }: SecondFactorStepProps) {
  const [, complete] = useMutation(CompleteSignInMutation);

  async function submit({ code }: Record<string, string>) {
    const { error } = await complete({ challenge, code: code.trim() });
    if (!error) onSignedIn();
    return error;
  }

  return (
    <>
      <p className="lede">Your account has two-factor sign-in on. Enter the code from your authenticator app to finish signing in.</p>
      <AccountForm submitLabel="Finish signing in" pendingLabel="Checking the code…" onSubmit={submit}>
        <CodeField label="Code" recoveryCodes autoFocus description="Lost your device? Enter one of the recovery codes you saved instead." />
      </AccountForm>
      <p className="account-page__switch">
        <button type="button" className="link-button" onClick={onStartAgain}>
          Sign in again with your password
        </button>
      </p>
    </>
  );
}
