import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Provider, useMutation, useQuery, type Client } from 'urql';
import { graphql } from '../../gql';
import { forgetEarlyAnswers } from '../early-answers';
import { forgetThePersonsOfflineData } from '../offline/kept-answers';
import { SessionContext, type Session } from './session-context';

const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      roles
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

interface SessionProviderProps {
  createClient: () => Client;
  children: ReactNode;
}

/** Loads who is signed in once for the whole app, and starts afresh when that changes. */
export function SessionProvider({ createClient, children }: SessionProviderProps) {
  // A new client is the simplest complete cache reset: nothing cached for one person survives.
  const [client, setClient] = useState(createClient);
  const restart = useCallback(() => {
    forgetEarlyAnswers();
    setClient(createClient());
  }, [createClient]);
  return (
    <Provider value={client}>
      <ViewerSession restart={restart}>{children}</ViewerSession>
    </Provider>
  );
}

function ViewerSession({ restart, children }: { restart: () => void; children: ReactNode }) {
  const [{ data, error }, reexecuteViewer] = useQuery({ query: ViewerQuery });
  const [, signOutMutation] = useMutation(SignOutMutation);

  const signOut = useCallback(async () => {
    const { error: signOutError } = await signOutMutation({});
    // A session that already ended (expired, or ended on another device) leaves nothing to end.
    const alreadyEnded = signOutError?.graphQLErrors.some((problem) => problem.extensions?.code === 'UNAUTHENTICATED');
    if (signOutError && !alreadyEnded) return signOutError;
    await forgetThePersonsOfflineData();
    restart();
    return undefined;
  }, [signOutMutation, restart]);

  const session = useMemo<Session>(
    () => ({
      viewer: data ? (data.me ?? null) : undefined,
      viewerError: data ? undefined : error,
      reloadViewer: () => reexecuteViewer({ requestPolicy: 'network-only' }),
      restart,
      signOut,
    }),
    [data, error, reexecuteViewer, restart, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
