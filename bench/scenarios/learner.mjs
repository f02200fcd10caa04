// What a cohort does in the same hour: open the course page, submit the final exam.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { learnerToken, openFinalExamAttempts } from '../data.mjs';
import { graphqlRequest, jsonPost } from '../graphql.mjs';
import { compare, load, summarise } from '../load.mjs';
import { childrenOf, residentBytes } from '../memory.mjs';
import { launch } from '../platform.mjs';

export const COURSE_PAGE = `query CoursePage($slug: String!) {
  course(slug: $slug) {
    id slug title summary creditHours version sourceTitle
    modules { id slug title position objectives lessons { id slug title position } }
    myProgress {
      status percent completedLessons totalLessons lastActivityAt
      nextStep { kind moduleSlug lesson { slug title } }
      modules { slug status completedLessons totalLessons quizPassed bestQuizScore attemptsLeft lessons { slug completed completedAt } }
    }
  }
}`;

const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id status score passed submittedAt }
}`;

/** Learners 1 to `learners`, one after another, each with their own session. */
function learnerCycle(learners) {
  let n = 0;
  return () => learnerToken((n++ % learners) + 1);
}

function coursePageTargets({ platformUrl, baselineUrl, course, options }) {
  const platformToken = learnerCycle(options.learners);
  const baselineToken = learnerCycle(options.learners);
  return (run) => ({
    rounds: options.rounds,
    platform: { ...run, url: platformUrl, next: () => graphqlRequest(platformToken(), COURSE_PAGE, { slug: course.slug }) },
    baseline: { ...run, url: baselineUrl, next: () => jsonPost('/course', baselineToken(), { slug: course.slug }) },
  });
}

const coursePageRun = (options) => ({ connections: options.connections, duration: options.duration / options.rounds });

/** The most course pages each serves, the platform and the baseline in turn. */
export function coursePageCeiling(args) {
  const { options } = args;
  return compare({ ...coursePageTargets(args)(coursePageRun(options)), warmup: { duration: options.warmup } });
}

export async function coursePage(args) {
  const { platformUrl, course, options } = args;
  const run = coursePageRun(options);
  const saturated = await coursePageCeiling(args);
  // Latency at saturation is mostly time spent queueing. At a steady half of what the platform
  // served at most, as a platform sized for its peak runs, the tail shows what a request costs;
  // the baseline gets the same load.
  const rate = Math.round(saturated.platform.requestsPerSecond / 2);
  const steady = await compare(coursePageTargets(args)({ ...run, duration: run.duration / 2, rate }));
  const bare = await bareServer(platformUrl, course, run, rate);
  return { ...saturated, steady: { rate, ...steady, bare: bare.steady }, bare: bare.saturated, bytes: bare.bytes };
}

/**
 * The same ceiling with the API in `options.apiProcesses` processes (API_PROCESSES) on the same
 * database, as a host with that many cores would run it; with each serving process's peak memory.
 */
export async function coursePageByProcesses({ env, databaseUrl, ...args }) {
  const { options } = args;
  const started = await launch({ env: { ...env, DATABASE_URL: databaseUrl, API_PROCESSES: String(options.apiProcesses) } });
  const peakBytes = new Map();
  const sampler = setInterval(() => {
    for (const pid of childrenOf(started.pid)) peakBytes.set(pid, Math.max(peakBytes.get(pid) ?? 0, residentBytes(pid)));
  }, 200);
  try {
    const ceiling = await coursePageCeiling({ ...args, platformUrl: started.url });
    return { processes: options.apiProcesses, ...ceiling, peakMbPerServingProcess: Math.max(0, ...peakBytes.values()) / (1024 * 1024) };
  } finally {
    clearInterval(sampler);
    await started.stop();
  }
}

/** A bare node:http server sending the bytes of one learner's course page, at full speed and at the platform's steady rate. */
async function bareServer(platformUrl, course, run, rate) {
  const { method, headers, body } = graphqlRequest(learnerToken(1), COURSE_PAGE, { slug: course.slug });
  const page = await (await fetch(`${platformUrl}/graphql`, { method, headers, body })).text();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ptp-bare-'));
  const file = path.join(dir, 'course-page.json');
  await writeFile(file, page);
  const server = await launch({ env: { BODY_FILE: file }, script: 'bench/bare.mjs' });
  try {
    const target = { url: server.url, connections: run.connections, next: () => ({ method, path: '/graphql', headers, body }) };
    await load({ ...target, duration: 2 });
    const saturated = summarise([await load({ ...target, duration: run.duration })]);
    const steady = summarise([await load({ ...target, duration: run.duration / 2, rate })]);
    return { saturated, steady, bytes: Buffer.byteLength(page) };
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Real submissions: every request grades and stores a different learner's open attempt, so
 * each target gets its own learners, and the warm-up its own too.
 */
export async function submitAttempts({ db, platformUrl, baselineUrl, course, options }) {
  const perTarget = options.submits + options.submitWarmup;
  const attempts = await openFinalExamAttempts(db, course, { from: 1, to: 2 * perTarget });
  const targets = (run, platformAttempts, baselineAttempts) => ({
    rounds: options.rounds,
    platform: { ...run, url: platformUrl, next: () => submission(platformAttempts()) },
    baseline: {
      ...run,
      url: baselineUrl,
      next() {
        const { attemptId, token, answers } = baselineAttempts();
        return jsonPost('/submit', token, { attemptId, answers });
      },
    },
  });
  const run = { connections: options.submitConnections, amount: Math.floor(options.submits / options.rounds) };
  const saturated = await compare({
    ...targets(run, queue(attempts.slice(0, perTarget)), queue(attempts.slice(perTarget))),
    warmup: { amount: options.submitWarmup },
  });
  // As for the course page: the tail at a steady half of the platform's most, on attempts of learners not used yet.
  const rate = Math.round(saturated.platform.requestsPerSecond / 2);
  const seconds = options.duration / options.rounds / 2;
  const steadyPerTarget = Math.ceil(rate * seconds * options.rounds);
  const fresh = await openFinalExamAttempts(db, course, { from: 2 * perTarget + 1, to: 2 * perTarget + 2 * steadyPerTarget });
  const steady = await compare(
    targets({ connections: options.submitConnections, duration: seconds, rate }, queue(fresh.slice(0, steadyPerTarget)), queue(fresh.slice(steadyPerTarget))),
  );
  return { ...saturated, steady: { rate, ...steady } };
}

const submission = ({ attemptId, token, answers }) => graphqlRequest(token, SUBMIT, { attemptId, answers });

/** Each item once, in order; then again from the first, which the server refuses as submitted already. */
function queue(list) {
  let index = 0;
  return () => list[index++ % list.length];
}
