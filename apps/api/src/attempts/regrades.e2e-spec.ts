import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import {
  ATTEMPT,
  call,
  finishedRegrade,
  freshQuiz,
  gradedAttempt,
  openAttempt,
  PREVIEW,
  publishCorrectedKey,
  regradeTestApp,
  scoresOf,
  START_REGRADE,
} from './regrade-fixtures';
import { RegradeRunner } from './regrade-runner.service';

describe('regrading after an item is fixed', () => {
  let api: TestApp;
  let instructor: TestAccount;

  beforeAll(async () => {
    api = await regradeTestApp();
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR'], 'Ida Instructor');
  });
  afterAll(() => api.close());

  /** Three learners at version 1, whose key for "first-fact" (a) turns out wrong: b is right. */
  async function wronglyKeyedQuiz() {
    const quiz = await freshQuiz(api);
    const rightByOldKey = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 35 }, 'Ann Old-key');
    const rightByNewKey = await gradedAttempt(api, quiz.quizId, { firstFact: 'b', points: 35 }, 'Ben New-key');
    const bothWrong = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 50 }, 'Cal Both-wrong');
    return { ...quiz, rightByOldKey, rightByNewKey, bothWrong };
  }

  const regradeRows = (quizId: string) =>
    api.dataSource.query(`SELECT ar.* FROM attempt_regrade ar JOIN regrade r ON r.id = ar.regrade_id WHERE r.quiz_id = $1`, [quizId]);

  it('lists in a dry run every attempt whose score or pass would change, with the learner, and writes nothing', async () => {
    const quiz = await wronglyKeyedQuiz();
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const before = await scoresOf(api, [quiz.rightByOldKey.attemptId, quiz.rightByNewKey.attemptId, quiz.bothWrong.attemptId]);

    const preview = await call(api, instructor, PREVIEW, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });

    expect(preview).toMatchObject({ mode: 'CORRECTED_KEYS', keyVersion: 2, attemptsExamined: 3, attemptsOpen: 0, nowPassing: 1, nowFailing: 1 });
    expect(preview.changes).toEqual([
      expect.objectContaining({ learnerName: 'Ann Old-key', learnerEmail: quiz.rightByOldKey.learner.email, quizVersion: 1, oldScore: 100, newScore: 50, oldPassed: true, newPassed: false }),
      expect.objectContaining({ learnerName: 'Ben New-key', oldScore: 50, newScore: 100, oldPassed: false, newPassed: true }),
      expect.objectContaining({ learnerName: 'Cal Both-wrong', oldScore: 50, newScore: 0, oldPassed: false, newPassed: false }),
    ]);
    expect(await scoresOf(api, [...before.keys()])).toEqual(before);
    expect(await api.dataSource.query(`SELECT id FROM regrade WHERE quiz_id = $1`, [quiz.quizId])).toEqual([]);
  });

  it('regrades in the background once per attempt, keeping both scores, and tells and shows each learner whose result changed', async () => {
    const quiz = await wronglyKeyedQuiz();
    const unchanged = await gradedAttempt(api, quiz.quizId, { firstFact: null, points: 50 }, 'Dee Unanswered');
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const preview = await call(api, instructor, PREVIEW, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });

    const started = await call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });
    expect(started).toMatchObject({ mode: 'CORRECTED_KEYS', keyVersion: 2, attemptsTotal: 4, requestedByName: 'Ida Instructor' });
    const done = await finishedRegrade(api, instructor, started.id);

    expect(done).toMatchObject({ status: 'COMPLETE', attemptsDone: 4, attemptsOpen: 0, resultsChanged: preview.changes.length, nowPassing: 1, nowFailing: 1 });
    const scores = await scoresOf(api, [quiz.rightByOldKey.attemptId, quiz.rightByNewKey.attemptId, quiz.bothWrong.attemptId, unchanged.attemptId]);
    expect(scores.get(quiz.rightByOldKey.attemptId)).toEqual({ score: 50, passed: false });
    expect(scores.get(quiz.rightByNewKey.attemptId)).toEqual({ score: 100, passed: true });
    expect(scores.get(quiz.bothWrong.attemptId)).toEqual({ score: 0, passed: false });
    expect(scores.get(unchanged.attemptId)).toEqual({ score: 0, passed: false });
    expect(await regradeRows(quiz.quizId)).toHaveLength(4);

    const seen = await call(api, quiz.rightByNewKey.learner, ATTEMPT, { id: quiz.rightByNewKey.attemptId });
    expect(seen).toMatchObject({ score: 100, passed: true });
    expect(seen.regrades).toEqual([
      expect.objectContaining({ mode: 'CORRECTED_KEYS', oldScore: 50, newScore: 100, oldPassed: false, newPassed: true, reason: expect.stringContaining('version 2') }),
    ]);
    expect(seen.feedback[0]).toMatchObject({ correct: true, credit: 1 });
    expect((await call(api, unchanged.learner, ATTEMPT, { id: unchanged.attemptId })).regrades).toEqual([]);

    const admin = await createAccount(api.dataSource, ['ADMIN']);
    const deadline = Date.now() + 10_000;
    let messages: { to: string; text: string }[] = [];
    while (messages.length < 3 && Date.now() < deadline) {
      const outbox = await call(api, admin, `{ outbox(first: 100) { fileName to text } }`, {});
      messages = outbox.filter((message: { fileName: string }) => message.fileName.includes('-regraded-'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const to = (learner: TestAccount) => messages.filter((message) => message.to.includes(learner.email)).map((message) => message.text);
    expect(to(quiz.rightByNewKey.learner)).toHaveLength(1);
    expect(to(quiz.rightByNewKey.learner)[0]).toContain('Your score was 50% and is now 100%. It was not passed and is now passed.');
    expect(to(quiz.rightByOldKey.learner)).toHaveLength(1);
    expect(to(unchanged.learner)).toHaveLength(0);

    const [audit] = await api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'QUIZ_REGRADE_REQUESTED' AND details->>'regradeId' = $1`, [started.id]);
    expect(audit).toMatchObject({ actor_id: instructor.id, details: { mode: 'CORRECTED_KEYS', keyVersion: 2 } });
  });

  it('gives everyone shown a question full credit for it, answered or not, after a dry run that says so', async () => {
    const quiz = await freshQuiz(api);
    const unanswered = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: null });
    const wrong = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 50 });
    const right = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 35 });
    const input = { quizId: quiz.quizId, mode: 'CREDIT_ALL', questionKey: 'points' };

    const preview = await call(api, instructor, PREVIEW, { input });
    expect(preview).toMatchObject({ questionKey: 'points', attemptsExamined: 3, nowPassing: 2, nowFailing: 0 });
    expect(preview.changes.map((change: { attemptId: string }) => change.attemptId).sort()).toEqual([unanswered.attemptId, wrong.attemptId].sort());

    const started = await call(api, instructor, START_REGRADE, { input });
    expect(await finishedRegrade(api, instructor, started.id)).toMatchObject({ resultsChanged: 2, nowPassing: 2 });
    const scores = await scoresOf(api, [unanswered.attemptId, wrong.attemptId, right.attemptId]);
    expect([...scores.values()].every((result) => result.score === 100 && result.passed)).toBe(true);
    const seen = await call(api, unanswered.learner, ATTEMPT, { id: unanswered.attemptId });
    expect(seen.feedback[1]).toMatchObject({ correct: true, credit: 1 });
    expect(seen.regrades[0].reason).toMatch(/full credit/);

    const later = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 1 });
    expect((await scoresOf(api, [later.attemptId])).get(later.attemptId)).toEqual({ score: 100, passed: true });
  });

  it('refuses what cannot be regraded, with a code, and records nothing', async () => {
    const quiz = await freshQuiz(api);
    const learner = await createAccount(api.dataSource);
    const refusal = async (account: TestAccount, input: Record<string, unknown>) =>
      (await api.graphql(START_REGRADE, { input: { quizId: quiz.quizId, ...input } }, account.token)).errors?.[0];

    expect(await refusal(instructor, { mode: 'CORRECTED_KEYS' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('publish the corrected questions') });
    expect(await refusal(instructor, { mode: 'CREDIT_ALL', questionKey: 'no-such-question' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await refusal(instructor, { mode: 'CREDIT_ALL' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await refusal(learner, { mode: 'CREDIT_ALL', questionKey: 'points' })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await api.graphql(PREVIEW, { input: { quizId: quiz.quizId, mode: 'CREDIT_ALL', questionKey: 'points' } }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await refusal(instructor, { quizId: '00000000-0000-4000-8000-000000000000', mode: 'CREDIT_ALL', questionKey: 'points' })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await api.dataSource.query(`SELECT id FROM regrade WHERE quiz_id = $1`, [quiz.quizId])).toEqual([]);
  });

  it("shows a learner's regrade notes to that learner and staff only", async () => {
    const quiz = await wronglyKeyedQuiz();
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const started = await call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });
    await finishedRegrade(api, instructor, started.id);
    const other = await createAccount(api.dataSource);
    const admin = await createAccount(api.dataSource, ['ADMIN']);

    expect((await api.graphql(ATTEMPT, { id: quiz.rightByOldKey.attemptId }, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await call(api, admin, ATTEMPT, { id: quiz.rightByOldKey.attemptId })).regrades).toHaveLength(1);
    expect((await call(api, quiz.rightByOldKey.learner, ATTEMPT, { id: quiz.rightByOldKey.attemptId })).regrades).toHaveLength(1);
  });

  it('resumes where it stopped and regrades each attempt once, even when its job runs twice at once', async () => {
    const quiz = await freshQuiz(api);
    const attempts = [];
    for (let index = 0; index < 12; index += 1) attempts.push(await gradedAttempt(api, quiz.quizId, { firstFact: index % 2 ? 'a' : 'b', points: 35 }));
    const open = await openAttempt(api, await createAccount(api.dataSource), quiz.quizId);
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const runner = api.app.get(RegradeRunner);
    // The job's queue is held back by locking the quiz's attempts until the regrade is set up.
    const blocker = api.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query(`SELECT id FROM quiz_attempt WHERE quiz_id = $1 FOR UPDATE`, [quiz.quizId]);
    const started = await call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });
    await blocker.commitTransaction();
    await blocker.release();

    await runner.nextBatch(started.id, 5);
    await Promise.all([runner.run(started.id), runner.run(started.id), runner.run(started.id)]);
    const done = await finishedRegrade(api, instructor, started.id);

    expect(done).toMatchObject({ attemptsTotal: 13, attemptsDone: 12, attemptsOpen: 1, resultsChanged: 12 });
    const [counts] = await api.dataSource.query(
      `SELECT count(*)::int AS rows, count(DISTINCT attempt_id)::int AS attempts FROM attempt_regrade WHERE regrade_id = $1`,
      [started.id],
    );
    expect(counts).toEqual({ rows: 12, attempts: 12 });
    expect(await api.dataSource.query(`SELECT 1 FROM attempt_regrade WHERE attempt_id = $1`, [open])).toEqual([]);
  });
});
