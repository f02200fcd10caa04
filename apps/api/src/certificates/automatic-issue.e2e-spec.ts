import { ContentImportService } from '../content-import/content-import.service';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

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

describe('automatic certificates', () => {
  let api: TestApp;
  let learner: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource, ['LEARNER'], 'Dr Mira Holder');
  });
  afterAll(() => api.close());

  async function passQuiz(slug: string): Promise<void> {
    const [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = $1`, [slug]);
    const attempt = (await api.graphql(START, { quizId }, learner.token)).data!.startQuizAttempt;
    const answers = (await optionsOfAttempt(api.dataSource, attempt.id)).answers(
      attempt.questions.map((question: { id: string; prompt: string }) => ({ questionId: question.id, ...RIGHT_ANSWERS[question.prompt] })),
    );
    const { data } = await api.graphql(SUBMIT, { attemptId: attempt.id, answers }, learner.token);
    expect(data!.submitQuizAttempt.passed).toBe(true);
  }

  async function progress() {
    const { data, errors } = await api.graphql(PROGRESS, {}, learner.token);
    expect(errors).toBeUndefined();
    return data!.course.myProgress;
  }

  it('issues the certificate the moment an attested learner completes the course', async () => {
    await api.graphql('mutation { acceptAttestation(courseSlug: "sample-course") { acceptedAt } }', {}, learner.token);
    const lessons: { id: string }[] = await api.dataSource.query(
      `SELECT l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id`,
    );
    for (const lesson of lessons) {
      await api.graphql('mutation($id: ID!) { completeLesson(lessonId: $id) { completed } }', { id: lesson.id }, learner.token);
    }
    await passQuiz('basics-quiz');
    expect(await progress()).toMatchObject({ status: 'IN_PROGRESS', attestationAccepted: true, certificate: null });

    await passQuiz('final-exam');
    const done = await progress();
    expect(done).toMatchObject({
      status: 'COMPLETE',
      eligibleForCertificate: true,
      certificate: { status: 'VALID', holderName: 'Dr Mira Holder', courseTitle: 'Sample course' },
    });
    expect(done.certificate.verifyUrl).toContain(`/verify/${done.certificate.code}`);
  });
});
