import request from 'supertest';
import { issueLink } from '../auth/account-links';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import { accountWithPassword, codeOf, COMPLETE, CONFIRM, errorCode, PASSWORD, SIGN_IN, START, STATUS, turnOnTwoFactor } from './two-factor-fixtures';

const AUDIT = '{ auditLog(first: 20) { edges { node { action actorEmail subjectEmail details } } } }';

describe('two-factor sign-in', () => {
  let api: TestApp;
  let auditor: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    auditor = await createAccount(api.dataSource, ['ADMIN']);
  });
  afterAll(() => api.close());

  const signIn = async (account: TestAccount) => (await api.graphql(SIGN_IN, { email: account.email, password: PASSWORD })).data!.signIn;
  const complete = (challenge: string, code: string) => api.graphql(COMPLETE, { challenge, code });
  const auditActions = async (subjectEmail: string) =>
    (await api.graphql(AUDIT, {}, auditor.token)).data!.auditLog.edges.map((edge: any) => edge.node).filter((entry: any) => entry.subjectEmail === subjectEmail);

  it('turns on with a first code from the app, shows the recovery codes once and keeps the secret sealed and the codes hashed', async () => {
    const account = await accountWithPassword(api);
    const setup = (await api.graphql(START, {}, account.token)).data!.startTwoFactorSetup;
    expect(setup.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);
    expect(decodeURIComponent(setup.otpauthUri)).toContain(account.email);
    expect(setup.qrCode).toMatch(/^data:image\/png;base64,/);
    expect((await api.graphql(STATUS, {}, account.token)).data!.myTwoFactor).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });

    expect(errorCode(await api.graphql(CONFIRM, { code: '000000' }, account.token))).toBe('TWO_FACTOR_CODE_INVALID');
    const { codes } = (await api.graphql(CONFIRM, { code: await codeOf(setup.secret) }, account.token)).data!.confirmTwoFactorSetup;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    codes.forEach((code: string) => expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/));
    expect((await api.graphql(STATUS, {}, account.token)).data!.myTwoFactor).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });

    const [stored] = await api.dataSource.query(`SELECT sealed_secret FROM two_factor WHERE user_id = $1`, [account.id]);
    expect(stored.sealed_secret).toMatch(/^sealed:v1:/);
    expect(stored.sealed_secret).not.toContain(setup.secret);
    const hashes: { code_hash: string }[] = await api.dataSource.query(`SELECT code_hash FROM two_factor_recovery_code WHERE user_id = $1`, [account.id]);
    expect(hashes.map((row) => row.code_hash).some((hash) => codes.some((code: string) => hash.includes(code.replace(/-/g, ''))))).toBe(false);

    expect(errorCode(await api.graphql(START, {}, account.token))).toBe('TWO_FACTOR_ALREADY_ENABLED');
    expect((await auditActions(account.email)).map((entry: any) => entry.action)).toContain('TWO_FACTOR_ENABLED');
  });

  it('signs in in two steps: the right password answers a challenge and no session, a code from the app completes it', async () => {
    const account = await accountWithPassword(api);
    const { secret } = await turnOnTwoFactor(api, account);
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: SIGN_IN, variables: { email: account.email, password: PASSWORD } });
    expect(response.body.data.signIn).toEqual({ token: null, secondFactorChallenge: expect.any(String) });
    expect(response.headers['set-cookie']).toBeUndefined();

    const completed = await complete(response.body.data.signIn.secondFactorChallenge, await codeOf(secret, 1));
    expect(completed.data!.completeSignIn.user.email).toBe(account.email);
    const me = await api.graphql('{ me { email } }', {}, completed.data!.completeSignIn.token);
    expect(me.data!.me.email).toBe(account.email);
  });

  it('accepts a code of the app once: the same code, or an earlier one, is refused within its window', async () => {
    const account = await accountWithPassword(api);
    const { secret } = await turnOnTwoFactor(api, account);
    const code = await codeOf(secret, 1);
    expect((await complete((await signIn(account)).secondFactorChallenge, code)).data!.completeSignIn.token).toEqual(expect.any(String));

    const replayed = await complete((await signIn(account)).secondFactorChallenge, code);
    expect(errorCode(replayed)).toBe('TWO_FACTOR_CODE_INVALID');
    expect(errorCode(await complete((await signIn(account)).secondFactorChallenge, await codeOf(secret)))).toBe('TWO_FACTOR_CODE_INVALID');
  });

  it('lets one of two parallel uses of the same code through', async () => {
    const account = await accountWithPassword(api);
    const { secret } = await turnOnTwoFactor(api, account);
    const code = await codeOf(secret, 1);
    const challenges = [(await signIn(account)).secondFactorChallenge, (await signIn(account)).secondFactorChallenge];
    const outcomes = await Promise.all(challenges.map((challenge) => complete(challenge, code)));
    expect(outcomes.map((outcome) => errorCode(outcome) ?? 'SIGNED_IN').sort()).toEqual(['SIGNED_IN', 'TWO_FACTOR_CODE_INVALID']);
  });

  it('asks for a code after a password reset too: the link proves the mailbox only', async () => {
    const account = await accountWithPassword(api);
    const { secret } = await turnOnTwoFactor(api, account);
    const token = await api.dataSource.transaction((manager) => issueLink(manager, 'passwordReset', account.id, 30));
    const reset = await api.graphql(
      'mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { token secondFactorChallenge } }',
      { token, password: 'a brand new passphrase for two steps' },
    );
    expect(reset.data!.resetPassword).toEqual({ token: null, secondFactorChallenge: expect.any(String) });
    expect(errorCode(await complete(reset.data!.resetPassword.secondFactorChallenge, await codeOf(secret, 1)))).toBeUndefined();
  });

  it('takes a challenge once, and not after five minutes', async () => {
    const account = await accountWithPassword(api);
    const { recoveryCodes } = await turnOnTwoFactor(api, account);
    const { secondFactorChallenge } = await signIn(account);
    expect(errorCode(await complete(secondFactorChallenge, recoveryCodes[0]))).toBeUndefined();
    expect(errorCode(await complete(secondFactorChallenge, recoveryCodes[1]))).toBe('SIGN_IN_CHALLENGE_INVALID');
    expect(errorCode(await complete('made-up-challenge', recoveryCodes[1]))).toBe('SIGN_IN_CHALLENGE_INVALID');

    const stale = (await signIn(account)).secondFactorChallenge;
    await api.dataSource.query(
      `UPDATE sign_in_challenge SET created_at = now() - interval '6 minutes', expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`,
      [account.id],
    );
    expect(errorCode(await complete(stale, recoveryCodes[1]))).toBe('SIGN_IN_CHALLENGE_EXPIRED');
  });

  it('signs in with a recovery code once, whatever its case and dashes, and audits it', async () => {
    const account = await accountWithPassword(api);
    const { recoveryCodes } = await turnOnTwoFactor(api, account);
    const typed = recoveryCodes[3].replace(/-/g, ' ').toLowerCase();
    expect((await complete((await signIn(account)).secondFactorChallenge, typed)).data!.completeSignIn.token).toEqual(expect.any(String));
    expect(errorCode(await complete((await signIn(account)).secondFactorChallenge, recoveryCodes[3]))).toBe('TWO_FACTOR_CODE_INVALID');
    expect((await api.graphql(STATUS, {}, account.token)).data!.myTwoFactor.recoveryCodesLeft).toBe(9);
    expect((await auditActions(account.email)).map((entry: any) => entry.action)).toContain('TWO_FACTOR_RECOVERY_CODE_USED');
  });

  it('counts codes before checking them: of 20 parallel guesses on a fresh account 10 are checked, and then even the right code waits', async () => {
    const account = await accountWithPassword(api);
    const { secret } = await turnOnTwoFactor(api, account);
    // Setting up used one of the ten.
    const challenge = (await signIn(account)).secondFactorChallenge;
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, guess) => complete(challenge, String(100000 + guess))));
    const tally = guesses.map(errorCode).reduce<Record<string, number>>((counts, code) => ({ ...counts, [code!]: (counts[code!] ?? 0) + 1 }), {});
    expect(tally).toEqual({ TWO_FACTOR_CODE_INVALID: 9, RATE_LIMITED: 11 });
    const right = await complete(challenge, await codeOf(secret, 1));
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(right.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps admins and reviewers out of their roles until two-factor is on, and says so with TWO_FACTOR_REQUIRED', async () => {
    for (const role of ['ADMIN', 'REVIEWER'] as const) {
      const account = await accountWithPassword(api, [role]);
      const roleOperation = role === 'ADMIN' ? '{ users { edges { node { email } } } }' : '{ dueForReview { versionId } }';
      expect((await api.graphql(STATUS, {}, account.token)).data!.myTwoFactor).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });
      const refused = await api.graphql(roleOperation, {}, account.token);
      expect(errorCode(refused)).toBe('TWO_FACTOR_REQUIRED');
      expect(refused.errors![0].message).toMatch(/two-factor/);
      // What any account may do stays open, so the account page can set it up.
      expect(errorCode(await api.graphql('{ myCertificates { id } }', {}, account.token))).toBeUndefined();

      await turnOnTwoFactor(api, account);
      expect(errorCode(await api.graphql(roleOperation, {}, account.token))).toBeUndefined();
    }
  });

  it('asks for two-factor on the file routes of a role too', async () => {
    const admin = await accountWithPassword(api, ['ADMIN']);
    const refused = await request(api.app.getHttpServer()).get('/reports/activities/none/completions.csv').set('authorization', `Bearer ${admin.token}`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('TWO_FACTOR_REQUIRED');
  });

  it('lets an instructor who is also an admin author without two-factor, but not act as admin', async () => {
    const account = await accountWithPassword(api, ['INSTRUCTOR', 'ADMIN']);
    const authoring = await api.graphql('{ quizForAuthoring(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, account.token);
    expect(errorCode(authoring)).not.toBe('TWO_FACTOR_REQUIRED');
    expect(errorCode(await api.graphql('{ users { edges { node { email } } } }', {}, account.token))).toBe('TWO_FACTOR_REQUIRED');
  });

  it('turns off with a recovery code when the device is lost, and audits it', async () => {
    const account = await accountWithPassword(api);
    const { recoveryCodes } = await turnOnTwoFactor(api, account);
    expect(errorCode(await api.graphql('mutation { turnOffTwoFactor(code: "123456") }', {}, account.token))).toBe('TWO_FACTOR_CODE_INVALID');
    expect((await api.graphql('mutation($code: String!) { turnOffTwoFactor(code: $code) }', { code: recoveryCodes[0] }, account.token)).data!.turnOffTwoFactor).toBe(true);
    expect((await api.graphql(STATUS, {}, account.token)).data!.myTwoFactor.enabled).toBe(false);
    expect((await signIn(account)).token).toEqual(expect.any(String));
    const entry = (await auditActions(account.email)).find((found: any) => found.action === 'TWO_FACTOR_DISABLED');
    expect(entry.details).toEqual({ with: 'recovery code' });
  });

  it('replaces the recovery codes for a code from the app: the old ones stop working', async () => {
    const account = await accountWithPassword(api);
    const { secret, recoveryCodes } = await turnOnTwoFactor(api, account);
    const replaced = await api.graphql('mutation($code: String!) { replaceRecoveryCodes(code: $code) { codes } }', { code: await codeOf(secret, 1) }, account.token);
    const fresh = replaced.data!.replaceRecoveryCodes.codes;
    expect(fresh).toHaveLength(10);
    expect(errorCode(await complete((await signIn(account)).secondFactorChallenge, recoveryCodes[0]))).toBe('TWO_FACTOR_CODE_INVALID');
    expect(errorCode(await complete((await signIn(account)).secondFactorChallenge, fresh[0]))).toBeUndefined();
  });

  it("lets another admin reset an account's two-factor for a lost device, audited, but not an admin their own", async () => {
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    const reviewer = await accountWithPassword(api, ['REVIEWER']);
    await turnOnTwoFactor(api, reviewer);
    const reset = 'mutation($userId: ID!) { resetTwoFactor(userId: $userId) }';
    expect((await api.graphql(reset, { userId: reviewer.id }, admin.token)).data!.resetTwoFactor).toBe(true);
    expect((await api.graphql(STATUS, {}, reviewer.token)).data!.myTwoFactor).toMatchObject({ enabled: false, required: true });
    expect((await api.graphql(reset, { userId: reviewer.id }, admin.token)).data!.resetTwoFactor).toBe(false);
    expect(errorCode(await api.graphql(reset, { userId: admin.id }, admin.token))).toBe('FORBIDDEN');
    const entry = (await auditActions(reviewer.email)).find((found: any) => found.action === 'TWO_FACTOR_RESET');
    expect(entry.actorEmail).toBe(admin.email);
  });
});
