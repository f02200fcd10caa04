import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { readProblem } from '../../ui/api-problem';
import { describeWhen } from '../../ui/describe-when';
import { QueryStatus } from '../../ui/QueryStatus';

const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      device
      address
      signedInAt
      lastSeenAt
      current
    }
  }
`);

const EndSessionMutation = graphql(`
  mutation EndSession($sessionId: ID!) {
    endSession(sessionId: $sessionId)
  }
`);

/** Where the account is signed in; any other session can be ended from here. */
export function SessionsSection() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: MySessionsQuery });
  const [, endSession] = useMutation(EndSessionMutation);
  const [ending, setEnding] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ended: boolean; message: string } | null>(null);

  async function signOut(session: { id: string; device: string }) {
    setEnding(session.id);
    setOutcome(null);
    const { error: refused } = await endSession({ sessionId: session.id });
    setEnding(null);
    if (refused) setOutcome({ ended: false, message: `Couldn’t sign out ${session.device}. ${readProblem(refused).message}` });
    else setOutcome({ ended: true, message: `${session.device} is signed out.` });
    reexecuteQuery({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      {outcome && (
        <p role={outcome.ended ? 'status' : 'alert'} className={outcome.ended ? 'notice' : 'form-alert'}>
          {outcome.message}
        </p>
      )}
      {!data ? (
        <QueryStatus subject="your sessions" error={error} reexecuteQuery={reexecuteQuery} />
      ) : (
        <ul className="account-sessions" aria-labelledby="sessions-heading">
          {data.mySessions.map((session) => (
            <li key={session.id} className="account-sessions__session">
              <p className="account-sessions__device">
                {session.device}
                {session.current && <span className="account-sessions__current"> (this browser)</span>}
              </p>
              <p>
                {session.address ?? 'Address unknown'} · last used {describeWhen(session.lastSeenAt)} · signed in {describeWhen(session.signedInAt)}
              </p>
              {!session.current && (
                <Button
                  className="button button--quiet"
                  aria-label={`Sign out ${session.device}, last used ${describeWhen(session.lastSeenAt)}`}
                  isPending={ending === session.id}
                  onPress={() => signOut(session)}
                >
                  Sign out
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
