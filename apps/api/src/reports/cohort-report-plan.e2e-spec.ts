import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { cohortQuery } from './cohort-query';
import type { CohortFilter } from './reports.inputs';
import { CohortSortField, SortDirection } from './reports.types';

const LEARNERS = 20_000;
const PAGE = 20;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

describe('the cohort report at scale', () => {
  let api: TestApp;
  let courseId: string;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: courseId }] = await api.dataSource.query(`SELECT id FROM course WHERE slug = 'sample-course'`);
    await api.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, roles)
       SELECT 'cohort-' || g || '@example.test', 'Learner ' || md5(g::text), 'no-password', ARRAY['LEARNER']
         FROM generate_series(1, $1) g`,
      [LEARNERS],
    );
    // Spread deterministically over percents and the last 90 days, so every ordering has work to do.
    await api.dataSource.query(
      `INSERT INTO enrolment (user_id, course_id, summary_version_id, percent, status, eligible_for_certificate, completed_at, last_activity_at)
       SELECT u.id, c.id, c.published_version_id, p.percent,
              CASE p.percent WHEN 100 THEN 'COMPLETE' WHEN 0 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END,
              p.percent = 100, CASE WHEN p.percent = 100 THEN now() END,
              now() - (abs(hashtext(u.name)) % 7776000) * interval '1 second'
         FROM app_user u
         JOIN course c ON c.id = $1
        CROSS JOIN LATERAL (SELECT (abs(hashtext(u.email)) % 1001) / 10.0 AS percent) p
        WHERE u.email LIKE 'cohort-%'`,
      [courseId],
    );
    await api.dataSource.query('ANALYZE enrolment');
  }, 120_000);
  afterAll(() => api.close());

  async function plan(filter: CohortFilter, field: CohortSortField, direction: SortDirection) {
    const sort = { field, direction };
    const rows = await cohortQuery(api.dataSource, courseId, filter, sort, null).limit(PAGE + 1).execute();
    const last = rows[PAGE - 1];
    const next = cohortQuery(api.dataSource, courseId, filter, sort, [field, direction, last.sortKey, last.id]).limit(PAGE + 1).compile();
    const [{ 'QUERY PLAN': [explained] }] = await api.dataSource.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${next.sql}`, [...next.parameters]);
    return { nodes: nodesOf(explained.Plan), executionMs: explained['Execution Time'] as number };
  }

  const orderings = Object.values(CohortSortField).flatMap((field) => Object.values(SortDirection).map((direction) => [field, direction] as const));

  it.each(orderings)(`reads a later page sorted by %s %s from an index, without a scan of all ${LEARNERS} enrolments or a sort`, async (field, direction) => {
    const { nodes } = await plan({}, field, direction);
    const types = nodes.map((node) => node['Node Type']);
    expect(types).not.toContain('Seq Scan');
    expect(types).not.toContain('Sort');
    const scan = nodes.find((node) => node['Node Type'] === 'Index Scan')!;
    expect(scan['Index Name']).toMatch(/^enrolment_cohort_by_/);
    expect(scan['Actual Rows']).toBe(PAGE + 1);
  });

  it('walks the same index when filtering by status or eligibility', async () => {
    for (const filter of [{ status: 'IN_PROGRESS' }, { eligible: false }] as CohortFilter[]) {
      const { nodes } = await plan(filter, CohortSortField.PERCENT, SortDirection.DESC);
      expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
      expect(nodes.find((node) => node['Node Type'] === 'Index Scan')!['Index Name']).toBe('enrolment_cohort_by_percent_idx');
    }
  });

  it(`streams all ${LEARNERS} learners into the CSV export in chunks`, async () => {
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const response = await request(api.app.getHttpServer())
      .get('/reports/courses/sample-course/cohort.csv?sort=LAST_ACTIVITY&direction=DESC')
      .set('authorization', `Bearer ${instructor.token}`);
    expect(response.status).toBe(200);
    expect(response.headers['transfer-encoding']).toBe('chunked');
    expect(response.text.trimEnd().split('\r\n')).toHaveLength(LEARNERS + 1);
  });
});
