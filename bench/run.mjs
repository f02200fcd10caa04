// `npm run bench`: the platform on its own fresh embedded database, loaded with generated
// learners, measured with autocannon against a minimal baseline serving the same data in the
// same run. Prints a table and writes bench/results.json. `npm run bench -- --help` for sizes.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../scripts/database-url.mjs';
import { addLearners, addStaff, courseFacts, turnOnAdminTwoFactor } from './data.mjs';
import { startSampling } from './memory.mjs';
import { readOptions } from './options.mjs';
import { launch } from './platform.mjs';
import { printTable, targetRows, writeResults } from './report.mjs';
import { bulkIssue, certificatePdf } from './scenarios/certificates.mjs';
import { coursePage, coursePageByProcesses, submitAttempts } from './scenarios/learner.mjs';
import { firstPageJavaScript, restart } from './scenarios/platform.mjs';
import { cohortPage, cohortPlans, csvExport } from './scenarios/reports.mjs';
import { transcriptPage } from './scenarios/transcripts.mjs';

const COURSE = 'botox-chronic-migraine';

const options = readOptions();
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ptp-bench-'));
const env = {
  DATA_DIR: dataDir,
  ADMIN_PASSWORD: 'bench-admin-password',
  // Production refuses to start without one; a new key per run, as the database is new too.
  SECRETS_KEY: randomBytes(32).toString('base64'),
  NODE_OPTIONS: `--max-old-space-size=${options.apiHeapMb}`,
};
const measurements = {};
let platform = null;
let baseline = null;
let sampler = null;
let db = null;

/** A line on the console, and a new phase for the memory sampler. */
function step(text) {
  sampler?.phase(text);
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${text}`);
}

/** Learners first to last, in slices, so one transaction never holds the whole cohort. */
async function addCohort(course, first, last) {
  const slice = 25_000;
  for (let from = first; from <= last; from += slice) {
    await addLearners(db, course, {
      from,
      to: Math.min(last, from + slice - 1),
      completionsPerLearner: Math.round(options.completions / options.learners),
      attemptsPerLearner: Math.max(1, Math.round(options.attempts / options.learners)),
    });
  }
  await db.query('VACUUM ANALYZE');
}

try {
  measurements.web = await firstPageJavaScript();
  step(`platform starting on ${dataDir}`);
  platform = await launch({ env });
  const databaseUrl = await embeddedDatabaseUrl(dataDir);
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  baseline = await launch({ env: { DATABASE_URL: databaseUrl }, script: 'bench/baseline.mjs' });
  sampler = startSampling({ pids: { api: () => platform.pid, baseline: () => baseline.pid }, dataDir });
  const course = await courseFacts(db, COURSE);
  const args = () => ({ db, platformUrl: platform.url, baselineUrl: baseline.url, course, options, sampler });

  step(`generating ${options.smallCohort} learners`);
  await addStaff(db);
  await turnOnAdminTwoFactor(db);
  await addCohort(course, 1, options.smallCohort);
  step('cohort report and CSV export at the small size');
  measurements.cohortSmall = await cohortPage(args());
  measurements.csvSmall = await csvExport(args());

  step(`generating learners up to ${options.learners}`);
  await addCohort(course, options.smallCohort + 1, options.learners);
  const { rows: [counts] } = await db.query(
    `SELECT (SELECT count(*) FROM enrolment)::int AS learners, (SELECT count(*) FROM lesson_completion)::int AS completions,
            (SELECT count(*) FROM quiz_attempt)::int AS attempts`,
  );
  measurements.data = counts;
  step(`data: ${JSON.stringify(counts)}`);

  step('course page');
  measurements.coursePage = await coursePage(args());
  step(`course page, served by ${options.apiProcesses} API processes`);
  measurements.coursePageProcesses = await coursePageByProcesses({ ...args(), env, databaseUrl });
  step('cohort report, plans and CSV export at full size');
  measurements.cohortLarge = await cohortPage(args());
  measurements.cohortPlans = await cohortPlans(db, course);
  measurements.csvLarge = await csvExport(args());
  step('quiz submissions');
  measurements.submit = await submitAttempts(args());
  step('bulk certificate issue');
  measurements.bulkIssue = await bulkIssue(args());
  step('certificate PDFs');
  measurements.pdf = await certificatePdf(args());
  step('transcripts of certificate holders');
  measurements.transcript = await transcriptPage(args());

  step('start-up on existing data');
  await baseline.stop();
  await db.end();
  db = null;
  platform = await restart(platform, env);
  measurements.startUp = { seconds: platform.readyMs / 1000 };
  sampler.stop();
  measurements.memory = { ...sampler.peakMb(), apiByPhase: sampler.phasesMb() };

  const rows = targetRows(measurements, options);
  printTable(rows);
  const file = await writeResults(options, measurements, rows);
  console.log(`\nWritten to ${file}${options.quick ? ' (quick run: sizes too small for the targets to mean much)' : ''}`);
} finally {
  sampler?.stop();
  await db?.end().catch(() => undefined);
  await baseline?.stop();
  await platform?.stop();
  if (!options.keep) await rm(dataDir, { recursive: true, force: true });
}
