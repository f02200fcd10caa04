import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../../app/session/session-context';
import { graphql } from '../../gql';
import { accountPath } from '../../paths/account-paths';
import { readProblem, type ApiProblem } from '../../ui/api-problem';
import { PageTitle } from '../../ui/PageTitle';
import './account.css';
import { FormAlert } from '../../ui/FormAlert';

const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);

/**
 * Where the message to a new address leads. Moving the account takes a press of the button, as
 * confirming an address does: mail scanners open links to check them, and would use up the link.
 */
export function ConfirmEmailChangePage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const { reloadViewer } = useSession();
  const [{ fetching }, confirm] = useMutation(ConfirmEmailChangeMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [movedTo, setMovedTo] = useState<string | null>(null);

  async function confirmAddress() {
    setProblem(null);
    const { data, error } = await confirm({ token: token! });
    if (error) return setProblem(readProblem(error));
    setMovedTo(data!.confirmEmailChange);
    reloadViewer();
  }

  return (
    <section className="account-page">
      <PageTitle>Confirm your new email address</PageTitle>
      <h1>Confirm your new email address</h1>
      {movedTo ? (
        <p role="status" className="notice">
          Your account’s email address is now {movedTo}. <Link to={accountPath}>Back to your account</Link>
        </p>
      ) : token ? (
        <>
          <p className="lede">Your account moves to this address once you confirm it; until then it keeps its current one.</p>
          <Button className="button" isPending={fetching} isDisabled={problem !== null} onPress={confirmAddress}>
            {fetching ? 'Confirming…' : 'Confirm new address'}
          </Button>
        </>
      ) : (
        <p className="lede">This page confirms a new address with the link from its message; this address has no link in it.</p>
      )}
      {problem && <FormAlert>{problem.message}</FormAlert>}
    </section>
  );
}
