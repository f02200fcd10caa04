import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import type { ModuleSummary } from '../progress/progress-summary';

const COHORT = `query Cohort($slug: String!, $filter: CohortFilter, $sort: CohortSort, $first: Int, $after: String) {
  cohortReport(courseSlug: $slug, filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { node { name email status percent eligibleForCertificate finalExamBestScore modules { slug title status bestQuizScore } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Summary {
  percent: number;
  lastActivity: string;
  modules?: ModuleSummary[];
  finalExam?: number;
}

type Member = { name: string; email: string; percent: number; status: string };

describe('the cohort report', () => {
  let api: TestApp;
  let instructor: TestAccount;
  const learners: Record<string, TestAccount> = {};

  /** A learner whose enrolment summary says exactly this; how summaries are computed is tested with progress. */
  async function enrolled(name: string, { percent, lastActivity, modules = [], finalExam }: Summary) {
    const account = await createAccount(api.dataSource, ['LEARNER'], name);
    const status = percent === 100 ? 'COMPLETE' : percent > 0 ? 'IN_PROGRESS' : 'NOT_STARTED';
    await api.dataSource.query(
      `INSERT INTO enrolment (user_id, course_id, summary_version_id, percent, status, eligible_for_certificate, completed_at,
                              last_activity_at, module_progress, final_exam_best_score)
       SELECT $1, c.id, c.published_version_id, $2, $3, $3 = 'COMPLETE', CASE WHEN $3 = 'COMPLETE' THEN now() END, $4, $5, $6
         FROM course c WHERE c.slug = 'sample-course'`,
      [account.id, percent, status, lastActivity, JSON.stringify(modules), finalExam ?? null],
    );
    learners[name] = account;
  }

  async function cohort(variables: Record<string, unknown>, token = instructor.token) {
    const response = await api.graphql(COHORT, { slug: 'sample-course', ...variables }, token);
    expect(response.errors).toBeUndefined();
    return response.data!.cohortReport;
  }
  const names = async (variables: Record<string, unknown>) =>
    (await cohort({ first: 100, ...variables })).edges.map((edge: { node: Member }) => edge.node.name);

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    await enrolled('Avery Adams', {
      percent: 100,
      lastActivity: '2026-03-05T10:00:00Z',
      modules: [{ slug: 'basics', status: 'COMPLETE', bestQuizScore: 90 }, { slug: 'practice', status: 'COMPLETE', bestQuizScore: null }],
      finalExam: 80,
    });
    await enrolled('blake Brown', { percent: 40, lastActivity: '2026-03-03T10:00:00Z', modules: [{ slug: 'basics', status: 'IN_PROGRESS', bestQuizScore: 50 }] });
    await enrolled('Casey Chen', { percent: 0, lastActivity: '2026-03-01T10:00:00Z' });
    await enrolled('Drew Diaz', { percent: 40, lastActivity: '2026-03-04T10:00:00Z' });
    await enrolled('Emery Evans', { percent: 80, lastActivity: '2026-03-02T10:00:00Z' });
  });
  afterAll(() => api.close());

  it('sorts by name regardless of case, either way', async () => {
    expect(await names({})).toEqual(['Avery Adams', 'blake Brown', 'Casey Chen', 'Drew Diaz', 'Emery Evans']);
    expect(await names({ sort: { field: 'NAME', direction: 'DESC' } })).toEqual(['Emery Evans', 'Drew Diaz', 'Casey Chen', 'blake Brown', 'Avery Adams']);
  });

  it('sorts by percent, by last activity and by email', async () => {
    const byPercent = await cohort({ sort: { field: 'PERCENT', direction: 'DESC' } });
    expect(byPercent.edges.map((edge: { node: Member }) => edge.node.percent)).toEqual([100, 80, 40, 40, 0]);
    expect(await names({ sort: { field: 'LAST_ACTIVITY', direction: 'DESC' } })).toEqual([
      'Avery Adams', 'Drew Diaz', 'blake Brown', 'Emery Evans', 'Casey Chen',
    ]);
    const byEmail = (await cohort({ sort: { field: 'EMAIL', direction: 'ASC' } })).edges.map((edge: { node: Member }) => edge.node.email);
    expect(byEmail).toEqual(Object.values(learners).map((account) => account.email).sort());
  });

  it('pages through every ordering without repeating or skipping anyone', async () => {
    for (const field of ['NAME', 'EMAIL', 'PERCENT', 'LAST_ACTIVITY']) {
      for (const direction of ['ASC', 'DESC']) {
        const sort = { field, direction };
        const paged: string[] = [];
        let after: string | null = null;
        do {
          const page: { edges: { node: Member }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = await cohort({ sort, first: 2, after });
          paged.push(...page.edges.map((edge) => edge.node.name));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(paged).toEqual(await names({ sort }));
      }
    }
  });

  it('filters by status, by eligibility and by part of a name or email', async () => {
    expect(await names({ filter: { status: 'IN_PROGRESS' } })).toEqual(['blake Brown', 'Drew Diaz', 'Emery Evans']);
    expect(await names({ filter: { eligible: true } })).toEqual(['Avery Adams']);
    expect(await names({ filter: { eligible: false, status: 'NOT_STARTED' } })).toEqual(['Casey Chen']);
    expect(await names({ filter: { search: 'CHEN' } })).toEqual(['Casey Chen']);
    expect(await names({ filter: { search: learners['Drew Diaz'].email.slice(0, 14) } })).toEqual(['Drew Diaz']);
    expect(await names({ filter: { search: '%' } })).toEqual([]);
  });

  it("shows each learner against the current version's modules, with best quiz and final exam scores", async () => {
    const page = await cohort({ first: 3 });
    const [avery, blake, casey] = page.edges.map((edge: { node: Member }) => edge.node);
    expect(avery).toMatchObject({ status: 'COMPLETE', eligibleForCertificate: true, finalExamBestScore: 80 });
    expect(avery.modules).toEqual([
      { slug: 'basics', title: 'The basics', status: 'COMPLETE', bestQuizScore: 90 },
      { slug: 'practice', title: 'In practice', status: 'COMPLETE', bestQuizScore: null },
    ]);
    expect(blake.modules.map((module: { status: string }) => module.status)).toEqual(['IN_PROGRESS', 'NOT_STARTED']);
    expect(casey).toMatchObject({ status: 'NOT_STARTED', percent: 0, finalExamBestScore: null });
  });

  it('refuses a cursor given out for another ordering', async () => {
    const page = await cohort({ first: 1 });
    const { errors } = await api.graphql(COHORT, { slug: 'sample-course', sort: { field: 'PERCENT' }, after: page.pageInfo.endCursor }, instructor.token);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for a course that does not exist', async () => {
    const { errors } = await api.graphql(COHORT, { slug: 'no-such-course' }, instructor.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('keeps a renamed learner in name order under the new name', async () => {
    await enrolled('Ash Renamed', { percent: 0, lastActivity: '2026-03-01T10:00:00Z' });
    await enrolled('Bea Renamed', { percent: 0, lastActivity: '2026-03-01T10:00:00Z' });
    await api.dataSource.query(`UPDATE app_user SET name = 'Cy Renamed' WHERE id = $1`, [learners['Ash Renamed'].id]);
    expect(await names({ filter: { search: 'renamed' } })).toEqual(['Bea Renamed', 'Cy Renamed']);
  });

  it('is for instructors and admins only', async () => {
    const learner = await createAccount(api.dataSource);
    const { errors } = await api.graphql(COHORT, { slug: 'sample-course' }, learner.token);
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    expect((await cohort({ filter: { search: 'Avery' } }, admin.token)).edges).toHaveLength(1);
  });
});
