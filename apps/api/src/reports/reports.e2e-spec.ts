import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const COMPLETE = `mutation($lessonId: ID!) { completeLesson(lessonId: $lessonId, timeSpentSeconds: 30) { slug } }`;

/** Names a spreadsheet would run as formulas, or that break a naive CSV writer. */
const AWKWARD_NAMES = [
  '=HYPERLINK("http://evil.example","click me")',
  '+SUM(1,2)',
  '-2+3 Minus',
  '@cmd Ampersat',
  '\tTabbed Tess',
  'Quinn "Q" Quote, Jr.',
  'Nell Newline\nsecond line',
];
const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV exports', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let admin: TestAccount;

  const download = (path: string, account?: TestAccount) => {
    const call = request(api.app.getHttpServer()).get(path);
    return account ? call.set('authorization', `Bearer ${account.token}`) : call;
  };
  const rowsOf = (text: string): string[][] => parse(text, { bom: true });

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const [lesson] = await api.dataSource.query(
      `SELECT l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id WHERE l.slug = 'first-lesson'`,
    );
    for (const name of AWKWARD_NAMES) {
      const learner = await createAccount(api.dataSource, ['LEARNER'], name);
      await api.graphql(COMPLETE, { lessonId: lesson.id }, learner.token);
    }
    const enrolledOnly = await createAccount(api.dataSource, ['LEARNER'], 'Olive Onlyenrolled');
    await api.graphql(`mutation { enroll(courseSlug: "sample-course") { id } }`, {}, enrolledOnly.token);
  });
  afterAll(() => api.close());

  const exportsRecorded = (action: string): Promise<{ actor_id: string; details: unknown }[]> =>
    api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = $1 ORDER BY created_at, id`, [action]);

  describe('the cohort', () => {
    const path = '/reports/courses/sample-course/cohort.csv';

    it('downloads as an attachment that reads back to the report, every formula neutralised', async () => {
      const response = await download(path, instructor);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="sample-course-cohort.csv"');
      const [header, ...rows] = rowsOf(response.text);
      expect(header).toEqual([
        'Name', 'Email', 'Status', 'Percent', 'Completed lessons', 'Eligible for certificate', 'The basics: status',
        'The basics: best quiz score', 'In practice: status', 'Final exam best score', 'Enrolled at', 'Last activity', 'Completed at',
      ]);
      const expectedNames = [...AWKWARD_NAMES, 'Olive Onlyenrolled'].map((name) => (FORMULA_START.test(name) ? `'${name}` : name));
      expect(rows.map((row) => row[0]).sort()).toEqual(expectedNames.sort());
      const quinn = rows.find((row) => row[0].startsWith('Quinn'))!;
      expect(quinn.slice(2, 10)).toEqual(['IN_PROGRESS', '20', '1', 'false', 'IN_PROGRESS', '', 'NOT_STARTED', '']);
      expect(rows.every((row) => row.every((cell) => !FORMULA_START.test(cell)))).toBe(true);
    });

    it('takes the report filters and ordering as query parameters', async () => {
      const notStarted = rowsOf((await download(`${path}?status=NOT_STARTED`, instructor)).text);
      expect(notStarted.slice(1).map((row) => row[0])).toEqual(['Olive Onlyenrolled']);
      const searched = rowsOf((await download(`${path}?search=newline&eligible=false`, instructor)).text);
      expect(searched.slice(1).map((row) => row[0])).toEqual(['Nell Newline\nsecond line']);
      const byPercent = rowsOf((await download(`${path}?sort=PERCENT&direction=DESC`, admin)).text);
      expect(byPercent.at(-1)![0]).toBe('Olive Onlyenrolled');
    });

    it('refuses parameters it does not know or values it cannot use', async () => {
      for (const query of ['?status=DONE', '?eligible=maybe', '?sort=AGE', '?limit=5']) {
        const response = await download(`${path}${query}`, instructor);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('BAD_USER_INPUT');
      }
    });

    it('answers 404 for a course that does not exist', async () => {
      const response = await download('/reports/courses/no-such-course/cohort.csv', instructor);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ code: 'NOT_FOUND', message: 'No published course has the slug "no-such-course".' });
    });

    it('is recorded in the audit log, with who downloaded which course', async () => {
      const before = await exportsRecorded('COHORT_EXPORTED');
      await download(path, instructor);
      expect((await exportsRecorded('COHORT_EXPORTED')).slice(before.length)).toEqual([{ actor_id: instructor.id, details: { courseSlug: 'sample-course' } }]);
    });

    it('needs an instructor or admin, signed in by token or by session cookie', async () => {
      expect((await download(path)).status).toBe(401);
      expect((await download(path, await createAccount(api.dataSource))).status).toBe(403);
      const byCookie = await request(api.app.getHttpServer()).get(path).set('cookie', `${SESSION_COOKIE}=${instructor.token}`);
      expect(byCookie.status).toBe(200);
    });
  });

  describe('the activity record', () => {
    it('downloads every learning event for admins, newest first', async () => {
      const response = await download('/reports/activity.csv?course=sample-course', admin);
      expect(response.status).toBe(200);
      const [header, ...rows] = rowsOf(response.text);
      expect(header).toEqual([
        'Statement id', 'Occurred at', 'Learner name', 'Learner email', 'Verb', 'Object type', 'Object id', 'Object name',
        'Course', 'Score', 'Passed', 'Time spent (seconds)',
      ]);
      expect(rows).toHaveLength(AWKWARD_NAMES.length * 2 + 1);
      const completed = rows.filter((row) => row[4] === 'COMPLETED');
      expect(completed).toHaveLength(AWKWARD_NAMES.length);
      expect(completed[0].slice(5)).toEqual(['LESSON', expect.any(String), 'First lesson', 'sample-course', '', '', '30']);
      const times = rows.map((row) => row[1]);
      expect(times).toEqual([...times].sort().reverse());
    });

    it('is recorded in the audit log, and nothing is recorded for a refused download', async () => {
      const before = await exportsRecorded('ACTIVITY_LOG_EXPORTED');
      await download('/reports/activity.csv', admin);
      await download('/reports/activity.csv', instructor);
      await download('/reports/activity.csv?course=nope', admin);
      expect((await exportsRecorded('ACTIVITY_LOG_EXPORTED')).slice(before.length)).toEqual([{ actor_id: admin.id, details: { courseSlug: null } }]);
    });

    it('is for admins only', async () => {
      expect((await download('/reports/activity.csv')).status).toBe(401);
      expect((await download('/reports/activity.csv', instructor)).status).toBe(403);
      expect((await download('/reports/activity.csv?course=nope', admin)).status).toBe(404);
    });
  });
});
