import { Link, Navigate } from 'react-router';
import { useMutation } from 'urql';
import { PageTitle } from '../../app/PageTitle';
import { graphql } from '../../gql';
import { AccountForm } from './AccountForm';
import { emailProblem, MIN_PASSWORD_LENGTH, nameProblem, newPasswordProblem } from './account-rules';
import { signInPath, withReturnPath } from './account-paths';
import { FormField } from './FormField';
import { useAccountEntry } from './use-account-entry';
import './account.css';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

export function SignUpPage() {
  const { next, alreadySignedIn, enter } = useAccountEntry();
  const [, signUp] = useMutation(SignUpMutation);

  if (alreadySignedIn) return <Navigate replace to={next} />;

  async function submit({ email, name, password }: Record<string, string>) {
    const { error } = await signUp({ input: { email, name, password } });
    if (!error) enter();
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
