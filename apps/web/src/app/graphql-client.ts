import { cacheExchange, Client, fetchExchange } from 'urql';

export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Apollo Server's CSRF protection rejects simple GET requests, so queries go as JSON POSTs.
    preferGetMethod: false,
  });
}
