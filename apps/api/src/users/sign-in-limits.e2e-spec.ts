import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type GraphQLResponse, type TestApp } from '../testing/test-app';
import { hashPassword } from './password';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const PASSWORD = 'the right passphrase';

describe('sign-in limits', () => {
  let api: TestApp;
  let addresses = 0;
  /** Each caller its own documentation-range address, so no test uses up another's. */
  const newAddress = () => `203.0.${113 + Math.floor(addresses / 250)}.${1 + (addresses++ % 250)}`;

  beforeAll(async () => {
    // As behind the docker-compose balancer: the API believes X-Forwarded-For from the proxy it names.
    api = await createTestApp({ trustProxy: ['loopback'] });
  });
  afterAll(() => api.close());

  async function account(roles = ['LEARNER']): Promise<string> {
    const email = `limits-${randomBytes(4).toString('hex')}@example.test`;
    await api.dataSource.query(`INSERT INTO app_user (email, name, password_hash, roles) VALUES ($1, 'Limit Tester', $2, $3)`, [
      email,
      await hashPassword(PASSWORD),
      roles,
    ]);
    return email;
  }

  async function signIn(email: string, password: string, address: string): Promise<GraphQLResponse> {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address)
      .send({ query: SIGN_IN, variables: { email, password } });
    return response.body;
  }

  const codeOf = (response: GraphQLResponse) => response.errors?.[0].extensions?.code ?? 'SIGNED_IN';
  const tally = (responses: GraphQLResponse[]) =>
    responses.map(codeOf).reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});
  const failuresCounted = async (email: string) =>
    (await api.dataSource.query(`SELECT coalesce(sum(points), 0)::int AS hits FROM rate_limit WHERE key = $1`, [`900s:sign-in:account:${email}`]))[0]
      .hits;

  async function failTimes(email: string, address: string, times: number) {
    for (let attempt = 0; attempt < times; attempt++) expect(codeOf(await signIn(email, `wrong guess ${attempt}`, address))).toBe('UNAUTHENTICATED');
  }

  it('counts each try before checking its password: 40 parallel guesses on the last free try get one check', async () => {
    const email = await account();
    const address = newAddress();
    await failTimes(email, address, 9);
    const burst = await Promise.all(Array.from({ length: 40 }, (_, guess) => signIn(email, `parallel guess ${guess}`, address)));
    expect(tally(burst)).toEqual({ UNAUTHENTICATED: 1, RATE_LIMITED: 39 });
    expect(await failuresCounted(email)).toBe(10);

    const right = await signIn(email, PASSWORD, address);
    expect(right.data).toBeNull();
    expect(right.errors![0]).toMatchObject({
      message: expect.stringMatching(/^Too many failed sign-ins for this account from this address\. Try again in \d+ (seconds|minutes)\.$/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
  });

  it('checks none of 40 parallel guesses once the limit is reached, the right password among them', async () => {
    const email = await account();
    const address = newAddress();
    await failTimes(email, address, 10);
    const guesses = Array.from({ length: 40 }, (_, guess) => (guess === 20 ? PASSWORD : `parallel guess ${guess}`));
    const burst = await Promise.all(guesses.map((password) => signIn(email, password, address)));
    expect(tally(burst)).toEqual({ RATE_LIMITED: 40 });
    expect(burst.filter((response) => response.data?.signIn)).toHaveLength(0);
    expect(await failuresCounted(email)).toBe(10);
  });

  it('an attacker failing 50 times on the admin account cannot lock the admin out, and stays limited', async () => {
    const admin = await account(['ADMIN']);
    const attacker = newAddress();
    const attempts = [];
    for (let attempt = 0; attempt < 50; attempt++) attempts.push(await signIn(admin, `guess ${attempt}`, attacker));
    expect(tally(attempts)).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 40 });

    const started = Date.now();
    const fromOffice = await signIn(admin, PASSWORD, newAddress());
    expect(fromOffice.errors).toBeUndefined();
    expect(fromOffice.data!.signIn.token).toEqual(expect.any(String));
    expect(Date.now() - started).toBeLessThan(2_000);

    for (const password of ['guess 51', PASSWORD]) {
      const later = await signIn(admin, password, attacker);
      expect(later.data).toBeNull();
      expect(later.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(later.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it('slows guesses from many addresses down to one per pace, yet lets a clean address through at once', async () => {
    const email = await account();
    const botnet = Array.from({ length: 5 }, newAddress);
    for (const address of botnet) await failTimes(email, address, 1);
    // As if many more addresses had failed already: guesses from addresses that failed wait 64 s each.
    await api.dataSource.query(`UPDATE rate_limit SET points = 16 WHERE key = $1`, [`900s:sign-in:account:${email}`]);

    const again = await Promise.all(botnet.map((address) => signIn(email, 'another guess', address)));
    expect(tally(again)).toEqual({ UNAUTHENTICATED: 1, RATE_LIMITED: 4 });
    for (const refused of again.filter((response) => codeOf(response) === 'RATE_LIMITED')) {
      expect(refused.errors![0].message).toMatch(/^This account has had many failed sign-ins, so further tries from addresses that failed wait their turn\. Try again in \d+ seconds\.$/);
      expect(refused.errors![0].extensions!.retryAfterSeconds).toBeLessThanOrEqual(64);
    }

    const owner = await signIn(email, PASSWORD, newAddress());
    expect(owner.data!.signIn.token).toEqual(expect.any(String));
  });

  it('starts the count of an address again once it signs in, so a few typos now and then never add up', async () => {
    const email = await account();
    const address = newAddress();
    for (const typos of [5, 4]) {
      await failTimes(email, address, typos);
      expect((await signIn(email, PASSWORD, address)).data!.signIn.token).toEqual(expect.any(String));
    }
  });
});
