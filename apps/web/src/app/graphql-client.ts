import { persistedExchange } from '@urql/exchange-persisted';
import { cacheExchange, Client, fetchExchange } from 'urql';
import { earlyAnswerExchange } from './early-answer-exchange';

/** graphql-codegen writes each document's id into it; the API knows the same ids from the build. */
function persistedId(_query: string, document: unknown): Promise<string> {
  return Promise.resolve((document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '');
}

export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      earlyAnswerExchange,
      // Queries go as GETs of a persisted id, which the browser (and a CDN, for the public catalog and
      // course outline) may answer from its cache or revalidate by ETag; mutations stay JSON POSTs.
      persistedExchange({ generateHash: persistedId, preferGetForPersistedQueries: 'within-url-limit' }),
      fetchExchange,
    ],
    // Apollo Server's CSRF protection asks a GET with the query's text for this header.
    fetchOptions: { credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } },
  });
}
