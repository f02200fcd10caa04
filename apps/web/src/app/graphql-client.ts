import { cacheExchange, Client, fetchExchange } from 'urql';

export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Apollo Server's CSRF protection rejects simple GET requests, so queries go as JSON POSTs.
    preferGetMethod: false,
    // The session lives in an httpOnly cookie; the page never sees or stores its token.
    fetchOptions: { credentials: 'same-origin' },
  });
}
