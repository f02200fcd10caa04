import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import {
  ATTEMPT,
  call,
  finishedRegrade,
  freshQuiz,
  gradedAttempt,
  openAttempt,
  publishCorrectedKey,
  regradeTestApp,
  scoresOf,
  START_REGRADE,
  submit,
} from './regrade-fixtures';

/** Holds the quiz's attempts' row locks, as a long batch or submit would, until released. */
async function holdAttempts(api: TestApp, quizId: string) {
  const blocker = api.dataSource.createQueryRunner();
  await blocker.startTransaction();
  await blocker.query(`SELECT id FROM quiz_attempt WHERE quiz_id = $1 FOR UPDATE`, [quizId]);
  return async () => {
    await blocker.commitTransaction();
    await blocker.release();
  };
}

describe('regrades under concurrent requests', () => {
  let api: TestApp;
  let instructor: TestAccount;

  beforeAll(async () => {
    api = await regradeTestApp();
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
  });
  afterAll(() => api.close());

  it('runs one of two regrades of a quiz requested at once, refusing the other with REGRADE_IN_PROGRESS', async () => {
    const quiz = await freshQuiz(api);
    await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 35 });
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const release = await holdAttempts(api, quiz.quizId);
    const otherInstructor = await createAccount(api.dataSource, ['INSTRUCTOR']);

    const responses = await Promise.all([
      api.graphql(START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } }, instructor.token),
      api.graphql(START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CREDIT_ALL', questionKey: 'points' } }, otherInstructor.token),
    ]);
    await release();

    const codes = responses.map((response) => response.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'REGRADE_IN_PROGRESS']);
    const [winner] = responses.filter((response) => !response.errors);
    await finishedRegrade(api, instructor, winner.data!.startRegrade.id);
    expect(await api.dataSource.query(`SELECT count(*)::int AS count FROM regrade WHERE quiz_id = $1`, [quiz.quizId])).toEqual([{ count: 1 }]);

    const next = await api.graphql(START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CREDIT_ALL', questionKey: 'points' } }, otherInstructor.token);
    expect(next.errors).toBeUndefined();
  });

  it('grades an attempt submitted after the regrade was recorded, but before its job reached it, by the corrected key, and regrades it no more', async () => {
    const quiz = await freshQuiz(api);
    const learner = await createAccount(api.dataSource);
    const attemptId = await openAttempt(api, learner, quiz.quizId);
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const release = await holdAttempts(api, quiz.quizId);
    const started = await call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });
    await release();

    const submitted = await submit(api, learner, attemptId, { firstFact: 'b', points: 35 });
    expect(submitted.data!.submitQuizAttempt).toMatchObject({ score: 100, passed: true });
    await finishedRegrade(api, instructor, started.id);

    expect((await scoresOf(api, [attemptId])).get(attemptId)).toEqual({ score: 100, passed: true });
    expect((await call(api, learner, ATTEMPT, { id: attemptId })).regrades).toEqual([]);
  });

  it('leaves no attempt graded on the wrong key, and none regraded twice, when learners submit while the regrade runs', async () => {
    const quiz = await freshQuiz(api);
    for (let index = 0; index < 60; index += 1) await gradedAttempt(api, quiz.quizId, { firstFact: index % 3 ? 'a' : 'b', points: 35 });
    const submitting = await Promise.all(
      Array.from({ length: 30 }, async (_, index) => {
        const learner = await createAccount(api.dataSource);
        return { learner, attemptId: await openAttempt(api, learner, quiz.quizId), answers: { firstFact: index % 2 ? ('a' as const) : ('b' as const), points: 35 } };
      }),
    );
    await publishCorrectedKey(api, instructor, quiz.quizId);

    const [started] = await Promise.all([
      call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } }),
      ...submitting.map(async ({ learner, attemptId, answers }) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
        const { errors } = await submit(api, learner, attemptId, answers);
        expect(errors).toBeUndefined();
      }),
    ]);
    await finishedRegrade(api, instructor, started.id);

    // By the corrected key, first-fact is right only when answered b: 100 and passed, else 50 and failed.
    const attempts = await api.dataSource.query(
      `SELECT a.id, a.score::float8 AS score, a.passed, a.status, ans.option_ids[1] AS "firstFact",
              (SELECT count(*)::int FROM attempt_regrade ar WHERE ar.attempt_id = a.id) AS regrades
         FROM quiz_attempt a
         JOIN question q ON q.quiz_version_id = a.quiz_version_id AND q.key = 'first-fact'
         JOIN attempt_answer ans ON ans.attempt_id = a.id AND ans.question_id = q.id
        WHERE a.quiz_id = $1`,
      [quiz.quizId],
    );
    expect(attempts).toHaveLength(90);
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ status: 'SUBMITTED', score: attempt.firstFact === 'b' ? 100 : 50, passed: attempt.firstFact === 'b' });
      expect(attempt.regrades).toBeLessThanOrEqual(1);
    }
    const [rows] = await api.dataSource.query(
      `SELECT count(*)::int AS rows, count(*) FILTER (WHERE new_score = (SELECT score FROM quiz_attempt WHERE id = attempt_id))::int AS current
         FROM attempt_regrade WHERE regrade_id = $1`,
      [started.id],
    );
    expect(rows.rows).toBeGreaterThanOrEqual(60);
    expect(rows.current).toBe(rows.rows);
  }, 60_000);
});
