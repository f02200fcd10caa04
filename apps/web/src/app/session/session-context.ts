import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';
import type { Role } from '../../gql/graphql';

export interface Viewer {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export interface Session {
  /** The signed-in person; null when anonymous; undefined until the server has said which. */
  viewer: Viewer | null | undefined;
  /** Why the server could not say who is signed in. */
  viewerError: CombinedError | undefined;
  reloadViewer: () => void;
  /**
   * Call after signing in or up: forgets everything loaded for the previous person, so none of
   * it stays on screen, and asks the server who is signed in now.
   */
  restart: () => void;
  /** Resolves to the error when the server could not end the session. */
  signOut: () => Promise<CombinedError | undefined>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside <SessionProvider>');
  return session;
}
