import { optionsOfAttempt } from './attempt-options';
import { createAccount } from './factories';
import type { TestApp } from './test-app';

/** A learner working through the sample course of testing/fixtures, over the API as the web app does. */

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
export const WITHIN_MS = 10_000;

export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WITHIN_MS;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An attested learner of the sample course who has done everything but its final exam. */
export async function learnerBeforeFinalExam(api: TestApp, name: string) {
  const learner = await createAccount(api.dataSource, ['LEARNER'], name);
  const progress = async () => {
    const { data, errors } = await api.graphql(PROGRESS, {}, learner.token);
    expect(errors).toBeUndefined();
    return data!.course.myProgress;
  };
  /** Starts the quiz; the answer submits every right answer. */
  const startQuiz = async (slug: string) => {
    const [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = $1`, [slug]);
    const attempt = (await api.graphql(START, { quizId }, learner.token)).data!.startQuizAttempt;
    const answers = (await optionsOfAttempt(api.dataSource, attempt.id)).answers(
      attempt.questions.map((question: { id: string; prompt: string }) => ({ questionId: question.id, ...RIGHT_ANSWERS[question.prompt] })),
    );
    return async (): Promise<{ passed: boolean }> => (await api.graphql(SUBMIT, { attemptId: attempt.id, answers }, learner.token)).data!.submitQuizAttempt;
  };
  const passQuiz = async (slug: string) => {
    const submit = await startQuiz(slug);
    expect((await submit()).passed).toBe(true);
  };
  await api.graphql('mutation { acceptAttestation(courseSlug: "sample-course") { acceptedAt } }', {}, learner.token);
  const lessons: { id: string }[] = await api.dataSource.query(`SELECT l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id`);
  for (const lesson of lessons) {
    await api.graphql('mutation($id: ID!) { completeLesson(lessonId: $id) { completed } }', { id: lesson.id }, learner.token);
  }
  await passQuiz('basics-quiz');
  expect(await progress()).toMatchObject({ status: 'IN_PROGRESS', attestationAccepted: true, certificate: null });
  return { learner, progress, passFinalExam: () => passQuiz('final-exam'), startFinalExam: () => startQuiz('final-exam') };
}

