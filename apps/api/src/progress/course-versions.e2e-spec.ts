import * as path from 'node:path';
import { loadCoursePackage, type CoursePackage } from '@ptp/content';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { recalculateCourseProgress } from './progress-summary';

const COMPLETE = `mutation($lessonId: ID!) { completeLesson(lessonId: $lessonId) { slug } }`;
const PROGRESS = `{ course(slug: "sample-course") { version myProgress {
  percent completedLessons totalLessons resumeLesson { slug }
  modules { slug lessons { slug completed } } nextStep { kind lesson { slug } }
} } }`;

/** The sample course with its second lesson replaced by a new one: a content change, so a new version. */
function revisedPackage(): CoursePackage {
  const { package: original } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
  const [basics, ...rest] = original!.modules;
  const newLesson = { ...basics.lessons[1], slug: 'refresher', title: 'Refresher', markdown: 'A new lesson.' };
  return { ...original!, modules: [{ ...basics, lessons: [basics.lessons[0], newLesson] }, ...rest], contentHash: `${original!.contentHash}-revised` };
}

describe('progress across course versions', () => {
  let api: TestApp;
  let learner: TestAccount;
  const lessonIds = async () => {
    const rows: { slug: string; id: string }[] = await api.dataSource.query(
      `SELECT l.slug, l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id WHERE c.slug = 'sample-course'`,
    );
    return Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  };
  const summary = async () =>
    (await api.dataSource.query(`SELECT completed_lessons, percent::float8, status FROM enrolment WHERE user_id = $1`, [learner.id]))[0];

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource);
    const v1 = await lessonIds();
    for (const slug of ['first-lesson', 'practising', 'second-lesson']) {
      await api.graphql(COMPLETE, { lessonId: v1[slug] }, learner.token);
    }
  });
  afterAll(() => api.close());

  it('keeps what a learner read when a new version is published, counted against the new lessons', async () => {
    expect(await summary()).toEqual({ completed_lessons: 3, percent: 60, status: 'IN_PROGRESS' });
    const v1 = await lessonIds();
    await new ContentImportService(api.dataSource).importPackage(revisedPackage());

    const { data, errors } = await api.graphql(PROGRESS, {}, learner.token);
    expect(errors).toBeUndefined();
    expect(data!.course.version).toBe(2);
    expect(data!.course.myProgress).toEqual({
      percent: 40,
      completedLessons: 2,
      totalLessons: 3,
      resumeLesson: null,
      modules: [
        { slug: 'basics', lessons: [{ slug: 'first-lesson', completed: true }, { slug: 'refresher', completed: false }] },
        { slug: 'practice', lessons: [{ slug: 'practising', completed: true }] },
      ],
      nextStep: { kind: 'READ_LESSON', lesson: { slug: 'refresher' } },
    });

    const stale = await api.graphql(COMPLETE, { lessonId: v1['first-lesson'] }, learner.token);
    expect(stale.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: expect.stringContaining('reload the course') });
  });

  it('brings the report summaries of a whole course up to date in the publishing transaction', async () => {
    const [course] = await api.dataSource.query(`SELECT id, published_version_id AS "versionId" FROM course WHERE slug = 'sample-course'`);
    const recalculated = await api.dataSource.transaction((manager) => recalculateCourseProgress(manager, course.id));
    expect(recalculated).toBe(1);
    expect(await summary()).toEqual({ completed_lessons: 2, percent: 40, status: 'IN_PROGRESS' });
    const [{ summary_version_id }] = await api.dataSource.query(`SELECT summary_version_id FROM enrolment WHERE user_id = $1`, [learner.id]);
    expect(summary_version_id).toBe(course.versionId);
  });

  it('counts the new lesson once it is read', async () => {
    await api.graphql(COMPLETE, { lessonId: (await lessonIds()).refresher }, learner.token);
    expect(await summary()).toEqual({ completed_lessons: 3, percent: 60, status: 'IN_PROGRESS' });
  });
});
