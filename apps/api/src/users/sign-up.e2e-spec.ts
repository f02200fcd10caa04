import request from 'supertest';
import { EmailConfirmation1765100000000 } from '../database/migrations/1765100000000-email-confirmation';
import type { TestApp } from '../testing/test-app';
import { seedAccounts } from './account-seeder';
import { CONFIRM_EMAIL, confirmationTokenIn, messagesTo, PASSWORD, SIGN_UP, signUpConfirmed, signUpTestApp } from './sign-up-fixtures';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { email } confirmationRequired } }`;
const RESEND = `mutation Resend($email: String!) { resendConfirmation(email: $email) }`;
const ME = `{ me { email name roles } }`;

describe('signing up with an address that must be confirmed', () => {
  let api: TestApp;
  let counter = 0;
  const newEmail = () => `signup${++counter}-${Date.now()}@example.org`;

  beforeAll(async () => {
    api = await signUpTestApp();
  });
  // Every test signs up from the one test address; its hourly sign-up limit is proven elsewhere.
  beforeEach(() => api.dataSource.query(`DELETE FROM rate_limit WHERE key LIKE '%:sign-up:address:%'`));
  afterAll(() => api.close());

  async function postSignUp(email: string, name = 'Dr Ada Example', password = PASSWORD) {
    const started = process.hrtime.bigint();
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: SIGN_UP, variables: { input: { email, name, password } } });
    return { body: response.body, cookie: response.headers['set-cookie'], ms: Number(process.hrtime.bigint() - started) / 1e6 };
  }

  const accountRow = async (email: string) =>
    (await api.dataSource.query(`SELECT id, name, password_hash, email_confirmed_at FROM app_user WHERE email = $1`, [email]))[0];

  it('answers a new and a registered address the same way, with no session, in about the same time', async () => {
    const registered = newEmail();
    await signUpConfirmed(api, registered);
    const forNew = [];
    const forRegistered = [];
    for (let i = 0; i < 3; i++) {
      forNew.push(await postSignUp(newEmail()));
      forRegistered.push(await postSignUp(registered.toUpperCase()));
    }
    for (const answer of [...forNew, ...forRegistered]) {
      expect(answer.body).toEqual({ data: { signUp: { token: null, user: null, confirmationRequired: true } } });
      expect(answer.cookie).toBeUndefined();
    }
    // Both hash the password and write or read one account row; neither is a fraction of the other.
    const median = (answers: { ms: number }[]) => answers.map(({ ms }) => ms).sort((a, b) => a - b)[1];
    expect(median(forRegistered) / median(forNew)).toBeGreaterThan(0.5);
    expect(median(forRegistered) / median(forNew)).toBeLessThan(2);
  });

  it('creates a new account unconfirmed and sends a single-use link that expires in 24 hours', async () => {
    const email = newEmail();
    await postSignUp(`  ${email.toUpperCase()} `, 'Zoë Ünal');
    const account = await accountRow(email);
    expect(account).toMatchObject({ name: 'Zoë Ünal', email_confirmed_at: null });

    const [message] = await messagesTo(api, email);
    expect(message).toMatchObject({ to: `Zoë Ünal <${email}>`, subject: 'Confirm your email address for Practitioner Training Platform' });
    expect(message.text).toContain('The link works once, within 24 hours.');
    const token = confirmationTokenIn(message);
    const [stored] = await api.dataSource.query(
      `SELECT token_hash, round(extract(epoch FROM expires_at - created_at) / 3600) AS hours FROM email_confirmation WHERE user_id = $1`,
      [account.id],
    );
    expect(stored.token_hash).not.toContain(token);
    expect(Number(stored.hours)).toBe(24);
  });

  it('tells the owner of a registered address instead of creating anything', async () => {
    const email = newEmail();
    await signUpConfirmed(api, email, 'Dr Owner');
    const before = await accountRow(email);
    const [{ accounts }] = await api.dataSource.query(`SELECT count(*)::int AS accounts FROM app_user`);

    await postSignUp(email, 'Someone Else', 'another long password');

    const messages = await messagesTo(api, email, 2);
    expect(messages).toHaveLength(2);
    const notice = messages.find((message) => message.subject.startsWith('Someone tried'))!;
    expect(notice).toMatchObject({ to: `Dr Owner <${email}>`, subject: 'Someone tried to create an account with your address on Practitioner Training Platform' });
    expect(notice.text).toContain('No new account was made and yours is unchanged.');
    expect(notice.text).toContain('sign in at https://learn.example.org/sign-in instead');
    expect(notice.text).not.toContain('/account/confirm');
    expect(await accountRow(email)).toEqual(before);
    expect((await api.dataSource.query(`SELECT count(*)::int AS accounts FROM app_user`))[0].accounts).toBe(accounts);
  });

  it('confirms the address with the link and signs in, with the session cookie a browser keeps', async () => {
    const email = newEmail();
    await postSignUp(email);
    const token = confirmationTokenIn((await messagesTo(api, email))[0]);
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: CONFIRM_EMAIL, variables: { token } });
    expect(response.body.data.confirmEmail).toMatchObject({ user: { email, roles: ['LEARNER'] }, confirmationRequired: false });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^ptp_session=[\w-]{43}; Max-Age=1209600; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    expect((await api.graphql(ME, {}, response.body.data.confirmEmail.token)).data!.me.email).toBe(email);
    expect((await accountRow(email)).email_confirmed_at).not.toBeNull();
    const signIn = await api.graphql(SIGN_IN, { email, password: PASSWORD });
    expect(signIn.data!.signIn).toMatchObject({ user: { email }, confirmationRequired: false });
    expect(signIn.data!.signIn.token).toEqual(expect.any(String));
  });

  it('uses a link once, even when it is followed twice at the same moment', async () => {
    const email = newEmail();
    await postSignUp(email);
    const token = confirmationTokenIn((await messagesTo(api, email))[0]);
    const answers = await Promise.all([1, 2, 3, 4].map(() => api.graphql(CONFIRM_EMAIL, { token })));
    expect(answers.filter((answer) => answer.data?.confirmEmail?.token)).toHaveLength(1);
    const refusals = answers.flatMap((answer) => answer.errors ?? []);
    expect(refusals).toHaveLength(3);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        message: 'This confirmation link was already used: your address is confirmed, so sign in.',
        extensions: { code: 'CONFIRMATION_LINK_USED' },
      });
    }
    const [{ sessions }] = await api.dataSource.query(
      `SELECT count(*)::int AS sessions FROM session JOIN app_user u ON u.id = session.user_id WHERE u.email = $1`,
      [email],
    );
    expect(sessions).toBe(1);
  });

  it('refuses an expired link, and an unknown or replaced one, each with its own code', async () => {
    const email = newEmail();
    await postSignUp(email);
    const first = confirmationTokenIn((await messagesTo(api, email))[0]);
    await api.dataSource.query(
      `UPDATE email_confirmation SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'
        WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    const expired = await api.graphql(CONFIRM_EMAIL, { token: first });
    expect(expired.errors![0]).toMatchObject({
      message: 'This confirmation link has expired (links work for 24 hours). Ask for a new one.',
      extensions: { code: 'CONFIRMATION_LINK_EXPIRED' },
    });
    expect((await accountRow(email)).email_confirmed_at).toBeNull();

    expect((await api.graphql(RESEND, { email })).data).toEqual({ resendConfirmation: true });
    const second = confirmationTokenIn((await messagesTo(api, email, 2)).find((message) => !message.text.includes(first))!);
    for (const token of [first, 'made-up-token']) {
      const { errors } = await api.graphql(CONFIRM_EMAIL, { token });
      expect(errors![0].extensions!.code).toBe('CONFIRMATION_LINK_INVALID');
    }
    expect((await api.graphql(CONFIRM_EMAIL, { token: second })).data!.confirmEmail.user.email).toBe(email);
  });

  it('refuses sign-in to an unconfirmed account only when the password is right', async () => {
    const email = newEmail();
    await postSignUp(email);
    const right = await api.graphql(SIGN_IN, { email, password: PASSWORD });
    expect(right.data).toBeNull();
    expect(right.errors![0]).toMatchObject({
      message: 'Confirm your email address first: follow the link in the message we sent you, or ask for a new one.',
      extensions: { code: 'EMAIL_NOT_CONFIRMED' },
    });
    const wrong = await api.graphql(SIGN_IN, { email, password: 'not the password' });
    const unknown = await api.graphql(SIGN_IN, { email: newEmail(), password: 'not the password' });
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers a request for a new link the same for any address, and sends one only to an account that waits', async () => {
    const waiting = newEmail();
    const confirmed = newEmail();
    const unknown = newEmail();
    await postSignUp(waiting);
    await signUpConfirmed(api, confirmed);
    const answers = await Promise.all([waiting, confirmed, unknown].map((email) => api.graphql(RESEND, { email })));
    for (const answer of answers) expect(answer).toEqual({ data: { resendConfirmation: true } });
    expect(await messagesTo(api, waiting, 2)).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await messagesTo(api, confirmed, 0)).toHaveLength(1);
    expect(await messagesTo(api, unknown, 0)).toHaveLength(0);
  });

  it('sends at most five account messages an hour to one mailbox, answering as ever', async () => {
    const email = newEmail();
    await postSignUp(email);
    for (let i = 0; i < 6; i++) expect((await api.graphql(RESEND, { email })).data).toEqual({ resendConfirmation: true });
    expect(await postSignUp(email)).toMatchObject({ body: { data: { signUp: { confirmationRequired: true } } } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await messagesTo(api, email, 0)).toHaveLength(5);
  });

  it('counts accounts from before confirmation existed, and those the seeder makes, as confirmed', async () => {
    const migration = new EmailConfirmation1765100000000();
    const runner = api.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(`INSERT INTO app_user (email, name, password_hash, roles) VALUES ('older@example.org', 'Older', 'x', '{LEARNER}')`);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect((await accountRow('older@example.org')).email_confirmed_at).not.toBeNull();

    const [demo] = (await seedAccounts(api.dataSource, { ...api.config, seedDemo: true })).filter(({ roles }) => roles.includes('LEARNER'));
    const signIn = await api.graphql(SIGN_IN, { email: demo.email, password: demo.password });
    expect(signIn.data!.signIn.user).toEqual({ email: demo.email });
  });
});
