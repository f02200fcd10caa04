import type { Request } from 'express';
import { VIEWER_OF_REQUEST } from '../auth/access.guard';
import type { Viewer } from '../auth/viewer';

/** What a request's log line and metrics learn while it runs, beyond what HTTP says. */
export interface RequestFacts {
  /** GraphQL: the operation's name, or its root fields when it has none. */
  operation?: string;
  /** GraphQL: the code of the first error answered. */
  errorCode?: string;
}

const factsOfRequest = new WeakMap<object, RequestFacts>();

export function factsOf(request: object): RequestFacts {
  let facts = factsOfRequest.get(request);
  if (!facts) factsOfRequest.set(request, (facts = {}));
  return facts;
}

/** The signed-in account, once the guard or a resolver has looked it up; never looked up for the log alone. */
export function accountIdOf(request: object): string | undefined {
  return (request as Request & { [VIEWER_OF_REQUEST]?: Viewer | null })[VIEWER_OF_REQUEST]?.id;
}
