import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { signInPath } from '../../paths/account-paths';
import { readProblem, type ApiProblem } from '../../ui/api-problem';
import { PageTitle } from '../../ui/PageTitle';
import { takeReturnPath } from './confirmation-return';
import { NewConfirmationLinkForm } from './NewConfirmationLinkForm';
import { useAccountEntry } from './use-account-entry';
import './account.css';
import { FormAlert } from '../../ui/FormAlert';

const ConfirmEmailMutation = graphql(`
  mutation ConfirmEmail($token: String!) {
    confirmEmail(token: $token) {
      user {
        id
      }
    }
  }
`);

/** Refusals after which a new link is what the person needs. */
const NEEDS_NEW_LINK = new Set(['CONFIRMATION_LINK_EXPIRED', 'CONFIRMATION_LINK_INVALID']);

/**
 * Where the link in a confirmation message leads. Confirming takes a press of the button rather
 * than happening on load: mail scanners open links to check them, and would use up the link.
 */
export function ConfirmEmailPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { next, alreadySignedIn, enter } = useAccountEntry();
  const [{ fetching }, confirm] = useMutation(ConfirmEmailMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  if (alreadySignedIn && !confirmed) return <Navigate replace to={next} />;

  async function confirmAddress() {
    if (!token) return;
    setProblem(null);
    const { error } = await confirm({ token });
    if (error) {
      setProblem(readProblem(error));
      return;
    }
    setConfirmed(true);
    enter(takeReturnPath() ?? next);
  }

  return (
    <section className="account-page">
      <PageTitle>Confirm your email address</PageTitle>
      <h1>Confirm your email address</h1>
      {token ? (
        <>
          <p className="lede">Confirm the address to start using your account; you are signed in straight away.</p>
          <Button className="button" isPending={fetching || confirmed} isDisabled={problem !== null} onPress={confirmAddress}>
            {fetching || confirmed ? 'Confirming…' : 'Confirm and sign in'}
          </Button>
        </>
      ) : (
        <p className="lede">This page confirms an address with the link from a confirmation message; this address has no link in it.</p>
      )}
      {problem && <FormAlert>{problem.message}</FormAlert>}
      {problem?.code === 'CONFIRMATION_LINK_USED' && (
        <p>
          <Link to={signInPath}>Sign in</Link>
        </p>
      )}
      {(!token || NEEDS_NEW_LINK.has(problem?.code ?? '')) && <NewConfirmationLinkForm />}
    </section>
  );
}
