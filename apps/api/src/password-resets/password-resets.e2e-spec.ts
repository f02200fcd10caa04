import request from 'supertest';
import type { OutboxMessage } from '../mail/mail.types';
import type { TestApp } from '../testing/test-app';
import { messagesTo, PASSWORD, signUpConfirmed, signUpTestApp } from '../users/sign-up-fixtures';

const REQUEST_RESET = `mutation Request($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation Reset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { token user { email } confirmationRequired } }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const ME = `{ me { email } }`;
const NEW_PASSWORD = 'a brand new passphrase';

function resetTokenIn(message: OutboxMessage): string {
  const link = /https:\/\/learn\.example\.org\/account\/reset-password\?token=([\w-]+)/.exec(message.text);
  if (!link) throw new Error(`No reset link in: ${message.text}`);
  return link[1];
}

describe('resetting a forgotten password with a link sent by email', () => {
  let api: TestApp;
  let counter = 0;
  const newEmail = () => `reset${++counter}-${Date.now()}@example.org`;

  beforeAll(async () => {
    api = await signUpTestApp();
  });
  // Every test asks from the one test address; the limits are proven by their own tests.
  beforeEach(() => api.dataSource.query(`DELETE FROM rate_limit WHERE key LIKE '%:password-reset%' OR key LIKE '%:sign-up:%'`));
  afterAll(() => api.close());

  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;

  async function resetLink(email: string): Promise<string> {
    const before = (await messagesTo(api, email, 0)).length;
    expect((await api.graphql(REQUEST_RESET, { email })).data).toEqual({ requestPasswordReset: true });
    const [newest] = await messagesTo(api, email, before + 1);
    return resetTokenIn(newest);
  }

  async function timedRequest(email: string) {
    const started = process.hrtime.bigint();
    const response = await request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: REQUEST_RESET, variables: { email } });
    return { body: response.body, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }

  it('answers a registered and an unknown address the same way, in about the same time, and mails only the registered one', async () => {
    const registered = newEmail();
    await signUpConfirmed(api, registered);
    const unknown = newEmail();
    const forRegistered = [];
    const forUnknown = [];
    for (let i = 0; i < 3; i++) {
      forRegistered.push(await timedRequest(registered));
      forUnknown.push(await timedRequest(unknown));
    }
    for (const answer of [...forRegistered, ...forUnknown]) expect(answer.body).toEqual({ data: { requestPasswordReset: true } });
    const median = (answers: { ms: number }[]) => answers.map(({ ms }) => ms).sort((a, b) => a - b)[1];
    expect(median(forRegistered) / median(forUnknown)).toBeGreaterThan(0.5);
    expect(median(forRegistered) / median(forUnknown)).toBeLessThan(2);

    const [message] = (await messagesTo(api, registered, 4)).filter((sent) => sent.subject.startsWith('Reset'));
    expect(message.subject).toBe('Reset your password for Practitioner Training Platform');
    expect(message.text).toContain('The link works once, within 30 minutes');
    expect(await messagesTo(api, unknown, 0)).toEqual([]);
  });

  it('keeps only a hash of the link, valid for 30 minutes', async () => {
    const email = newEmail();
    const { user } = await signUpConfirmed(api, email);
    const token = await resetLink(email);
    const [stored] = await api.dataSource.query(
      `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 60) AS minutes FROM password_reset WHERE user_id = $1`,
      [user.id],
    );
    expect(stored.token_hash).not.toContain(token);
    expect(Number(stored.minutes)).toBe(30);
  });

  it('sets the new password, signs in, ends every other session and leaves an audit entry', async () => {
    const email = newEmail();
    const { token: firstSession, user } = await signUpConfirmed(api, email);
    const secondSession = (await api.graphql(SIGN_IN, { email, password: PASSWORD })).data!.signIn.token;

    const reset = await api.graphql(RESET, { token: await resetLink(email), password: NEW_PASSWORD });

    expect(reset.data!.resetPassword).toMatchObject({ user: { email }, confirmationRequired: false });
    expect((await api.graphql(ME, {}, reset.data!.resetPassword.token)).data!.me).toEqual({ email });
    for (const ended of [firstSession, secondSession]) expect((await api.graphql(ME, {}, ended)).data!.me).toBeNull();
    expect(codeOf(await api.graphql(SIGN_IN, { email, password: PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await api.graphql(SIGN_IN, { email, password: NEW_PASSWORD })).data!.signIn.token).toEqual(expect.any(String));
    const audit = await api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'PASSWORD_RESET' AND subject_user_id = $1`, [user.id]);
    expect(audit).toEqual([{ actor_id: user.id, details: { endedSessions: 2 } }]);
  });

  it('refuses a link used once already, a made-up one, an expired one and one a newer message replaced', async () => {
    const email = newEmail();
    const { user } = await signUpConfirmed(api, email);
    const used = await resetLink(email);
    expect((await api.graphql(RESET, { token: used, password: NEW_PASSWORD })).errors).toBeUndefined();
    expect(codeOf(await api.graphql(RESET, { token: used, password: 'yet another passphrase' }))).toBe('PASSWORD_RESET_LINK_USED');
    expect(codeOf(await api.graphql(RESET, { token: 'made-up-token', password: NEW_PASSWORD }))).toBe('PASSWORD_RESET_LINK_INVALID');

    const replaced = await resetLink(email);
    const newest = await resetLink(email);
    expect(codeOf(await api.graphql(RESET, { token: replaced, password: NEW_PASSWORD }))).toBe('PASSWORD_RESET_LINK_INVALID');

    await api.dataSource.query(`UPDATE password_reset SET created_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    expect(codeOf(await api.graphql(RESET, { token: newest, password: NEW_PASSWORD }))).toBe('PASSWORD_RESET_LINK_EXPIRED');
  });

  it('uses a link once when it is sent twice at the same moment', async () => {
    const email = newEmail();
    await signUpConfirmed(api, email);
    const token = await resetLink(email);
    const answers = await Promise.all([0, 1, 2].map(() => api.graphql(RESET, { token, password: NEW_PASSWORD })));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => codeOf(answer) === 'PASSWORD_RESET_LINK_USED')).toHaveLength(2);
  });

  it('holds the new password to the password policy and keeps the link for a better one', async () => {
    const email = newEmail();
    await signUpConfirmed(api, email);
    const token = await resetLink(email);
    const common = await api.graphql(RESET, { token, password: 'password123' });
    expect(codeOf(common)).toBe('BAD_USER_INPUT');
    expect(common.errors![0].extensions!.fields).toEqual({ password: expect.stringContaining('most common') });
    expect(codeOf(await api.graphql(RESET, { token, password: 'short' }))).toBe('BAD_USER_INPUT');
    expect((await api.graphql(RESET, { token, password: NEW_PASSWORD })).errors).toBeUndefined();
  });

  it('confirms an address still waiting for confirmation, since the link reached it', async () => {
    const email = newEmail();
    await api.graphql(`mutation($input: SignUpInput!) { signUp(input: $input) { confirmationRequired } }`, { input: { email, name: 'Dr Late Confirmer', password: PASSWORD } });
    await messagesTo(api, email);
    const token = await resetLink(email);
    expect((await api.graphql(RESET, { token, password: NEW_PASSWORD })).errors).toBeUndefined();
    expect((await api.graphql(SIGN_IN, { email, password: NEW_PASSWORD })).errors).toBeUndefined();
  });

  it('limits requests per email address, registered or not, with the same refusal', async () => {
    for (const email of [newEmail(), (await signUpConfirmed(api, newEmail())).user.email]) {
      for (let i = 0; i < 3; i++) expect((await api.graphql(REQUEST_RESET, { email })).errors).toBeUndefined();
      const refused = await api.graphql(REQUEST_RESET, { email: email.toUpperCase() });
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.errors![0].message).toMatch(/^Too many password resets were asked for this email address\. Try again in \d+ minutes\.$/);
    }
  });

  it('limits requests and link tries per network address', async () => {
    for (let i = 0; i < 20; i++) expect((await api.graphql(REQUEST_RESET, { email: newEmail() })).errors).toBeUndefined();
    expect(codeOf(await api.graphql(REQUEST_RESET, { email: newEmail() }))).toBe('RATE_LIMITED');
    for (let i = 0; i < 20; i++) expect(codeOf(await api.graphql(RESET, { token: `guess-${i}`, password: NEW_PASSWORD }))).toBe('PASSWORD_RESET_LINK_INVALID');
    expect(codeOf(await api.graphql(RESET, { token: 'guess-21', password: NEW_PASSWORD }))).toBe('RATE_LIMITED');
  });
});
