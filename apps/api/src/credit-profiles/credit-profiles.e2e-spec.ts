import { Logger, type LoggerService } from '@nestjs/common';
import type { Role } from '../auth/policy.decorators';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';

const FIELDS = 'profession licenceNumber licenceJurisdiction npi boardReportingConsent boardReportingConsentAt boardIdentifier birthMonth birthDay updatedAt';
const MINE = `{ myCreditProfile { ${FIELDS} } }`;
const UPDATE = `mutation Update($input: CreditProfileInput!) { updateCreditProfile(input: $input) { ${FIELDS} } }`;
const OF_LEARNER = `query Of($userId: ID!) { creditProfile(userId: $userId) { ${FIELDS} } }`;

const FULL = {
  profession: 'NURSE_PRACTITIONER',
  licenceNumber: 'NP-558210',
  licenceJurisdiction: 'California',
  npi: '1245319599',
  boardReportingConsent: true,
  boardIdentifier: 'AANPCB-40917',
  birthMonth: 2,
  birthDay: 29,
};
const NO_BOARD_DETAILS = { boardReportingConsent: false, boardIdentifier: null, birthMonth: null, birthDay: null };

describe('credit profiles', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  afterAll(() => api.close());

  const stored = async (learner: TestAccount) => (await api.dataSource.query(`SELECT * FROM credit_profile WHERE user_id = $1`, [learner.id]))[0];
  const auditOf = async (subject: TestAccount) =>
    api.dataSource.query(`SELECT actor_id, action, details::text AS details FROM audit_log WHERE subject_user_id = $1 ORDER BY created_at, id`, [subject.id]);

  async function savedProfile(input: Record<string, unknown> = FULL) {
    const learner = await createAccount(api.dataSource);
    const { errors } = await api.graphql(UPDATE, { input }, learner.token);
    expect(errors).toBeUndefined();
    return learner;
  }

  it('is empty until the learner saves it, then reads back as saved, with when consent was given', async () => {
    const learner = await createAccount(api.dataSource);
    const before = (await api.graphql(MINE, {}, learner.token)).data!.myCreditProfile;
    expect(before).toMatchObject({ npi: null, boardReportingConsent: false, boardReportingConsentAt: null, updatedAt: null });

    const saved = (await api.graphql(UPDATE, { input: { ...FULL, licenceNumber: '  NP-558210 ' } }, learner.token)).data!.updateCreditProfile;
    expect(saved).toMatchObject(FULL);
    expect(saved.boardReportingConsentAt).toEqual(expect.any(String));
    expect((await api.graphql(MINE, {}, learner.token)).data!.myCreditProfile).toEqual(saved);
  });

  it('keeps the time consent was first given while it lasts, and withdrawing it clears the board identifier and birthday', async () => {
    const learner = await savedProfile();
    const consentedAt: Date = (await stored(learner)).board_consent_at;
    expect(consentedAt).toBeInstanceOf(Date);

    const again = await api.graphql(UPDATE, { input: { ...FULL, boardIdentifier: 'AANPCB-40918' } }, learner.token);
    expect(again.data!.updateCreditProfile).toMatchObject({ boardIdentifier: 'AANPCB-40918', boardReportingConsentAt: consentedAt.toISOString() });
    expect((await stored(learner)).board_consent_at).toEqual(consentedAt);

    const withdrawn = (await api.graphql(UPDATE, { input: { ...FULL, ...NO_BOARD_DETAILS } }, learner.token)).data!.updateCreditProfile;
    expect(withdrawn).toMatchObject({ npi: FULL.npi, boardReportingConsent: false, boardReportingConsentAt: null, boardIdentifier: null, birthMonth: null, birthDay: null });
    expect(await stored(learner)).toMatchObject({ board_consent_at: null, board_identifier: null, birth_month: null, birth_day: null });

    expect((await auditOf(learner)).map((entry: { action: string }) => entry.action)).toEqual(['CREDIT_PROFILE_CONSENT_GIVEN', 'CREDIT_PROFILE_CONSENT_WITHDRAWN']);
  });

  it.each([
    ['an NPI whose check digit is wrong', { npi: '1245319590' }, 'npi'],
    ['an NPI of nine digits', { npi: '124531959' }, 'npi'],
    ['a birthday on 31 April', { birthMonth: 4, birthDay: 31 }, 'birthDay'],
    ['a birth month without its day', { birthDay: null }, 'birthDay'],
    ['a licence number without the state or country that issued it', { licenceJurisdiction: ' ' }, 'licenceJurisdiction'],
    ['a board identifier without consent to share it', { boardReportingConsent: false, birthMonth: null, birthDay: null }, 'boardIdentifier'],
    ['an unknown profession', { profession: 'SURGEON' }, null],
    ['a licence number of 300 characters', { licenceNumber: 'A'.repeat(300) }, 'licenceNumber'],
  ])('refuses %s with a field error and changes nothing', async (_case, change, field) => {
    const earlier = { ...FULL, npi: '1003000126', licenceNumber: 'RN-1' };
    const learner = await savedProfile(earlier);
    const before = await stored(learner);
    const { data, errors } = await api.graphql(UPDATE, { input: { ...FULL, ...change } }, learner.token);
    expect(data?.updateCreditProfile ?? null).toBeNull();
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    if (field) expect(errors![0].extensions!.fields).toEqual({ [field]: expect.any(String) });
    expect(await stored(learner)).toEqual(before);
  });

  it('is refused by the database too when board details are kept without consent', async () => {
    const learner = await createAccount(api.dataSource);
    await expect(
      api.dataSource.query(`INSERT INTO credit_profile (user_id, board_identifier) VALUES ($1, 'AANPCB-1')`, [learner.id]),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      api.dataSource.query(`INSERT INTO credit_profile (user_id, board_consent_at, birth_month, birth_day) VALUES ($1, now(), 2, 30)`, [learner.id]),
    ).rejects.toMatchObject({ code: '23514' });
  });

  it("shows a learner only their own profile, and nobody's but an admin's reads another", async () => {
    const learner = await savedProfile();
    const other = await createAccount(api.dataSource);
    expect((await api.graphql(MINE, {}, other.token)).data!.myCreditProfile).toMatchObject({ npi: null, boardIdentifier: null });
    for (const roles of [['LEARNER'], ['INSTRUCTOR'], ['REVIEWER']] as Role[][]) {
      const someone = await createAccount(api.dataSource, roles);
      const { data, errors } = await api.graphql(OF_LEARNER, { userId: learner.id }, someone.token);
      expect(data?.creditProfile ?? null).toBeNull();
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await auditOf(learner)).toHaveLength(1);
  });

  it("writes every admin read to the audit log, naming who read whose profile and nothing of what it holds", async () => {
    const learner = await savedProfile();
    for (let read = 0; read < 2; read++) {
      const { data, errors } = await api.graphql(OF_LEARNER, { userId: learner.id }, admin.token);
      expect(errors).toBeUndefined();
      expect(data!.creditProfile).toMatchObject(FULL);
    }
    const reads = (await auditOf(learner)).filter((entry: { action: string }) => entry.action === 'CREDIT_PROFILE_READ');
    expect(reads).toEqual([
      { actor_id: admin.id, action: 'CREDIT_PROFILE_READ', details: '{}' },
      { actor_id: admin.id, action: 'CREDIT_PROFILE_READ', details: '{}' },
    ]);
    const everything = JSON.stringify(await api.dataSource.query(`SELECT details FROM audit_log`));
    for (const value of [FULL.npi, FULL.licenceNumber, FULL.boardIdentifier]) expect(everything).not.toContain(value);
  });

  it('logs nothing of a profile when it is saved, refused or read by an admin', async () => {
    const logged: string[] = [];
    const record = (...parts: unknown[]) => void logged.push(parts.map((part) => (part instanceof Error ? part.stack : String(part))).join(' '));
    const capture: LoggerService = { log: record, error: record, warn: record, debug: record, verbose: record, fatal: record };
    Logger.overrideLogger(capture);
    try {
      const learner = await savedProfile();
      await api.graphql(UPDATE, { input: { ...FULL, npi: '1245319590', licenceNumber: 'NP\n558210' } }, learner.token);
      await api.graphql(UPDATE, { input: { ...FULL, birthMonth: '2' } }, learner.token);
      await api.graphql(OF_LEARNER, { userId: learner.id }, admin.token);
    } finally {
      Logger.overrideLogger(false);
    }
    for (const value of [FULL.npi, '1245319590', '558210', FULL.boardIdentifier, 'California']) expect(logged.join('\n')).not.toContain(value);
  });

  it('answers NOT_FOUND for an unknown account and records no read', async () => {
    const before = (await api.dataSource.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'CREDIT_PROFILE_READ'`))[0].count;
    const { errors } = await api.graphql(OF_LEARNER, { userId: '00000000-0000-4000-8000-000000000000' }, admin.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.dataSource.query(`SELECT count(*)::int AS count FROM audit_log WHERE action = 'CREDIT_PROFILE_READ'`))[0].count).toBe(before);
  });
});
