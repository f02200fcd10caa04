import request from 'supertest';
import { dayOf } from '../common/dates';
import { createAccount, type TestAccount } from '../testing/factories';
import { textOfPdf } from '../testing/pdf-text';
import { statementsOf } from '../testing/statement-count';
import { createTestApp, type TestApp } from '../testing/test-app';
import { revokeCertificate, writeClaimedCredit } from './transcript-fixtures';

const ENTRY = 'id source activityTitle provider creditType amount date certificateCode';
const MINE = `query Mine($from: Date, $to: Date) {
  myTranscript(from: $from, to: $to) { from to entries { ${ENTRY} } totals { creditType platform selfReported combined } }
}`;
const ADD = `mutation Add($input: AddExternalCreditInput!) { addExternalCredit(input: $input) { ${ENTRY} } }`;
const REMOVE = `mutation Remove($id: ID!) { removeExternalCredit(id: $id) }`;

const ELSEWHERE = {
  activityTitle: 'Regional anaesthesia update',
  provider: 'Royal College of Anaesthetists',
  creditType: 'AMA_PRA_CATEGORY_1',
  amount: 2.25,
  completedOn: '2026-03-15',
};

describe("a learner's continuing-education transcript", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ issuerName: 'Northern Clinical Academy' });
  });
  afterAll(() => api.close());

  const transcriptOf = async (learner: TestAccount, range: { from?: string; to?: string } = {}) => {
    const { data, errors } = await api.graphql(MINE, range, learner.token);
    expect(errors).toBeUndefined();
    return data!.myTranscript;
  };
  const add = async (learner: TestAccount, input: Record<string, unknown> = ELSEWHERE) => {
    const { data, errors } = await api.graphql(ADD, { input }, learner.token);
    expect(errors).toBeUndefined();
    return data!.addExternalCredit;
  };
  const storedCredits = async (learner: TestAccount) =>
    (await api.dataSource.query(`SELECT count(*)::int AS count FROM external_credit WHERE user_id = $1`, [learner.id]))[0].count;

  it('lists claimed and self-reported credit by date, with the certificate code and provider, and totals kept apart and combined', async () => {
    const learner = await createAccount(api.dataSource);
    const claimed = await writeClaimedCredit(api.dataSource, learner, { amount: 1.5, claimedAt: '2026-04-02T10:00:00Z' });
    const unaccredited = await writeClaimedCredit(api.dataSource, learner, { creditType: 'PARTICIPATION', amount: 0.75, claimedAt: '2026-01-20T10:00:00Z', provider: null });
    const added = await add(learner);

    const { completedOn: _completedOn, ...elsewhere } = ELSEWHERE;
    const transcript = await transcriptOf(learner);
    expect(transcript.entries).toEqual([
      {
        id: unaccredited.certificateId,
        source: 'PLATFORM',
        activityTitle: unaccredited.courseTitle,
        provider: 'Northern Clinical Academy',
        creditType: 'PARTICIPATION',
        amount: 0.75,
        date: '2026-01-20',
        certificateCode: unaccredited.code,
      },
      { ...elsewhere, id: added.id, source: 'SELF_REPORTED', date: '2026-03-15', certificateCode: null },
      {
        id: claimed.certificateId,
        source: 'PLATFORM',
        activityTitle: claimed.courseTitle,
        provider: 'Society of Headache Medicine',
        creditType: 'AMA_PRA_CATEGORY_1',
        amount: 1.5,
        date: '2026-04-02',
        certificateCode: claimed.code,
      },
    ]);
    expect(transcript.totals).toEqual([
      { creditType: 'AMA_PRA_CATEGORY_1', platform: 1.5, selfReported: 2.25, combined: 3.75 },
      { creditType: 'PARTICIPATION', platform: 0.75, selfReported: 0, combined: 0.75 },
    ]);
  });

  it('keeps both ends of the range, in UTC days, and leaves out what falls outside it', async () => {
    const learner = await createAccount(api.dataSource);
    const before = await writeClaimedCredit(api.dataSource, learner, { claimedAt: '2026-02-28T23:59:59Z' });
    const first = await writeClaimedCredit(api.dataSource, learner, { claimedAt: '2026-03-01T00:00:00Z' });
    const last = await writeClaimedCredit(api.dataSource, learner, { claimedAt: '2026-03-31T23:59:59Z' });
    const after = await writeClaimedCredit(api.dataSource, learner, { claimedAt: '2026-04-01T00:00:00Z' });
    const onFirst = await add(learner, { ...ELSEWHERE, completedOn: '2026-03-01' });
    const onLast = await add(learner, { ...ELSEWHERE, completedOn: '2026-03-31' });
    await add(learner, { ...ELSEWHERE, completedOn: '2026-04-01' });

    const march = await transcriptOf(learner, { from: '2026-03-01', to: '2026-03-31' });
    expect(march).toMatchObject({ from: '2026-03-01', to: '2026-03-31' });
    expect(march.entries.map((entry: { id: string }) => entry.id)).toEqual([first.certificateId, onFirst.id, last.certificateId, onLast.id]);
    expect(march.totals).toEqual([{ creditType: 'AMA_PRA_CATEGORY_1', platform: 3, selfReported: 4.5, combined: 7.5 }]);

    expect((await transcriptOf(learner, { to: '2026-02-28' })).entries.map((entry: { id: string }) => entry.id)).toEqual([before.certificateId]);
    expect((await transcriptOf(learner, { from: '2026-04-01' })).entries.map((entry: { id: string }) => entry.id)).toEqual([after.certificateId, expect.any(String)]);
  });

  it('refuses a range that ends before it starts, under `to`, and a date that does not exist', async () => {
    const learner = await createAccount(api.dataSource);
    const backwards = await api.graphql(MINE, { from: '2026-03-02', to: '2026-03-01' }, learner.token);
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
    const malformed = await api.graphql(MINE, { from: '2026-02-30' }, learner.token);
    expect(malformed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].message).toContain('YYYY-MM-DD');
  });

  it("leaves a revoked certificate's credit out of the entries and the totals", async () => {
    const learner = await createAccount(api.dataSource);
    const kept = await writeClaimedCredit(api.dataSource, learner, { amount: 1 });
    const revoked = await writeClaimedCredit(api.dataSource, learner, { amount: 2 });
    await revokeCertificate(api.dataSource, revoked.certificateId);
    const transcript = await transcriptOf(learner);
    expect(transcript.entries.map((entry: { id: string }) => entry.id)).toEqual([kept.certificateId]);
    expect(transcript.totals).toEqual([{ creditType: 'AMA_PRA_CATEGORY_1', platform: 1, selfReported: 0, combined: 1 }]);
  });

  it("shows a learner only their own credit", async () => {
    const learner = await createAccount(api.dataSource);
    const other = await createAccount(api.dataSource);
    await writeClaimedCredit(api.dataSource, learner);
    await add(learner);
    expect(await transcriptOf(other)).toMatchObject({ entries: [], totals: [] });
  });

  it.each([
    ['an empty title', { activityTitle: '   ' }, 'activityTitle'],
    ['an empty provider', { provider: '' }, 'provider'],
    ['a title with a line break', { activityTitle: 'Update\nAdvanced' }, 'activityTitle'],
    ['a title of 201 characters', { activityTitle: 'A'.repeat(201) }, 'activityTitle'],
    ['an amount that is not in quarter hours', { amount: 1.3 }, 'amount'],
    ['an amount of nothing', { amount: 0 }, 'amount'],
    ['a negative amount', { amount: -1 }, 'amount'],
    ['an amount above 999', { amount: 999.25 }, 'amount'],
    ['a date that does not exist', { completedOn: '2026-02-30' }, 'completedOn'],
    ['a date written another way', { completedOn: '15/03/2026' }, 'completedOn'],
    ['a date in the future', { completedOn: '2999-01-01' }, 'completedOn'],
  ])('refuses %s under its field and stores nothing', async (_case, change, field) => {
    const learner = await createAccount(api.dataSource);
    const { data, errors } = await api.graphql(ADD, { input: { ...ELSEWHERE, ...change } }, learner.token);
    expect(data?.addExternalCredit ?? null).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
    expect(await storedCredits(learner)).toBe(0);
  });

  it('accepts today, trimmed, with the largest amount', async () => {
    const learner = await createAccount(api.dataSource);
    const today = new Date().toISOString().slice(0, 10);
    const added = await add(learner, { ...ELSEWHERE, activityTitle: '  Airway skills  ', amount: 999, completedOn: today });
    expect(added).toMatchObject({ activityTitle: 'Airway skills', amount: 999, date: today, source: 'SELF_REPORTED' });
  });

  it("removes the learner's own self-reported credit, and answers NOT_FOUND for anyone else's or a certificate's, changing nothing", async () => {
    const learner = await createAccount(api.dataSource);
    const other = await createAccount(api.dataSource);
    const mine = await add(learner);
    const theirs = await add(other);
    const claimed = await writeClaimedCredit(api.dataSource, learner);

    for (const id of [theirs.id, claimed.certificateId, 'not-an-id']) {
      const { data, errors } = await api.graphql(REMOVE, { id }, learner.token);
      expect(data?.removeExternalCredit ?? null).toBeNull();
      expect(errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    expect(await storedCredits(other)).toBe(1);
    expect((await transcriptOf(learner)).entries).toHaveLength(2);

    expect((await api.graphql(REMOVE, { id: mine.id }, learner.token)).data!.removeExternalCredit).toBe(true);
    expect((await transcriptOf(learner)).entries.map((entry: { id: string }) => entry.id)).toEqual([claimed.certificateId]);
    expect((await api.graphql(REMOVE, { id: mine.id }, learner.token)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('stops a learner adding more than 100 credits in an hour', async () => {
    const learner = await createAccount(api.dataSource);
    for (let added = 0; added < 100; added++) await add(learner, { ...ELSEWHERE, amount: 0.25 });
    const { errors } = await api.graphql(ADD, { input: ELSEWHERE }, learner.token);
    expect(errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(await storedCredits(learner)).toBe(100);
  });

  it('reads a transcript of 1 or of 40 entries in the same number of statements', async () => {
    const few = await createAccount(api.dataSource);
    const many = await createAccount(api.dataSource);
    await writeClaimedCredit(api.dataSource, few);
    for (let claim = 0; claim < 20; claim++) await writeClaimedCredit(api.dataSource, many);
    for (let added = 0; added < 20; added++) await add(many, { ...ELSEWHERE, completedOn: `2026-01-${String(added + 1).padStart(2, '0')}` });

    const ofFew = await statementsOf(api.dataSource, () => transcriptOf(few));
    let entries = 0;
    const ofMany = await statementsOf(api.dataSource, async () => (entries = (await transcriptOf(many)).entries.length));
    expect(entries).toBe(40);
    // The session's account, then the claims and the credits earned elsewhere together.
    expect(ofFew).toBe(2);
    expect(ofMany).toBe(ofFew);
  });

  describe('as a PDF', () => {
    const download = (query: string, token?: string) => {
      const call = request(api.app.getHttpServer()).get(`/transcript.pdf${query}`).responseType('blob');
      return token ? call.set('authorization', `Bearer ${token}`) : call;
    };

    it('lists the learner, the range, every entry with self-reported ones marked, the totals and the day it was made', async () => {
      const learner = await createAccount(api.dataSource, ['LEARNER'], 'Łukasz Żółć-Nguyễn');
      // The widest letters the code alphabet has: the code still prints on one line.
      const claimed = await writeClaimedCredit(api.dataSource, learner, { amount: 1.5, claimedAt: '2026-03-10T12:00:00Z', code: 'WMWM-WMWM-WMWM-WMWM-W' });
      await writeClaimedCredit(api.dataSource, learner, { claimedAt: '2026-05-10T12:00:00Z' });
      await add(learner);

      const response = await download('?from=2026-03-01&to=2026-03-31', learner.token);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('private, no-store');
      const text = textOfPdf(response.body).replace(/\s+/g, ' ');
      for (const expected of [
        'Łukasz Żółć-Nguyễn',
        'From 1 March 2026 to 31 March 2026',
        claimed.courseTitle,
        claimed.code,
        'Society of Headache Medicine',
        ELSEWHERE.activityTitle,
        'Self-reported',
        '1.50',
        '2.25',
        '3.75',
        `Generated ${dayOf(new Date())}`,
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('10 May 2026');
    });

    it('refuses anonymous visitors with 401 UNAUTHENTICATED, and a bad range with 400 naming the field', async () => {
      const anonymous = await download('');
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });

      const learner = await createAccount(api.dataSource);
      const backwards = await download('?from=2026-03-02&to=2026-03-01', learner.token);
      expect(backwards.status).toBe(400);
      expect(JSON.parse(backwards.body.toString())).toMatchObject({ code: 'BAD_USER_INPUT', fields: { to: expect.any(String) } });
      const malformed = await download('?from=yesterday', learner.token);
      expect(JSON.parse(malformed.body.toString())).toMatchObject({ code: 'BAD_USER_INPUT', fields: { from: expect.any(String) } });
    });
  });
});
