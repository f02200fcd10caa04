// An organisation's OpenID Connect provider for journeys: oidc-provider on a free port, whose own
// development pages take any login and password; the login names the person.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

/** `people`: { login: { email, name, email_verified } }. Answers the provider's issuer, client and a way to stop it. */
export async function startIdentityProvider({ redirectUri, people }) {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const client = { clientId: 'training-platform', clientSecret: randomBytes(24).toString('base64url') };
  const provider = new Provider(issuer, {
    clients: [{ client_id: client.clientId, client_secret: client.clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: false,
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    findAccount: (_context, id) => people[id] && { accountId: id, claims: () => ({ sub: id, ...people[id] }) },
  });
  server.on('request', provider.callback());
  return { issuer, ...client, stop: () => new Promise((resolve) => server.close(resolve)) };
}
