// Backup and restore at the bench's size, as an operator runs them: `node bench/backup.mjs`
// after `npm run build` (`--learners 3000` for a smoke run). The platform keeps running while the
// backup is taken; the restore goes into a fresh data folder, which the platform then starts on.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../scripts/database-url.mjs';
import { addLearners, addStaff, courseFacts } from './data.mjs';
import { launch, root } from './platform.mjs';

const { values } = parseArgs({ options: { learners: { type: 'string', default: '100000' } } });
const learners = Number(values.learners);
const COUNTS = `SELECT (SELECT count(*) FROM enrolment)::int AS learners, (SELECT count(*) FROM lesson_completion)::int AS completions,
  (SELECT count(*) FROM quiz_attempt)::int AS attempts, (SELECT sum(percent)::text FROM enrolment) AS "percentSum"`;

const folders = await Promise.all(['source', 'restored', 'backups'].map((name) => mkdtemp(path.join(os.tmpdir(), `ptp-backup-${name}-`))));
const [source, restored, backups] = folders;
// The data folder's generated key seals the signing key; SECRETS_KEY here stands for production's.
const secretsKey = randomBytes(32).toString('base64');

function timed(script, args, dataDir) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, SECRETS_KEY: secretsKey }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stdout}${run.stderr}`);
  return { seconds: Number(((performance.now() - started) / 1000).toFixed(1)), said: run.stdout.trim() };
}

async function countsOf(dataDir) {
  const db = new pg.Client({ connectionString: await embeddedDatabaseUrl(dataDir) });
  await db.connect();
  try {
    return (await db.query(COUNTS)).rows[0];
  } finally {
    await db.end();
  }
}

let platform = await launch({ env: { DATA_DIR: source, SECRETS_KEY: secretsKey } });
try {
  const db = new pg.Client({ connectionString: await embeddedDatabaseUrl(source) });
  await db.connect();
  const course = await courseFacts(db, 'botox-chronic-migraine');
  await addStaff(db);
  for (let from = 1; from <= learners; from += 25_000) {
    await addLearners(db, course, { from, to: Math.min(learners, from + 24_999), completionsPerLearner: 10, attemptsPerLearner: 2 });
  }
  await db.end();
  const before = await countsOf(source);
  const backup = timed('apps/api/dist/scripts/backup.js', ['--to', backups], source);
  await platform.stop();
  const [file] = await readdir(backups);
  const restore = timed('apps/api/dist/scripts/restore.js', [path.join(backups, file)], restored);
  platform = await launch({ env: { DATA_DIR: restored, SECRETS_KEY: secretsKey } });
  const after = await countsOf(restored);
  if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`The restored data differs: ${JSON.stringify({ before, after })}`);
  const megabytes = Number(((await stat(path.join(backups, file))).size / 1e6).toFixed(1));
  console.log(JSON.stringify({ data: before, backupSeconds: backup.seconds, restoreSeconds: restore.seconds, fileMegabytes: megabytes, backup: backup.said, restore: restore.said }, null, 2));
} finally {
  await platform.stop();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}
