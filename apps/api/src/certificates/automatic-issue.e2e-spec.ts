import { createApp } from '../app';
import { ContentImportService } from '../content-import/content-import.service';
import { JobQueue } from '../jobs/job-queue.service';
import { COURSE_COMPLETED, type CourseCompleted } from '../progress/course-events';
import type { TestAccount } from '../testing/factories';
import { eventually, learnerBeforeFinalExam, WITHIN_MS } from '../testing/sample-course-learner';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { AutomaticCertificatesService } from './automatic-certificates.service';
import { createCourse, eligibleLearner, publishedVersionOf, signOff } from './certificate-fixtures';

async function certificatesOf(api: TestApp, learner: TestAccount): Promise<number> {
  const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM certificate WHERE user_id = $1`, [learner.id]);
  return count;
}

describe('automatic certificates', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
  });
  afterAll(() => api.close());

  it('issues the certificate within seconds of an attested learner completing the course', async () => {
    const { progress, passFinalExam } = await learnerBeforeFinalExam(api, 'Dr Mira Holder');
    await passFinalExam();
    const completedAt = Date.now();
    expect(await progress()).toMatchObject({ status: 'COMPLETE', eligibleForCertificate: true });

    const done = await eventually(progress, (seen) => seen.certificate !== null);
    expect(Date.now() - completedAt).toBeLessThan(WITHIN_MS);
    expect(done).toMatchObject({
      status: 'COMPLETE',
      certificate: { status: 'VALID', holderName: 'Dr Mira Holder', courseTitle: 'Sample course' },
    });
    expect(done.certificate.verifyUrl).toContain(`/verify/${done.certificate.code}`);
  });

  it('issues one certificate however often the completion is handled, one after another or at once', async () => {
    const course = await createCourse(api.dataSource, { issue: 'AUTOMATIC' });
    await signOff(api.dataSource, course.versionId);
    const learner = await eligibleLearner(api.dataSource, course, 'Dr Twice Handled');
    const completion: CourseCompleted = { userId: learner.id, courseId: course.id, courseVersionId: course.versionId, completedAt: new Date().toISOString() };
    const jobs = api.app.get(JobQueue);
    await api.dataSource.transaction(async (manager) => {
      await jobs.sendWithin(manager, COURSE_COMPLETED, completion);
      await jobs.sendWithin(manager, COURSE_COMPLETED, completion);
    });
    const automatic = api.app.get(AutomaticCertificatesService);
    await Promise.all([automatic.issueFor(completion), automatic.issueFor(completion)]);

    const handled = `SELECT count(*)::int AS count FROM pgboss.job WHERE name = $1 AND data->>'userId' = $2 AND state = 'completed'`;
    const [{ count }] = await eventually(() => api.dataSource.query(handled, [COURSE_COMPLETED, learner.id]), ([seen]) => seen.count === 2);
    expect(count).toBe(2);
    expect(await certificatesOf(api, learner)).toBe(1);
  });

  it('issues the certificate when the API restarts between the completion and its handling', async () => {
    const first = await createTestApp();
    try {
      await new ContentImportService(first.dataSource).importRoot(fixturesRoot);
      await signOff(first.dataSource, await publishedVersionOf(first.dataSource, 'sample-course'));
      const { learner, passFinalExam } = await learnerBeforeFinalExam(first, 'Dr Restart Holder');
      // The job workers stop first, as when the process is stopped right after answering.
      await first.app.get(JobQueue).onModuleDestroy();
      await passFinalExam();
      await first.app.close();
      expect(await certificatesOf(first, learner)).toBe(0);

      const restarted = await createApp(first.config, first.dataSource);
      try {
        expect(await eventually(() => certificatesOf(first, learner), (count) => count > 0)).toBe(1);
      } finally {
        await restarted.close();
      }
    } finally {
      await first.close();
    }
  });
});
