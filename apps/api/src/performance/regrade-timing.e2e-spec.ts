import { call, freshQuiz, publishCorrectedKey, regradeTestApp, START_REGRADE } from '../attempts/regrade-fixtures';
import { createAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

/** Enough for several of the runner's batches of 200; `npm run bench`-style timing of 10,000 is in the README. */
const ATTEMPTS = 2_000;
const SLICE = 1_000;

/**
 * Graded attempts at version 1 of the basics quiz, made in a few statements: every learner
 * enrolled, half answering "first-fact" a (right by version 1's key) and half b, all "points" right.
 */
async function seedGradedAttempts(api: TestApp, quiz: { quizId: string; courseId: string }): Promise<void> {
  const run = (text: string, values: unknown[]) => api.dataSource.query(text, values);
  const [version] = await run(
    `SELECT v.id, max(q.id::text) FILTER (WHERE q.key = 'first-fact') AS "firstFact", max(q.id::text) FILTER (WHERE q.key = 'points') AS points
       FROM quiz_version v JOIN question q ON q.quiz_version_id = v.id WHERE v.quiz_id = $1 AND v.version = 1 GROUP BY v.id`,
    [quiz.quizId],
  );
  const drawn = [
    { questionId: version.firstFact, optionIds: ['a', 'b'], shownOptionIds: ['shown-a', 'shown-b'] },
    { questionId: version.points, optionIds: [], shownOptionIds: [] },
  ];
  // In slices: one statement for all of them would outlast the pool's statement timeout.
  for (let from = 1; from <= ATTEMPTS; from += SLICE) {
    await run(
    `WITH learners AS (
       INSERT INTO app_user (email, name, password_hash, roles)
       SELECT 'regrade-timing-' || n || '@example.test', 'Timed learner ' || n, 'no-password', ARRAY['LEARNER'] FROM generate_series($1::int, $6::int) AS n
       RETURNING id),
     enrolled AS (
       INSERT INTO enrolment (user_id, course_id, summary_version_id, status, percent)
       SELECT id, $2, (SELECT published_version_id FROM course WHERE id = $2), 'IN_PROGRESS', 50 FROM learners
       RETURNING user_id)
     INSERT INTO quiz_attempt (id, quiz_id, quiz_version_id, user_id, attempt_number, status, questions, started_at, submitted_at, score, passed)
     SELECT gen_random_uuid(), $3, $4, user_id, 1, 'SUBMITTED', $5, now() - interval '1 hour', now() - interval '30 minutes',
            CASE WHEN row_number() OVER () % 2 = 0 THEN 100 ELSE 50 END, row_number() OVER () % 2 = 0
       FROM enrolled
     RETURNING id`,
    [from, quiz.courseId, quiz.quizId, version.id, JSON.stringify(drawn), from + SLICE - 1],
    );
  }
  for (let from = 0; from < ATTEMPTS; from += SLICE) {
    const slice = `SELECT id, passed FROM quiz_attempt WHERE quiz_id = $1 ORDER BY id OFFSET ${from} LIMIT ${SLICE}`;
    await run(
      `INSERT INTO attempt_answer (attempt_id, question_id, option_ids, credit)
       SELECT id, $2, CASE WHEN passed THEN ARRAY['a'] ELSE ARRAY['b'] END, CASE WHEN passed THEN 1 ELSE 0 END FROM (${slice}) a`,
      [quiz.quizId, version.firstFact],
    );
    await run(`INSERT INTO attempt_answer (attempt_id, question_id, number, credit) SELECT id, $2, 35, 1 FROM (${slice}) a`, [quiz.quizId, version.points]);
  }
}

describe('regrading at scale', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await regradeTestApp();
  });
  afterAll(() => api.close());

  it(`regrades ${ATTEMPTS} attempts, every one of which changes, once each, in batches that keep the heap's growth bounded`, async () => {
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const quiz = await freshQuiz(api);
    await seedGradedAttempts(api, quiz);
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const collectGarbage = global.gc;
    if (!collectGarbage) throw new Error('the API tests run with --expose-gc, so live heap can be read');
    const liveHeap = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    const before = liveHeap();
    let peakLive = before;
    const progressSeen = new Set<number>();

    const started = Date.now();
    const regrade = await call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });
    let status = regrade;
    // A collection is slow on the test run's large heap and stalls the regrade beside it, so the
    // live heap is read only as the progress passes each third: the batches in flight then are
    // all the regrade should hold, and a regrade keeping what it did would have grown by then.
    const checkpoints = [ATTEMPTS / 3, (2 * ATTEMPTS) / 3];
    while (status.status !== 'COMPLETE' && Date.now() - started < 240_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = await call(api, instructor, `query R($id: ID!) { regrade(id: $id) { status attemptsDone resultsChanged } }`, { id: regrade.id });
      progressSeen.add(status.attemptsDone);
      if (status.attemptsDone >= checkpoints[0]) {
        checkpoints.shift();
        peakLive = Math.max(peakLive, liveHeap());
      }
    }
    const seconds = (Date.now() - started) / 1000;

    const growthMb = (peakLive - before) / 2 ** 20;
    process.stdout.write(
      `Regrade of ${ATTEMPTS} attempts: ${seconds.toFixed(1)} s (${Math.round(ATTEMPTS / seconds)} attempts/s); ` +
        `live heap ${Math.round(before / 2 ** 20)} MB before, peak +${growthMb.toFixed(1)} MB; progress seen ${[...progressSeen].join(', ')}\n`,
    );
    expect(status).toMatchObject({ status: 'COMPLETE', attemptsDone: ATTEMPTS, resultsChanged: ATTEMPTS });
    const [{ regraded, attempts }] = await api.dataSource.query(
      `SELECT count(*)::int AS regraded, count(DISTINCT attempt_id)::int AS attempts FROM attempt_regrade WHERE regrade_id = $1`,
      [regrade.id],
    );
    expect({ regraded, attempts }).toEqual({ regraded: ATTEMPTS, attempts: ATTEMPTS });
    const partway = [...progressSeen].filter((done) => done > 0 && done < ATTEMPTS);
    expect(partway.length).toBeGreaterThanOrEqual(2);
    expect(partway.every((done) => done % 200 === 0)).toBe(true);
    expect(growthMb).toBeLessThan(50);
  }, 300_000);
});
