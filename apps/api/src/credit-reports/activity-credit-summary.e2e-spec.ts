import request from 'supertest';
import { certificateTestApp } from '../certificates/certificate-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { certifiedClaim, createActivity, releaseNewVersion, revoke, type TestActivity } from './credit-report-fixtures';

const SUMMARY = `query Summary($activityId: String!, $from: Date, $to: Date) {
  activityCreditSummary(activityId: $activityId, from: $from, to: $to) {
    activityId courseTitle learners learnersByProfession { profession learners } creditsByType { creditType claims totalAmount }
  }
}`;
const ACTIVITIES = `{ creditActivities { activityId courseTitle } }`;
const SUMMARY_PAGE = `query SummaryPage($activityId: String!) {
  activityCreditSummary(activityId: $activityId) {
    learners learnersByProfession { profession learners } creditsByType { creditType claims totalAmount }
    evaluations { responses items { itemId ratings { count } comments } }
  }
}`;

describe('the credit summary of an activity', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Alice Admin');
  });
  afterAll(() => api.close());

  const summaryOf = async (activity: TestActivity | string, period: { from?: string; to?: string } = {}) => {
    const activityId = typeof activity === 'string' ? activity : activity.activityId;
    return api.graphql(SUMMARY, { activityId, ...period }, admin.token);
  };

  it('counts the learners by profession and the credit by type, leaving out revoked certificates', async () => {
    const activity = await createActivity(api);
    await certifiedClaim(api, admin, activity, 'Dr One', { profession: 'PHYSICIAN', amount: 1.5 });
    await certifiedClaim(api, admin, activity, 'Dr Two', { profession: 'PHYSICIAN', amount: 1.25 });
    await certifiedClaim(api, admin, activity, 'Nurse Three', { profession: 'NURSE', creditType: 'NURSING_CONTACT_HOURS', amount: 1 });
    const revoked = await certifiedClaim(api, admin, activity, 'Dr Revoked', { profession: 'PHARMACIST', creditType: 'PHARMACY' });
    await revoke(api, admin, revoked.certificateId);

    const { data, errors } = await summaryOf(activity);

    expect(errors).toBeUndefined();
    const summary = data!.activityCreditSummary;
    expect(summary).toMatchObject({ activityId: activity.activityId, courseTitle: activity.title, learners: 3 });
    expect(summary.learnersByProfession).toEqual(
      expect.arrayContaining([{ profession: 'PHYSICIAN', learners: 2 }, { profession: 'NURSE', learners: 1 }]),
    );
    expect(summary.learnersByProfession).toHaveLength(2);
    expect(summary.creditsByType).toEqual(
      expect.arrayContaining([
        { creditType: 'AMA_PRA_CATEGORY_1', claims: 2, totalAmount: 2.75 },
        { creditType: 'NURSING_CONTACT_HOURS', claims: 1, totalAmount: 1 },
      ]),
    );
    expect(summary.creditsByType).toHaveLength(2);
  });

  it('counts only the claims made in the period, and nothing at all before the first claim', async () => {
    const activity = await createActivity(api);
    expect((await summaryOf(activity)).data!.activityCreditSummary).toMatchObject({ learners: 0, learnersByProfession: [], creditsByType: [] });
    await certifiedClaim(api, admin, activity, 'Dr March', { claimedAt: '2026-03-15T12:00:00Z' });
    await certifiedClaim(api, admin, activity, 'Dr April', { claimedAt: '2026-04-01T00:00:00Z' });

    const march = (await summaryOf(activity, { from: '2026-03-01', to: '2026-03-31' })).data!.activityCreditSummary;

    expect(march).toMatchObject({ learners: 1, creditsByType: [{ creditType: 'AMA_PRA_CATEGORY_1', claims: 1, totalAmount: 1.5 }] });
  });

  it('refuses an unknown activity with NOT_FOUND and an impossible period with BAD_USER_INPUT', async () => {
    const activity = await createActivity(api);

    expect((await summaryOf('NO-SUCH-ACTIVITY')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await summaryOf(activity, { from: '2026-04-02', to: '2026-04-01' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await summaryOf(activity, { from: '2026-02-30' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("shows the evaluations of the activity's course version, commitments to change without names", async () => {
    const activity = await createActivity(api);
    await certifiedClaim(api, admin, activity, 'Dr Rae Rater', { evaluation: { rating: 3, change: 'Inject at the occipital sites too.' } });
    await certifiedClaim(api, admin, activity, 'Dr Ned Neutral', { evaluation: { rating: 2, change: 'Review the follow-up interval.' } });
    const query = `query($activityId: String!) {
      activityCreditSummary(activityId: $activityId) {
        evaluations { courseTitle version responses items { itemId answered ratings { value label count } comments } }
      }
    }`;

    const { data, errors } = await api.graphql(query, { activityId: activity.activityId }, admin.token);

    expect(errors).toBeUndefined();
    expect(data!.activityCreditSummary.evaluations).toEqual([
      {
        courseTitle: activity.title,
        version: 1,
        responses: 2,
        items: [
          {
            itemId: 'objectives-met',
            answered: 2,
            ratings: [{ value: 1, label: 'Disagree', count: 0 }, { value: 2, label: 'Neutral', count: 1 }, { value: 3, label: 'Agree', count: 1 }],
            comments: [],
          },
          { itemId: 'change', answered: 2, ratings: [], comments: ['Inject at the occipital sites too.', 'Review the follow-up interval.'] },
        ],
      },
    ]);
    expect(JSON.stringify(data)).not.toMatch(/Rae|Ned/);
  });

  it('lists the activities of released courses, each once, with its course title', async () => {
    const activity = await createActivity(api);

    const { data } = await api.graphql(ACTIVITIES, {}, admin.token);

    const listed = data!.creditActivities.filter((listedActivity: { activityId: string }) => listedActivity.activityId === activity.activityId);
    expect(listed).toEqual([{ activityId: activity.activityId, courseTitle: activity.title }]);
  });
});

describe('the credit reports cost the same statements however many claims and versions they cover', () => {
  let api: TestApp;
  let admin: TestAccount;
  const statements: string[] = [];

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Alice Admin');
    api.dataSource.subscribers.push({ beforeQuery: (event) => void statements.push(event.query) });
  });
  afterAll(() => api.close());

  async function statementsOf(work: () => Promise<unknown>): Promise<number> {
    statements.length = 0;
    await work();
    return statements.length;
  }

  /** An activity of `versions` released versions, with `count` claims spread over them. */
  async function activityWithClaims(count: number, versions: number): Promise<TestActivity> {
    let activity = await createActivity(api);
    for (let index = 0; index < count; index++) {
      if (index > 0 && index < versions) activity = await releaseNewVersion(api, activity);
      const evaluation = { rating: 1 + (index % 3), change: `Change number ${index}.` };
      await certifiedClaim(api, admin, activity, `Learner ${index}`, { profession: index % 2 ? 'NURSE' : 'PHYSICIAN', evaluation });
    }
    return activity;
  }

  it('for the summary and for the completion file, with 1 claim on 1 version and with 8 on 3', async () => {
    const counts: { summary: number; file: number }[] = [];
    // Each version's evaluations apart, newest first: the first claim on the first version, the second on the second, the rest on the third.
    for (const [size, versions, responses] of [[1, 1, [1]], [8, 3, [6, 1, 1]]] as const) {
      const activity = await activityWithClaims(size, versions);
      let evaluations: { responses: number }[] = [];
      const summary = await statementsOf(async () => {
        evaluations = (await api.graphql(SUMMARY_PAGE, { activityId: activity.activityId }, admin.token)).data!.activityCreditSummary.evaluations;
      });
      expect(evaluations.map((version) => version.responses)).toEqual(responses);
      const file = await statementsOf(async () => {
        const response = await request(api.app.getHttpServer())
          .get(`/reports/activities/${activity.activityId}/completions.csv`)
          .set('authorization', `Bearer ${admin.token}`);
        expect(response.text.trim().split('\n')).toHaveLength(size + 1);
      });
      counts.push({ summary, file });
    }
    // The summary: the session, whether the admin has two-factor on, the activity's versions, the
    // totals, and two for the evaluations of all its versions (the forms, the tallies). The
    // file: the session, two-factor, the versions, the audit entry, and the cursor's transaction
    // (begin, lifting the timeout, commit) around the one streamed read, which goes to the driver directly.
    expect(counts).toEqual([{ summary: 6, file: 7 }, { summary: 6, file: 7 }]);
  });
});
