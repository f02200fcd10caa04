import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const ATTEMPT = `id status attemptNumber deadline score passed attemptsLeft submittedAt
  questions { id type prompt options { id text } }
  savedAnswers { questionId optionIds number text }`;
const START = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT} } }`;
const SAVE = `mutation Save($attemptId: ID!, $answers: [AnswerInput!]!) {
  saveQuizAnswers(attemptId: $attemptId, answers: $answers) { ${ATTEMPT} } }`;
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!, $key: String) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $key) { ${ATTEMPT} } }`;
const READ = `query Read($id: ID!) { attempt(id: $id) { ${ATTEMPT} } }`;
const MY_ATTEMPTS = `{ courses { modules { quiz { id myAttempts { id status attemptNumber score } } } } }`;

interface Question {
  id: string;
  prompt: string;
  options: { id: string; text: string }[];
}

/** The id this attempt shows for the option a learner reads as `text`. */
const optionId = (question: Question, text: string) => question.options.find((option) => option.text === text)!.id;

describe('taking a quiz', () => {
  let api: TestApp;
  let basicsQuizId: string;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: basicsQuizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
  });
  afterAll(() => api.close());

  async function start(learner: TestAccount, quizId = basicsQuizId) {
    const { data, errors } = await api.graphql(START, { quizId }, learner.token);
    expect(errors).toBeUndefined();
    return data!.startQuizAttempt;
  }

  /** The basics quiz, answered right or with a wrong number for the second question. */
  function basicsAnswers(questions: Question[], points = 35) {
    const [firstFact, pointsQuestion] = questions;
    return [
      { questionId: firstFact.id, optionIds: [optionId(firstFact, 'The first fact')] },
      { questionId: pointsQuestion.id, number: points },
    ];
  }

  async function savedAnswerCount(attemptId: string): Promise<number> {
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM attempt_answer WHERE attempt_id = $1`, [attemptId]);
    return count;
  }

  it('starts an attempt on the published version and gives back the same open attempt when started again', async () => {
    const learner = await createAccount(api.dataSource);
    const first = await start(learner);
    expect(first).toMatchObject({ status: 'IN_PROGRESS', attemptNumber: 1, deadline: null, score: null, passed: null, attemptsLeft: 2 });
    expect(first.questions.map((q: Question) => q.prompt)).toEqual(['Which is the first fact?', 'How many points, at most?']);
    expect(first.questions[0].type).toBe('SINGLE_CHOICE');
    expect(first.questions[0].options.map((option: { text: string }) => option.text).sort()).toEqual(['The first fact', 'The second fact']);
    expect(first.questions[0].options.every((option: { id: string }) => /^[\w-]{16}$/.test(option.id))).toBe(true);
    expect(await start(learner)).toEqual(first);
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM quiz_attempt WHERE user_id = $1`, [learner.id]);
    expect(count).toBe(1);
  });

  it('shows the same drawn questions and option order every time the attempt is loaded', async () => {
    const learner = await createAccount(api.dataSource);
    const [{ id: finalExamId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'final-exam'`);
    const started = await start(learner, finalExamId);
    expect(started.questions).toHaveLength(2);
    expect(started.deadline).not.toBeNull();
    const reloaded = await api.graphql(READ, { id: started.id }, learner.token);
    expect(reloaded.data!.attempt.questions).toEqual(started.questions);
    expect((await start(learner, finalExamId)).questions).toEqual(started.questions);
  });

  it('keeps answers saved along the way, a later answer replacing an earlier one', async () => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    const [firstFact, points] = attempt.questions;
    const [first, second] = [optionId(firstFact, 'The first fact'), optionId(firstFact, 'The second fact')];
    await api.graphql(SAVE, { attemptId: attempt.id, answers: [{ questionId: firstFact.id, optionIds: [second] }] }, learner.token);
    const { data, errors } = await api.graphql(
      SAVE,
      { attemptId: attempt.id, answers: [{ questionId: firstFact.id, optionIds: [first] }, { questionId: points.id, number: 33.5 }] },
      learner.token,
    );
    expect(errors).toBeUndefined();
    expect(data!.saveQuizAnswers.savedAnswers).toEqual(
      expect.arrayContaining([
        { questionId: firstFact.id, optionIds: [first], number: null, text: null },
        { questionId: points.id, optionIds: null, number: 33.5, text: null },
      ]),
    );
    expect(data!.saveQuizAnswers.status).toBe('IN_PROGRESS');
  });

  it('grades a submitted attempt on the server, keeping answers saved earlier', async () => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    const [firstFact, points] = basicsAnswers(attempt.questions, 40);
    await api.graphql(SAVE, { attemptId: attempt.id, answers: [firstFact] }, learner.token);
    const savedAt = () =>
      api.dataSource.query(`SELECT saved_at::text FROM attempt_answer WHERE attempt_id = $1 AND question_id = $2`, [attempt.id, firstFact.questionId]);
    const whenSaved = await savedAt();
    const { data, errors } = await api.graphql(SUBMIT, { attemptId: attempt.id, answers: [points] }, learner.token);
    expect(errors).toBeUndefined();
    expect(data!.submitQuizAttempt).toMatchObject({ status: 'SUBMITTED', score: 50, passed: false, attemptsLeft: 2 });
    expect(await savedAt()).toEqual(whenSaved);
    expect(data!.submitQuizAttempt.submittedAt).not.toBeNull();

    const second = await start(learner);
    expect(second.attemptNumber).toBe(2);
    const passed = await api.graphql(SUBMIT, { attemptId: second.id, answers: basicsAnswers(second.questions) }, learner.token);
    expect(passed.data!.submitQuizAttempt).toMatchObject({ score: 100, passed: true, attemptsLeft: 1 });
  });

  it('grades the answers given with the submit over those saved for the same questions, and keeps them', async () => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    await api.graphql(SAVE, { attemptId: attempt.id, answers: basicsAnswers(attempt.questions, 40) }, learner.token);
    const { data } = await api.graphql(SUBMIT, { attemptId: attempt.id, answers: basicsAnswers(attempt.questions) }, learner.token);
    expect(data!.submitQuizAttempt).toMatchObject({ status: 'SUBMITTED', score: 100, passed: true });
    expect(data!.submitQuizAttempt.savedAnswers).toContainEqual({ questionId: attempt.questions[1].id, optionIds: null, number: 35, text: null });
    expect(await savedAnswerCount(attempt.id)).toBe(2);
  });

  it("counts a graded attempt towards the learner's progress in the course", async () => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    await api.graphql(SUBMIT, { attemptId: attempt.id, answers: basicsAnswers(attempt.questions) }, learner.token);
    const progress = `{ course(slug: "sample-course") { myProgress { modules { slug quizPassed bestQuizScore } } } }`;
    const { data } = await api.graphql(progress, {}, learner.token);
    expect(data!.course.myProgress.modules[0]).toEqual({ slug: 'basics', quizPassed: true, bestQuizScore: 100 });
  });

  it('refuses to change or submit again an attempt already submitted', async () => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    await api.graphql(SUBMIT, { attemptId: attempt.id, answers: basicsAnswers(attempt.questions) }, learner.token);
    for (const operation of [SAVE, SUBMIT]) {
      const variables = { attemptId: attempt.id, answers: basicsAnswers(attempt.questions, 1) };
      const { errors } = await api.graphql(operation, variables, learner.token);
      expect(errors![0].extensions!.code).toBe('ATTEMPT_ALREADY_SUBMITTED');
    }
    const { data } = await api.graphql(READ, { id: attempt.id }, learner.token);
    expect(data!.attempt.score).toBe(100);
  });

  it('gives back the graded attempt when a lost submit is retried with the same key', async () => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    const submit = (key: string) =>
      api.graphql(SUBMIT, { attemptId: attempt.id, answers: basicsAnswers(attempt.questions), key }, learner.token);
    const first = await submit('submit-1');
    const retried = await submit('submit-1');
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.submitQuizAttempt).toEqual(first.data!.submitQuizAttempt);
    expect((await submit('another-key')).errors![0].extensions!.code).toBe('ATTEMPT_ALREADY_SUBMITTED');
  });

  it.each([
    ['a question of another quiz', () => ({ questionId: '00000000-0000-4000-8000-000000000000', optionIds: ['a'] }), 'is not part of this attempt'],
    ['an option the question does not have', (q: Question[]) => ({ questionId: q[0].id, optionIds: ['z'] }), 'Question 1 has no option "z".'],
    ["the quiz file's id of an option", (q: Question[]) => ({ questionId: q[0].id, optionIds: ['a'] }), 'Question 1 has no option "a".'],
    ['text for a numeric question', (q: Question[]) => ({ questionId: q[1].id, text: '35' }), 'Question 2 is answered with a number'],
    ['text over 1000 characters', (q: Question[]) => ({ questionId: q[1].id, text: 'x'.repeat(1001) }), 'at most 1000 characters'],
  ])('refuses %s and saves none of the answers sent with it', async (_case, badAnswer, message) => {
    const learner = await createAccount(api.dataSource);
    const attempt = await start(learner);
    const bad = badAnswer(attempt.questions);
    const [firstFact, points] = basicsAnswers(attempt.questions);
    const answers = [bad.questionId === points.questionId ? firstFact : points, bad];
    for (const operation of [SAVE, SUBMIT]) {
      const { errors } = await api.graphql(operation, { attemptId: attempt.id, answers }, learner.token);
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toContain(message);
    }
    expect(await savedAnswerCount(attempt.id)).toBe(0);
    const { data } = await api.graphql(READ, { id: attempt.id }, learner.token);
    expect(data!.attempt.status).toBe('IN_PROGRESS');
  });

  it('stops new attempts once the limit is used up', async () => {
    const learner = await createAccount(api.dataSource);
    for (let number = 1; number <= 3; number += 1) {
      const attempt = await start(learner);
      expect(attempt).toMatchObject({ attemptNumber: number, attemptsLeft: 3 - number });
      await api.graphql(SUBMIT, { attemptId: attempt.id, answers: [] }, learner.token);
    }
    const { data, errors } = await api.graphql(START, { quizId: basicsQuizId }, learner.token);
    expect(data).toBeNull();
    expect(errors![0]).toMatchObject({
      message: 'You have used all 3 attempts at this quiz.',
      extensions: { code: 'ATTEMPT_LIMIT_REACHED', maxAttempts: 3 },
    });
  });

  it("lists the viewer's own attempts on each quiz, and none for anonymous visitors", async () => {
    const learner = await createAccount(api.dataSource);
    const someoneElse = await createAccount(api.dataSource);
    const attempt = await start(learner);
    await start(someoneElse);
    const mine = await api.graphql(MY_ATTEMPTS, {}, learner.token);
    const quizzes = mine.data!.courses[0].modules.map((module: { quiz: unknown }) => module.quiz).filter(Boolean);
    expect(quizzes.find((quiz: { id: string }) => quiz.id === basicsQuizId).myAttempts).toEqual([
      { id: attempt.id, status: 'IN_PROGRESS', attemptNumber: 1, score: null },
    ]);
    const anonymous = await api.graphql(MY_ATTEMPTS);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.courses[0].modules[0].quiz.myAttempts).toEqual([]);
  });

  describe('whose attempt it is', () => {
    let owner: TestAccount;
    let attempt: { id: string; questions: Question[] };

    beforeAll(async () => {
      owner = await createAccount(api.dataSource);
      attempt = await start(owner);
    });

    it('refuses another learner reading, saving or submitting the attempt as if it did not exist', async () => {
      const other = await createAccount(api.dataSource);
      const answers = basicsAnswers(attempt.questions);
      const calls = [
        api.graphql(READ, { id: attempt.id }, other.token),
        api.graphql(SAVE, { attemptId: attempt.id, answers }, other.token),
        api.graphql(SUBMIT, { attemptId: attempt.id, answers }, other.token),
      ];
      for (const { data, errors } of await Promise.all(calls)) {
        expect(errors![0]).toMatchObject({
          message: 'There is no attempt with that id that you can see.',
          extensions: { code: 'NOT_FOUND' },
        });
        expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
      }
      expect(await savedAnswerCount(attempt.id)).toBe(0);
    });

    it('lets instructors and admins read any attempt, but not answer it', async () => {
      for (const role of ['INSTRUCTOR', 'ADMIN'] as const) {
        const staff = await createAccount(api.dataSource, [role]);
        expect((await api.graphql(READ, { id: attempt.id }, staff.token)).data!.attempt.id).toBe(attempt.id);
        const { errors } = await api.graphql(SUBMIT, { attemptId: attempt.id, answers: [] }, staff.token);
        expect(errors![0].extensions!.code).toBe('NOT_FOUND');
      }
    });

    it('asks anonymous visitors to sign in', async () => {
      for (const [operation, variables] of [
        [READ, { id: attempt.id }],
        [START, { quizId: basicsQuizId }],
        [SAVE, { attemptId: attempt.id, answers: [] }],
        [SUBMIT, { attemptId: attempt.id, answers: [] }],
      ] as const) {
        const { errors } = await api.graphql(operation, variables);
        expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      }
    });

    it('answers NOT_FOUND for ids that are not attempts or quizzes', async () => {
      const read = await api.graphql(READ, { id: 'not-a-uuid' }, owner.token);
      expect(read.errors![0].extensions!.code).toBe('NOT_FOUND');
      const started = await api.graphql(START, { quizId: '00000000-0000-4000-8000-000000000000' }, owner.token);
      expect(started.errors![0]).toMatchObject({ message: 'There is no quiz with that id.', extensions: { code: 'NOT_FOUND' } });
    });
  });
});
