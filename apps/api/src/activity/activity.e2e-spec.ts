import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const ACTIVITY = `query($course: String, $first: Int, $after: String) {
  activityLog(courseSlug: $course, first: $first, after: $after) {
    edges { node { id learnerId learnerName verb objectType objectId objectName courseSlug result occurredAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Event = { id: string; verb: string; objectType: string; objectName: string; result: Record<string, unknown> | null };

describe('the activity record', () => {
  let api: TestApp;
  let admin: TestAccount;
  let learner: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    admin = await createAccount(api.dataSource, ['ADMIN']);
    learner = await createAccount(api.dataSource, ['LEARNER'], 'Lee Learner');
    const lessons: { id: string }[] = await api.dataSource.query(
      `SELECT l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id ORDER BY l.slug`,
    );
    await api.graphql(`mutation { enroll(courseSlug: "sample-course") { id } }`, {}, learner.token);
    for (const [index, lesson] of lessons.entries()) {
      await api.graphql(`mutation($id: ID!, $s: Int) { completeLesson(lessonId: $id, timeSpentSeconds: $s) { slug } }`, { id: lesson.id, s: index ? null : 90 }, learner.token);
    }
  });
  afterAll(() => api.close());

  const log = async (variables: Record<string, unknown>) => {
    const { data, errors } = await api.graphql(ACTIVITY, variables, admin.token);
    expect(errors).toBeUndefined();
    return data!.activityLog;
  };

  it('stores each learning event once, newest first, with fields that map to an xAPI statement', async () => {
    const { edges } = await log({ course: 'sample-course' });
    const events: Event[] = edges.map((edge: { node: Event }) => edge.node);
    expect(events.map((event) => `${event.verb} ${event.objectType}`)).toEqual([
      'COMPLETED LESSON', 'COMPLETED LESSON', 'COMPLETED LESSON', 'ENROLLED COURSE',
    ]);
    expect(events.at(-1)).toMatchObject({ learnerId: learner.id, learnerName: 'Lee Learner', objectName: 'Sample course', courseSlug: 'sample-course', result: null });
    expect(events.at(-2)).toMatchObject({ objectName: 'First lesson', result: { durationSeconds: 90 } });
    expect(new Set(events.map((event) => event.id)).size).toBe(4);
  });

  it('pages through the record without repeating or skipping an event', async () => {
    const first = await log({ first: 3 });
    const second = await log({ first: 3, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = await log({});
    expect([...first.edges, ...second.edges]).toEqual(all.edges);
  });

  it('answers NOT_FOUND for a course that does not exist', async () => {
    const { errors } = await api.graphql(ACTIVITY, { course: 'no-such-course' }, admin.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('is for admins only', async () => {
    for (const account of [learner, await createAccount(api.dataSource, ['INSTRUCTOR'])]) {
      const { errors } = await api.graphql(ACTIVITY, {}, account.token);
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });
});
