import request from 'supertest';
import { createAccount } from '../testing/factories';
import { ContentImportService } from '../content-import/content-import.service';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { hashPassword } from '../users/password';

const MY_SESSIONS = `{ mySessions { id device address signedInAt lastSeenAt current } }`;
const END = `mutation End($sessionId: ID!) { endSession(sessionId: $sessionId) }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const ME = `{ me { id } }`;
const PASSWORD = 'a long enough password';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_ON_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describe('the sessions of an account, as its holder sees and ends them', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
  });
  afterAll(() => api.close());

  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;

  async function signInFrom(email: string, userAgent: string): Promise<string> {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('user-agent', userAgent)
      .send({ query: SIGN_IN, variables: { email, password: PASSWORD } });
    return response.body.data.signIn.token;
  }

  /** A learner with a known password, signed in on a laptop and on a phone. */
  async function learnerOnTwoDevices() {
    const learner = await createAccount(api.dataSource);
    await api.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [learner.id, await hashPassword(PASSWORD)]);
    return { ...learner, laptop: await signInFrom(learner.email, FIREFOX), phone: await signInFrom(learner.email, SAFARI_ON_IPHONE) };
  }

  it('lists each live session with its device, address and last use, marking the one asking', async () => {
    const learner = await learnerOnTwoDevices();
    const { data } = await api.graphql(MY_SESSIONS, {}, learner.phone);
    const byDevice = Object.fromEntries(data!.mySessions.map((session: { device: string }) => [session.device, session]));
    expect(Object.keys(byDevice).sort()).toEqual(['Firefox on Linux', 'Safari on iOS', 'Unknown device']);
    expect(byDevice['Safari on iOS']).toMatchObject({ current: true, address: expect.stringContaining('127.0.0.1') });
    expect(byDevice['Firefox on Linux'].current).toBe(false);
    expect(new Date(byDevice['Firefox on Linux'].lastSeenAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  // A course page finds the viewer in the statement reading their progress; any other request on its own.
  it.each([
    ['an account query', ME],
    ['a course page', `{ course(slug: "sample-course") { myProgress { percent } } }`],
  ])('notes a session’s use again once its last use is over 5 minutes old, from the address and browser it now comes from (%s)', async (_, query) => {
    const learner = await learnerOnTwoDevices();
    await api.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '1 hour', address = '203.0.113.9' WHERE user_id = $1`, [learner.id]);
    const answer = await request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${learner.laptop}`).set('user-agent', SAFARI_ON_IPHONE).send({ query });
    expect(answer.body.errors).toBeUndefined();

    const rows = await api.dataSource.query(`SELECT address, user_agent, last_seen_at > now() - interval '1 minute' AS fresh FROM session WHERE user_id = $1 AND user_agent IS NOT NULL ORDER BY last_seen_at DESC`, [learner.id]);
    expect(rows[0]).toEqual({ address: expect.stringContaining('127.0.0.1'), user_agent: SAFARI_ON_IPHONE, fresh: true });
    expect(rows[1]).toMatchObject({ address: '203.0.113.9', fresh: false });
  });

  it('ends another session of the account, whose token then stops working', async () => {
    const learner = await learnerOnTwoDevices();
    const laptop = (await api.graphql(MY_SESSIONS, {}, learner.laptop)).data!.mySessions.find((session: { current: boolean }) => session.current);

    expect(await api.graphql(END, { sessionId: laptop.id }, learner.phone)).toEqual({ data: { endSession: true } });

    expect((await api.graphql(ME, {}, learner.laptop)).data!.me).toBeNull();
    expect((await api.graphql(ME, {}, learner.phone)).data!.me).toEqual({ id: learner.id });
    expect((await api.graphql(MY_SESSIONS, {}, learner.phone)).data!.mySessions.map((session: { id: string }) => session.id)).not.toContain(laptop.id);
    expect(codeOf(await api.graphql(END, { sessionId: laptop.id }, learner.phone))).toBe('NOT_FOUND');
  });

  it('cannot end, or see, a session of someone else, and says no more than for a session that does not exist', async () => {
    const [owner, other] = [await learnerOnTwoDevices(), await learnerOnTwoDevices()];
    const ownersSession = (await api.graphql(MY_SESSIONS, {}, owner.laptop)).data!.mySessions[0];
    expect((await api.graphql(MY_SESSIONS, {}, other.laptop)).data!.mySessions.map((session: { id: string }) => session.id)).not.toContain(ownersSession.id);

    const refused = await api.graphql(END, { sessionId: ownersSession.id }, other.laptop);
    const unknown = await api.graphql(END, { sessionId: '00000000-0000-4000-8000-000000000000' }, other.laptop);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(refused.errors![0].message).toBe(unknown.errors![0].message);
    expect((await api.graphql(ME, {}, owner.laptop)).data!.me).toEqual({ id: owner.id });
    expect(codeOf(await api.graphql(END, { sessionId: 'not-a-uuid' }, other.laptop))).toBe('BAD_USER_INPUT');
  });

  it('signs out the browser that ends its own session', async () => {
    const learner = await learnerOnTwoDevices();
    const current = (await api.graphql(MY_SESSIONS, {}, learner.phone)).data!.mySessions.find((session: { current: boolean }) => session.current);
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${learner.phone}`)
      .send({ query: END, variables: { sessionId: current.id } });
    expect(response.body).toEqual({ data: { endSession: true } });
    expect(String(response.headers['set-cookie'])).toMatch(/ptp_session=;/);
    expect((await api.graphql(ME, {}, learner.phone)).data!.me).toBeNull();
  });
});
