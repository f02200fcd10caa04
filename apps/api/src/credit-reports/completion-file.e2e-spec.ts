import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { certificateTestApp } from '../certificates/certificate-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { certifiedClaim, createActivity, revoke, saveCreditProfile, type TestActivity } from './credit-report-fixtures';

const HEADER = [
  'activity_id', 'learner_name', 'learner_email', 'profession', 'licence_number', 'licence_jurisdiction', 'npi',
  'credit_type', 'credit_amount', 'completion_date', 'claim_date', 'board_identifier', 'birth_month', 'birth_day',
];
const LICENCE = { profession: 'NURSE_PRACTITIONER', licenceNumber: 'NP-558210', licenceJurisdiction: 'California', npi: '1245319599' };
const CONSENTED = { ...LICENCE, boardReportingConsent: true, boardIdentifier: 'AANPCB-40917', birthMonth: 2, birthDay: 29 };
const NOT_CONSENTED = { ...LICENCE, boardReportingConsent: false };

describe("the accreditor's completion file", () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Alice Admin');
  });
  afterAll(() => api.close());

  const pathOf = (activity: TestActivity | string, query = '') =>
    `/reports/activities/${encodeURIComponent(typeof activity === 'string' ? activity : activity.activityId)}/completions.csv${query}`;
  const download = (path: string, account?: TestAccount) => {
    const call = request(api.app.getHttpServer()).get(path);
    return account ? call.set('authorization', `Bearer ${account.token}`) : call;
  };
  const rowsOf = (text: string): string[][] => parse(text, { bom: true });
  const exportsAudited = async (): Promise<{ actor_id: string; details: Record<string, unknown> }[]> =>
    api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'CREDIT_COMPLETIONS_EXPORTED' ORDER BY created_at, id`);

  it('has a row per claim with the columns the accreditor takes, board details only for the learner who consented', async () => {
    const activity = await createActivity(api);
    const consenting = await certifiedClaim(api, admin, activity, 'Dr Cora Consent', {
      profession: 'NURSE_PRACTITIONER', amount: 1.25, issuedAt: '2026-03-02T09:00:00Z', claimedAt: '2026-03-03T10:00:00Z',
    });
    await saveCreditProfile(api, consenting.learner, CONSENTED);
    const declining = await certifiedClaim(api, admin, activity, 'Dr Nia Noconsent', { issuedAt: '2026-03-04T09:00:00Z', claimedAt: '2026-03-05T10:00:00Z' });
    await saveCreditProfile(api, declining.learner, NOT_CONSENTED);
    const noProfile = await certifiedClaim(api, admin, activity, 'Dr Pat Noprofile', { profession: 'PHARMACIST', creditType: 'PARTICIPATION', claimedAt: '2026-03-06T10:00:00Z' });

    const response = await download(pathOf(activity), admin);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="${activity.activityId}-completions.csv"`);
    const [header, ...rows] = rowsOf(response.text);
    expect(header).toEqual(HEADER);
    expect(rows).toEqual([
      [activity.activityId, 'Dr Cora Consent', consenting.learner.email, 'NURSE_PRACTITIONER', 'NP-558210', 'California', '1245319599',
        'AMA_PRA_CATEGORY_1', '1.25', '2026-03-02', '2026-03-03', 'AANPCB-40917', '2', '29'],
      [activity.activityId, 'Dr Nia Noconsent', declining.learner.email, 'PHYSICIAN', 'NP-558210', 'California', '1245319599',
        'AMA_PRA_CATEGORY_1', '1.5', '2026-03-04', '2026-03-05', '', '', ''],
      [activity.activityId, 'Dr Pat Noprofile', noProfile.learner.email, 'PHARMACIST', '', '', '', 'PARTICIPATION', '1.5', expect.any(String), '2026-03-06', '', '', ''],
    ]);
  });

  it('leaves the board details out once the learner withdraws consent', async () => {
    const activity = await createActivity(api);
    const { learner } = await certifiedClaim(api, admin, activity, 'Dr Will Withdraw');
    await saveCreditProfile(api, learner, CONSENTED);
    await saveCreditProfile(api, learner, NOT_CONSENTED);

    const [, row] = rowsOf((await download(pathOf(activity), admin)).text);

    expect(row.slice(-3)).toEqual(['', '', '']);
  });

  it('holds the claims made on the days from the first to the last of the period, both included, in UTC', async () => {
    const activity = await createActivity(api);
    const claimedAt = ['2026-02-28T23:59:59Z', '2026-03-01T00:00:00Z', '2026-03-31T23:59:59Z', '2026-04-01T00:00:00Z'];
    for (const [index, time] of claimedAt.entries()) await certifiedClaim(api, admin, activity, `Learner ${index}`, { claimedAt: time });
    const claimDays = async (query: string) => rowsOf((await download(pathOf(activity, query), admin)).text).slice(1).map((row) => row[10]);

    expect(await claimDays('?from=2026-03-01&to=2026-03-31')).toEqual(['2026-03-01', '2026-03-31']);
    expect(await claimDays('?from=2026-03-01')).toEqual(['2026-03-01', '2026-03-31', '2026-04-01']);
    expect(await claimDays('?to=2026-02-28')).toEqual(['2026-02-28']);
    expect(await claimDays('?from=2026-03-31&to=2026-03-31')).toEqual(['2026-03-31']);
  });

  it("leaves out the claims of revoked certificates", async () => {
    const activity = await createActivity(api);
    await certifiedClaim(api, admin, activity, 'Dr Kept');
    const revoked = await certifiedClaim(api, admin, activity, 'Dr Revoked');
    await revoke(api, admin, revoked.certificateId);

    const rows = rowsOf((await download(pathOf(activity), admin)).text).slice(1);

    expect(rows.map((row) => row[1])).toEqual(['Dr Kept']);
  });

  it('neutralises a name a spreadsheet would run as a formula', async () => {
    const activity = await createActivity(api);
    await certifiedClaim(api, admin, activity, '=cmd()');

    const response = await download(pathOf(activity), admin);

    expect(response.text).toContain("'=cmd()");
    expect(rowsOf(response.text)[1][1]).toBe("'=cmd()");
  });

  it('is written to the audit log for each download, naming the admin, the activity and the period', async () => {
    const activity = await createActivity(api);
    const before = (await exportsAudited()).length;

    await download(pathOf(activity, '?from=2026-01-01&to=2026-12-31'), admin);
    const bySession = await request(api.app.getHttpServer()).get(pathOf(activity)).set('cookie', `${SESSION_COOKIE}=${admin.token}`);

    expect(bySession.status).toBe(200);
    expect((await exportsAudited()).slice(before)).toEqual([
      { actor_id: admin.id, details: { activityId: activity.activityId, from: '2026-01-01', to: '2026-12-31' } },
      { actor_id: admin.id, details: { activityId: activity.activityId, from: null, to: null } },
    ]);
  });

  it('is refused to anyone but an admin, and nothing is audited', async () => {
    const activity = await createActivity(api);
    await certifiedClaim(api, admin, activity, 'Dr Private');
    const before = (await exportsAudited()).length;

    const anonymous = await download(pathOf(activity));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    for (const roles of [['LEARNER'], ['INSTRUCTOR'], ['REVIEWER']] as const) {
      const refused = await download(pathOf(activity), await createAccount(api.dataSource, [...roles]));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      expect(refused.text).not.toContain('Dr Private');
    }
    expect(await exportsAudited()).toHaveLength(before);
  });

  it('answers 404 with a code for an activity the platform does not have, and audits nothing', async () => {
    const before = (await exportsAudited()).length;

    const response = await download(pathOf('NO-SUCH-ACTIVITY'), admin);

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'The platform has no activity "NO-SUCH-ACTIVITY".' });
    expect(await exportsAudited()).toHaveLength(before);
  });

  it.each([
    ['a day that does not exist', '?from=2026-02-30', 'from'],
    ['a date in another format', '?to=31/03/2026', 'to'],
    ['an end before the start', '?from=2026-04-01&to=2026-03-31', 'to'],
  ])('answers 400 with a code for %s', async (_case, query, field) => {
    const activity = await createActivity(api);

    const response = await download(pathOf(activity, query), admin);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: { [field]: expect.any(String) } });
  });
});
