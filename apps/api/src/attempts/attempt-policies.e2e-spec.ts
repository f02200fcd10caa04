import { ContentImportService } from '../content-import/content-import.service';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const ATTEMPT = `id status score passed attemptNumber
  questions { id type }
  savedAnswers { questionId optionIds number text }
  feedback { questionId correct credit explanation passage { anchor section text } reviewUrl correctOptionIds acceptedAnswers
             numericAnswer { value tolerance min max } }`;
const START = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT} } }`;
const SAVE = `mutation Save($attemptId: ID!, $answers: [AnswerInput!]!) {
  saveQuizAnswers(attemptId: $attemptId, answers: $answers) { id } }`;
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers) { ${ATTEMPT} } }`;
const READ = `query Read($id: ID!) { attempt(id: $id) { ${ATTEMPT} } }`;
const SETTINGS = `mutation Settings($quizId: ID!, $input: QuizSettingsInput!) {
  updateQuizSettings(quizId: $quizId, input: $input) { changes { changedSettings } } }`;
const PUBLISH = `mutation Publish($quizId: ID!) { publishQuiz(quizId: $quizId) { version } }`;

type Question = { id: string; type: string };

/** Right answers to any question of the fixture quizzes, by type, with the quiz file's option ids. */
function rightAnswer({ id, type }: Question) {
  switch (type) {
    case 'TRUE_FALSE':
      return { questionId: id, optionIds: ['true'] };
    case 'SHORT_TEXT':
      return { questionId: id, text: ' The First  Fact ' };
    case 'MULTIPLE_CHOICE':
      return { questionId: id, optionIds: ['a', 'b'] };
    case 'NUMERIC':
      return { questionId: id, number: 39 };
    default:
      return { questionId: id, optionIds: ['a'] };
  }
}

describe('quiz rules over time and feedback', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let basicsQuizId: string;
  let finalExamId: string;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const quizzes: { id: string; slug: string }[] = await api.dataSource.query(`SELECT id, slug FROM quiz`);
    basicsQuizId = quizzes.find((quiz) => quiz.slug === 'basics-quiz')!.id;
    finalExamId = quizzes.find((quiz) => quiz.slug === 'final-exam')!.id;
  });
  afterAll(() => api.close());

  /** Publishes the basics quiz with these settings, unless its published version has them already. */
  async function useBasicsSettings(input: Record<string, unknown>) {
    const { data } = await api.graphql(SETTINGS, { quizId: basicsQuizId, input }, instructor.token);
    if (data!.updateQuizSettings.changes.changedSettings.length > 0) {
      expect((await api.graphql(PUBLISH, { quizId: basicsQuizId }, instructor.token)).errors).toBeUndefined();
    }
  }

  async function call(operation: string, variables: Record<string, unknown>, learner: TestAccount) {
    const { data, errors } = await api.graphql(operation, variables, learner.token);
    expect(errors).toBeUndefined();
    return Object.values(data!)[0];
  }

  /** Right answers to every question of an attempt, as that attempt shows the options. */
  const rightAnswers = async (attempt: { id: string; questions: Question[] }) =>
    (await optionsOfAttempt(api.dataSource, attempt.id)).answers(attempt.questions.map(rightAnswer));

  const submitRight = async (attempt: { id: string; questions: Question[] }, learner: TestAccount) =>
    call(SUBMIT, { attemptId: attempt.id, answers: await rightAnswers(attempt) }, learner);

  it('makes the learner wait out the cooldown after a submission before starting again', async () => {
    await useBasicsSettings({ cooldownSeconds: 600, feedback: 'AFTER_SUBMIT' });
    const learner = await createAccount(api.dataSource);
    const first = await call(START, { quizId: basicsQuizId }, learner);
    await call(SUBMIT, { attemptId: first.id, answers: [] }, learner);

    const { errors } = await api.graphql(START, { quizId: basicsQuizId }, learner.token);
    expect(errors![0]).toMatchObject({
      message: 'You can start another attempt at this quiz in 10 minutes.',
      extensions: { code: 'ATTEMPT_COOLDOWN' },
    });
    expect(errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(595);

    await api.dataSource.query(`UPDATE quiz_attempt SET submitted_at = submitted_at - interval '601 seconds' WHERE id = $1`, [first.id]);
    expect((await call(START, { quizId: basicsQuizId }, learner)).attemptNumber).toBe(2);
  });

  describe('the deadline', () => {
    async function startedAgo(learner: TestAccount, secondsPastDeadline: number) {
      const attempt = await call(START, { quizId: finalExamId }, learner);
      await api.dataSource.query(
        `UPDATE quiz_attempt SET started_at = now() - make_interval(secs => 600 + $2), deadline = now() - make_interval(secs => $2)
          WHERE id = $1`,
        [attempt.id, secondsPastDeadline],
      );
      return attempt;
    }

    it('closes an attempt submitted after the deadline as expired, graded on the answers saved in time', async () => {
      const learner = await createAccount(api.dataSource);
      const attempt = await call(START, { quizId: finalExamId }, learner);
      const [saved, unsaved] = await rightAnswers(attempt);
      await call(SAVE, { attemptId: attempt.id, answers: [saved] }, learner);
      await api.dataSource.query(
        `UPDATE quiz_attempt SET started_at = now() - interval '11 minutes', deadline = now() - interval '1 minute' WHERE id = $1`,
        [attempt.id],
      );

      for (const operation of [SUBMIT, SAVE]) {
        const { errors } = await api.graphql(operation, { attemptId: attempt.id, answers: [unsaved] }, learner.token);
        expect(errors![0].extensions).toMatchObject({ code: 'ATTEMPT_EXPIRED', attemptId: attempt.id });
        expect(errors![0].message).toMatch(/^Time ran out on this attempt at .*; it was graded on the answers saved before then\.$/);
      }
      const closed = await call(READ, { id: attempt.id }, learner);
      expect(closed).toMatchObject({ status: 'EXPIRED', score: 50, passed: false });
      expect(closed.savedAnswers.map((answer: { questionId: string }) => answer.questionId)).toEqual([saved.questionId]);
    });

    it('still accepts a submit a moment after the deadline, within the grace', async () => {
      const learner = await createAccount(api.dataSource);
      const attempt = await startedAgo(learner, 2);
      expect(await submitRight(attempt, learner)).toMatchObject({ status: 'SUBMITTED', score: 100 });
    });

    it('closes an abandoned attempt once its deadline has passed, when it is next looked at or restarted', async () => {
      const learner = await createAccount(api.dataSource);
      const abandoned = await startedAgo(learner, 60);
      expect(await call(READ, { id: abandoned.id }, learner)).toMatchObject({ status: 'EXPIRED', score: 0 });

      const restarted = await startedAgo(learner, 60);
      expect(restarted.attemptNumber).toBe(2);
      const { errors } = await api.graphql(START, { quizId: finalExamId }, learner.token);
      expect(errors![0].extensions!.code).toBe('ATTEMPT_LIMIT_REACHED');
      const [{ status }] = await api.dataSource.query(`SELECT status FROM quiz_attempt WHERE id = $1`, [restarted.id]);
      expect(status).toBe('EXPIRED');
    });
  });

  describe('feedback', () => {
    it('shows nothing while the attempt is in progress', async () => {
      const learner = await createAccount(api.dataSource);
      expect((await call(START, { quizId: basicsQuizId }, learner)).feedback).toBeNull();
    });

    it('after submitting, under the after-submit policy: correctness, explanation, answer and the passage to review', async () => {
      await useBasicsSettings({ cooldownSeconds: 0, feedback: 'AFTER_SUBMIT' });
      const learner = await createAccount(api.dataSource);
      const attempt = await call(START, { quizId: basicsQuizId }, learner);
      const [firstFact, points] = attempt.questions;
      const options = await optionsOfAttempt(api.dataSource, attempt.id);
      const answers = [{ questionId: firstFact.id, optionIds: options.ids(firstFact.id, ['b']) }, rightAnswer(points)];
      const graded = await call(SUBMIT, { attemptId: attempt.id, answers }, learner);
      expect(graded.feedback).toEqual([
        {
          questionId: firstFact.id,
          correct: false,
          credit: 0,
          explanation: 'The source states it first.',
          passage: { anchor: 'basics-1', section: 'Basics', text: 'The first fact of the sample source.' },
          reviewUrl: '/courses/sample-course/lessons/first-lesson#passage-basics-1',
          correctOptionIds: options.ids(firstFact.id, ['a']),
          acceptedAnswers: null,
          numericAnswer: null,
        },
        {
          questionId: points.id,
          correct: true,
          credit: 1,
          explanation: 'Up to 39.',
          passage: { anchor: 'basics-2', section: 'Basics', text: 'The second fact, with 31 to 39 points.' },
          reviewUrl: '/courses/sample-course/lessons/first-lesson#passage-basics-2',
          correctOptionIds: null,
          acceptedAnswers: null,
          numericAnswer: { value: null, tolerance: null, min: 31, max: 39 },
        },
      ]);
    });

    it('never, with a quiz whose feedback policy is none', async () => {
      await useBasicsSettings({ cooldownSeconds: 0, feedback: 'NONE' });
      const learner = await createAccount(api.dataSource);
      const graded = await submitRight(await call(START, { quizId: basicsQuizId }, learner), learner);
      expect(graded).toMatchObject({ status: 'SUBMITTED', score: 100, passed: true, feedback: null });
    });

    it('on every attempt once the learner has passed, with a quiz that gives feedback after a pass', async () => {
      const learner = await createAccount(api.dataSource);
      const failing = await call(START, { quizId: finalExamId }, learner);
      const failed = await call(SUBMIT, { attemptId: failing.id, answers: [] }, learner);
      expect(failed).toMatchObject({ passed: false, feedback: null });

      const passing = await call(START, { quizId: finalExamId }, learner);
      const passed = await submitRight(passing, learner);
      expect(passed.passed).toBe(true);
      const rightInPassing = await rightAnswers(passing);
      passing.questions.forEach((question: Question, index: number) => {
        const key =
          question.type === 'SHORT_TEXT'
            ? { acceptedAnswers: ['first fact', 'the first fact'] }
            : { correctOptionIds: rightInPassing[index].optionIds };
        expect(passed.feedback[index]).toMatchObject({ correct: true, ...key });
      });

      const earlier = await call(READ, { id: failing.id }, learner);
      expect(earlier.feedback.map((item: { credit: number }) => item.credit)).toEqual([0, 0]);
    });
  });
});
