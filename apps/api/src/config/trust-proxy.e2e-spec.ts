import request from 'supertest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { hashPassword } from '../users/password';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

describe('forwarded addresses with TRUST_PROXY unset', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  const signInFrom = (forwardedFor: string, email = 'nobody@example.test', password = 'not the password') =>
    request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', forwardedFor)
      .set('x-forwarded-proto', 'https')
      .send({ query: SIGN_IN, variables: { email, password } });

  it('counts a client that rotates X-Forwarded-For under its own address, so it cannot escape the sign-in limits', async () => {
    await signInFrom('198.51.100.1');
    const counted = await api.dataSource.query(`SELECT key FROM rate_limit WHERE key LIKE '900s:sign-in:address:%'`);
    expect(counted).toEqual([{ key: expect.stringMatching(/^900s:sign-in:address:(::ffff:)?127\.0\.0\.1$/) }]);

    await api.dataSource.query(`UPDATE rate_limit SET points = 50 WHERE key = $1`, [counted[0].key]);
    for (const forwardedFor of ['198.51.100.2', '203.0.113.9, 198.51.100.3', '2001:db8::7']) {
      const { body } = await signInFrom(forwardedFor, `someone-${forwardedFor.length}@example.test`);
      expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    }
    await api.dataSource.query(`DELETE FROM rate_limit WHERE key = $1`, [counted[0].key]);
  });

  it('does not take a client’s X-Forwarded-Proto for HTTPS', async () => {
    await api.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, roles)
       VALUES ('plain-http@example.test', 'Plain Http', $1, '{LEARNER}')`,
      [await hashPassword('a passphrase of my own')],
    );
    const response = await signInFrom('198.51.100.4', 'plain-http@example.test', 'a passphrase of my own');
    expect(response.body.data.signIn.token).toEqual(expect.any(String));
    expect(String(response.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });
});
