import { createApp } from '../app';
import { ContentImportService } from '../content-import/content-import.service';
import { JobQueue } from '../jobs/job-queue.service';
import { COURSE_COMPLETED, type CourseCompleted } from '../progress/course-events';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { AutomaticCertificatesService } from './automatic-certificates.service';
import { createCourse, eligibleLearner } from './certificate-fixtures';

const PROGRESS = `{ course(slug: "sample-course") { myProgress { status eligibleForCertificate attestationAccepted
  certificate { status code holderName courseTitle verifyUrl } } } }`;
const START = `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id prompt } } }`;
const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { passed } }`;

/** Right answers of the sample course's quizzes, by prompt. */
const RIGHT_ANSWERS: Record<string, Record<string, unknown>> = {
  'Which is the first fact?': { optionIds: ['a'] },
  'How many points, at most?': { number: 35 },
  'Practice makes the third fact.': { optionIds: ['true'] },
  'Name the first fact.': { text: 'The First Fact' },
  'Which facts are in the source?': { optionIds: ['a', 'b'] },
};

/** The certificate follows the completion within seconds: long enough for a worker's two-second poll and a busy machine. */
const WITHIN_MS = 10_000;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WITHIN_MS;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An attested learner of the sample course who has done everything but its final exam. */
async function learnerBeforeFinalExam(api: TestApp, name: string) {
  const learner = await createAccount(api.dataSource, ['LEARNER'], name);
  const progress = async () => {
    const { data, errors } = await api.graphql(PROGRESS, {}, learner.token);
    expect(errors).toBeUndefined();
    return data!.course.myProgress;
  };
  const passQuiz = async (slug: string) => {
    const [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = $1`, [slug]);
    const attempt = (await api.graphql(START, { quizId }, learner.token)).data!.startQuizAttempt;
    const answers = (await optionsOfAttempt(api.dataSource, attempt.id)).answers(
      attempt.questions.map((question: { id: string; prompt: string }) => ({ questionId: question.id, ...RIGHT_ANSWERS[question.prompt] })),
    );
    const { data } = await api.graphql(SUBMIT, { attemptId: attempt.id, answers }, learner.token);
    expect(data!.submitQuizAttempt.passed).toBe(true);
  };
  await api.graphql('mutation { acceptAttestation(courseSlug: "sample-course") { acceptedAt } }', {}, learner.token);
  const lessons: { id: string }[] = await api.dataSource.query(`SELECT l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id`);
  for (const lesson of lessons) {
    await api.graphql('mutation($id: ID!) { completeLesson(lessonId: $id) { completed } }', { id: lesson.id }, learner.token);
  }
  await passQuiz('basics-quiz');
  expect(await progress()).toMatchObject({ status: 'IN_PROGRESS', attestationAccepted: true, certificate: null });
  return { learner, progress, passFinalExam: () => passQuiz('final-exam') };
}

async function certificatesOf(api: TestApp, learner: TestAccount): Promise<number> {
  const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM certificate WHERE user_id = $1`, [learner.id]);
  return count;
}

describe('automatic certificates', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
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
