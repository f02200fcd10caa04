import type { TestApp } from '../testing/test-app';
import { SIGN_UP, signUpConfirmed, signUpTestApp } from '../users/sign-up-fixtures';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { email roles } } }`;
const ME = `{ me { email name roles } }`;

describe('accounts and sessions', () => {
  let api: TestApp;
  let counter = 0;
  const newEmail = () => `person${++counter}-${Date.now()}@example.org`;

  beforeAll(async () => {
    api = await signUpTestApp();
  });
  afterAll(() => api.close());

  const signUp = (email: string) => signUpConfirmed(api, email);

  it('signs a new practitioner up as a learner, and the confirmation signs them in', async () => {
    const email = newEmail();
    const { token, user } = await signUp(email);
    expect(user).toMatchObject({ email, name: 'Dr Ada Example', roles: ['LEARNER'] });
    const me = await api.graphql(ME, {}, token);
    expect(me.data!.me).toEqual({ email, name: 'Dr Ada Example', roles: ['LEARNER'] });
  });

  it.each([
    [{ password: 'short' }, 'Choose a password of at least 10 characters.'],
    [{ email: 'not-an-email' }, 'Enter an email address like name@example.com.'],
    [{ name: '' }, 'Enter your name as it should appear on certificates.'],
    [{ password: 'x'.repeat(201) }, 'A password has at most 200 characters.'],
  ])('refuses sign-up with %j, saying why, and creates nothing', async (change, message) => {
    const email = newEmail();
    const input = { email, name: 'Someone', password: 'a long enough password', ...change };
    const { data, errors } = await api.graphql(SIGN_UP, { input });
    expect(data).toBeNull();
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe(message);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM app_user WHERE email = $1`, [email]);
    expect(count).toBe(0);
  });

  it('refuses unknown input fields instead of ignoring them', async () => {
    const { errors } = await api.graphql(SIGN_UP, {
      input: { email: newEmail(), name: 'X', password: 'a long enough password', roles: ['ADMIN'] },
    });
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('Variable "$input" is invalid: Field "roles" is not defined by type "SignUpInput".');
  });

  it('answers a wrong password and an unknown email the same way, in about the same time', async () => {
    const email = newEmail();
    await signUp(email);
    const timed = async (variables: Record<string, string>) => {
      const started = process.hrtime.bigint();
      const response = await api.graphql(SIGN_IN, variables);
      return { response, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    };
    const wrongPassword = await timed({ email, password: 'not the password' });
    const unknownEmail = await timed({ email: newEmail(), password: 'not the password' });
    expect(wrongPassword.response.errors).toEqual(unknownEmail.response.errors);
    expect(wrongPassword.response.errors![0]).toMatchObject({
      message: 'The email or password is not right.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Both paths run the same scrypt verification; neither answers in a fraction of the other's time.
    expect(unknownEmail.ms / wrongPassword.ms).toBeGreaterThan(0.5);
    expect(unknownEmail.ms / wrongPassword.ms).toBeLessThan(2);
  });

  it('signs in with the right password and ends only that session on sign-out', async () => {
    const email = newEmail();
    const first = (await signUp(email)).token;
    const second = (await api.graphql(SIGN_IN, { email, password: 'a long enough password' })).data!.signIn.token;
    expect(second).not.toBe(first);

    expect((await api.graphql('mutation { signOut }', {}, second)).data!.signOut).toBe(true);
    expect((await api.graphql(ME, {}, second)).data!.me).toBeNull();
    expect((await api.graphql(ME, {}, first)).data!.me.email).toBe(email);
  });

  it('ends every session of the account on sign-out everywhere', async () => {
    const email = newEmail();
    const first = (await signUp(email)).token;
    const second = (await api.graphql(SIGN_IN, { email, password: 'a long enough password' })).data!.signIn.token;
    expect((await api.graphql('mutation { signOutEverywhere }', {}, second)).data!.signOutEverywhere).toBe(2);
    expect((await api.graphql(ME, {}, first)).data!.me).toBeNull();
  });

  it('stores only a hash of session tokens, and expired sessions no longer sign anyone in', async () => {
    const { token, user } = await signUp(newEmail());
    const stored = await api.dataSource.query(`SELECT token_hash FROM session WHERE user_id = $1`, [user.id]);
    expect(stored[0].token_hash).not.toContain(token);
    await api.dataSource.query(`UPDATE session SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE user_id = $1`, [user.id]);
    expect((await api.graphql(ME, {}, token)).data!.me).toBeNull();
  });

  it('limits sign-in attempts from one address to 50 in 15 minutes', async () => {
    await api.graphql(SIGN_IN, { email: newEmail(), password: 'whatever password' });
    const [bucket] = await api.dataSource.query(`SELECT key FROM rate_limit WHERE key LIKE '900s:sign-in:address:%'`);
    await api.dataSource.query(`UPDATE rate_limit SET points = 50 WHERE key = $1`, [bucket.key]);
    const { errors } = await api.graphql(SIGN_IN, { email: newEmail(), password: 'whatever password' });
    expect(errors![0].extensions!.code).toBe('RATE_LIMITED');
    await api.dataSource.query(`DELETE FROM rate_limit WHERE key = $1`, [bucket.key]);
  });
});
