import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { signUpConfirmed } from './support/accounts.mjs';
import { writeCourseFolder } from './support/course-folder.mjs';
import { startPlatform } from './support/server.mjs';

const LEARNERS = 6;
const LESSONS = 40;
const COURSE = {
  slug: 'steady-load',
  title: 'Steady load',
  modules: [
    {
      slug: 'load',
      title: 'Load',
      lessons: Array.from({ length: LESSONS }, (_, index) => ({ slug: `lesson-${index + 1}`, title: `Lesson ${index + 1}`, markdown: 'Read this.' })),
      quiz: {
        slug: 'load-quiz',
        title: 'Load quiz',
        questions: ['first', 'second'].map((id) => ({
          id,
          prompt: `The ${id} question?`,
          explanation: 'As the source says.',
          options: [
            { id: 'a', text: 'Right', correct: true },
            { id: 'b', text: 'Wrong' },
          ],
        })),
      },
    },
  ],
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GraphQL call; a reply that never comes counts as a hang after 15 s. */
async function graphql(url, token, query, variables = {}) {
  const started = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = await response.json().catch(() => null);
    const code = body?.errors?.[0]?.extensions?.code ?? (response.status === 200 ? null : `HTTP ${response.status}`);
    return { ok: response.status === 200 && !body?.errors && Boolean(body?.data), code, data: body?.data, started, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, code: error.name === 'TimeoutError' ? 'HANG' : 'NO_CONNECTION', started, ms: Date.now() - started };
  }
}

const COMPLETE = 'mutation($lessonId: ID!) { completeLesson(lessonId: $lessonId) { lessonId completed } }';
const START = 'mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id options { id } } } }';
const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]!, $key: String) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $key) { id status score } }`;

/**
 * A learner's client: completes the next lesson, then takes the quiz, over and over until `stopAt`.
 * Like a real client it retries a failed call with the same request, submits with an idempotency
 * key, and gives up on a call only at `giveUpAt`. Every reply lands in the ledger.
 */
async function learnerClient(url, learner, course, ledger, { stopAt, giveUpAt }) {
  const acknowledged = async (query, variables) => {
    for (;;) {
      const reply = await graphql(url, learner.token, query, variables);
      ledger.replies.push(reply);
      if (reply.ok || Date.now() > giveUpAt || ledger.closing) return reply;
      await sleep(100);
    }
  };
  for (let round = 0; Date.now() < stopAt && !ledger.closing; round++) {
    const lessonId = course.lessonIds[round % course.lessonIds.length];
    if ((await acknowledged(COMPLETE, { lessonId })).ok) ledger.completions.push({ userId: learner.id, lessonId });
    const started = await acknowledged(START, { quizId: course.quizId });
    if (!started.ok) continue;
    const attempt = started.data.startQuizAttempt;
    const key = `${learner.id}-${round}`;
    const answers = attempt.questions.map((question) => ({ questionId: question.id, optionIds: [question.options[0].id] }));
    const submitted = await acknowledged(SUBMIT, { attemptId: attempt.id, answers, key });
    if (submitted.ok) ledger.submissions.push({ attemptId: attempt.id, key, score: submitted.data.submitQuizAttempt.score });
  }
}

async function database(dataDir) {
  const port = (await readFile(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n')[3];
  const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
  const client = new pg.Client({ host: '127.0.0.1', port: Number(port), user: 'postgres', password, database: 'platform' });
  await client.connect();
  return client;
}

/** What the database holds of what the API acknowledged: missing, duplicated and half-graded rows. */
async function audit(client, ledger) {
  const attemptIds = ledger.submissions.map((submission) => submission.attemptId);
  const { rows: stored } = await client.query(
    `SELECT a.id, a.submission_key AS key, a.score::float8 AS score,
            (SELECT count(*)::int FROM learning_event e WHERE e.object_id = a.id AND e.verb = 'SUBMITTED') AS events
       FROM quiz_attempt a WHERE a.id = ANY($1::uuid[]) AND a.status = 'SUBMITTED'`,
    [attemptIds],
  );
  const byId = new Map(stored.map((row) => [row.id, row]));
  const missingSubmissions = ledger.submissions.filter(({ attemptId, key, score }) => byId.get(attemptId)?.key !== key || byId.get(attemptId)?.score !== score);
  const { rows: completed } = await client.query(
    `SELECT user_id::text || lesson_id::text AS id FROM lesson_completion WHERE user_id = ANY($1::uuid[])`,
    [[...new Set(ledger.completions.map((completion) => completion.userId))]],
  );
  const completedIds = new Set(completed.map((row) => row.id));
  const missingCompletions = ledger.completions.filter(({ userId, lessonId }) => !completedIds.has(userId + lessonId));
  const { rows: [counts] } = await client.query(
    `SELECT (SELECT count(*) FROM (SELECT 1 FROM learning_event GROUP BY actor_id, verb, object_id HAVING count(*) > 1) d)::int AS "duplicateEvents",
            (SELECT count(*) FROM (SELECT 1 FROM quiz_attempt WHERE status = 'IN_PROGRESS' GROUP BY user_id, quiz_id HAVING count(*) > 1) d)::int AS "duplicateOpenAttempts",
            (SELECT count(*) FROM quiz_attempt a WHERE a.status <> 'IN_PROGRESS' AND (a.score IS NULL OR a.passed IS NULL
               OR EXISTS (SELECT 1 FROM attempt_answer x WHERE x.attempt_id = a.id AND x.credit IS NULL)))::int AS "halfGraded"`,
  );
  return { missing: missingSubmissions.length + missingCompletions.length, duplicated: stored.filter((row) => row.events !== 1).length, ...counts };
}

describe('faults under a steady load of quiz submissions and lesson completions', () => {
  let content;
  let platform;
  const learners = [];
  const course = {};

  before(async () => {
    content = await writeCourseFolder(COURSE);
    platform = await startPlatform({ env: { CONTENT_DIR: content.dir } });
    const { data } = await graphql(platform.url, null, `{ course(slug: "${COURSE.slug}") { modules { lessons { id } quiz { id } } } }`);
    course.lessonIds = data.course.modules[0].lessons.map((lesson) => lesson.id);
    course.quizId = data.course.modules[0].quiz.id;
    for (let index = 0; index < LEARNERS; index++) {
      const input = { email: `load-${index}@example.test`, name: `Load learner ${index}`, password: 'a long enough password' };
      const session = await signUpConfirmed(platform, input);
      learners.push({ id: session.user.id, token: session.token });
    }
  });

  after(async () => {
    await platform?.stop();
    await content?.remove();
  });

  test('PostgreSQL killed mid-load: clear fast errors while it is down, recovery within 10 s, every acknowledged write kept once', async () => {
    const ledger = { replies: [], submissions: [], completions: [] };
    const loadStart = Date.now();
    const clients = learners.map((learner) =>
      learnerClient(platform.url, learner, course, ledger, { stopAt: loadStart + 20_000, giveUpAt: loadStart + 40_000 }),
    );

    await sleep(6_000);
    const postmaster = Number((await readFile(path.join(platform.dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n')[0]);
    const killedAt = Date.now();
    process.kill(postmaster, 'SIGKILL');

    const healthReplies = [];
    let databaseBackAt = null;
    let apiBackAt = null;
    while (apiBackAt === null && Date.now() - killedAt < 30_000) {
      databaseBackAt ??= await database(platform.dataDir).then((client) => client.end().then(() => Date.now()), () => null);
      const started = Date.now();
      const response = await fetch(`${platform.url}/health`, { signal: AbortSignal.timeout(5_000) });
      healthReplies.push({ status: response.status, body: await response.json(), ms: Date.now() - started });
      if (databaseBackAt !== null && response.status === 200) apiBackAt = Date.now();
      await sleep(100);
    }
    await Promise.all(clients);

    const down = healthReplies.filter((reply) => reply.status !== 200);
    assert.ok(down.length > 0, 'GET /health noticed the database was gone');
    assert.deepEqual(new Set(down.map((reply) => `${reply.status} ${reply.body.status}`)), new Set(['503 unavailable']));
    assert.ok(Math.max(...healthReplies.map((reply) => reply.ms)) < 1_000, 'GET /health answered within a second');
    assert.ok(apiBackAt !== null, 'the API answered again');
    const reconnectMs = apiBackAt - databaseBackAt;
    assert.ok(reconnectMs <= 10_000, `the API reconnected ${reconnectMs} ms after PostgreSQL was back`);

    const failed = ledger.replies.filter((reply) => !reply.ok);
    assert.ok(failed.length > 0, 'the load met the outage');
    assert.deepEqual(new Set(failed.map((reply) => reply.code)), new Set(['SERVICE_UNAVAILABLE']));
    const slowestFailureMs = Math.max(...failed.map((reply) => reply.ms));
    assert.ok(slowestFailureMs < 2_000, `failures came back fast (the slowest in ${slowestFailureMs} ms)`);

    const client = await database(platform.dataDir);
    const found = await audit(client, ledger).finally(() => client.end());
    assert.deepEqual(found, { missing: 0, duplicated: 0, duplicateEvents: 0, duplicateOpenAttempts: 0, halfGraded: 0 });
    process.stdout.write(
      `Faults: ${ledger.submissions.length} submissions and ${ledger.completions.length} completions acknowledged, ` +
        `${failed.length} clear failures (the slowest in ${slowestFailureMs} ms), PostgreSQL back ${databaseBackAt - killedAt} ms after the kill, API ${reconnectMs} ms after that; ` +
        `missing ${found.missing}, duplicated ${found.duplicated}, half-graded ${found.halfGraded}.\n`,
    );
  });

  test('SIGTERM mid-load: the requests in flight complete, nothing acknowledged is lost, the platform exits cleanly', async () => {
    const ledger = { replies: [], submissions: [], completions: [], closing: false };
    const loadStart = Date.now();
    const clients = learners.map((learner) =>
      learnerClient(platform.url, learner, course, ledger, { stopAt: loadStart + 30_000, giveUpAt: loadStart + 30_000 }),
    );
    await sleep(3_000);
    const signalledAt = Date.now();
    ledger.closing = true;
    platform.server.kill('SIGTERM');
    const exit = await platform.exited;
    const stoppedMs = Date.now() - signalledAt;
    await Promise.all(clients);

    assert.deepEqual(exit, { code: 0, signal: null });
    const sentBefore = ledger.replies.filter((reply) => reply.started < signalledAt);
    assert.deepEqual(sentBefore.filter((reply) => !reply.ok).map((reply) => reply.code), [], 'every request sent before SIGTERM was answered');
    const inFlight = sentBefore.filter((reply) => reply.started + reply.ms >= signalledAt);
    const later = ledger.replies.filter((reply) => reply.started >= signalledAt && !reply.ok);
    assert.deepEqual(new Set(later.map((reply) => reply.code)), new Set(later.length ? ['NO_CONNECTION'] : []), 'later requests were refused at the door');

    platform = await startPlatform({ env: { CONTENT_DIR: content.dir }, dataDir: platform.dataDir });
    const client = await database(platform.dataDir);
    const found = await audit(client, ledger).finally(() => client.end());
    assert.deepEqual(found, { missing: 0, duplicated: 0, duplicateEvents: 0, duplicateOpenAttempts: 0, halfGraded: 0 });
    process.stdout.write(
      `SIGTERM: ${sentBefore.length} requests sent before it, all answered, ${inFlight.length} of them in flight at the signal; ${later.length} refused after it; exit ${exit.code} after ${stoppedMs} ms; missing ${found.missing}.\n`,
    );
  });
});
