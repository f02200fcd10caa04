// `npm run backup` beside a running platform, `npm run restore` into a fresh data folder, and the
// platform started there: certificates and credentials verify as before, progress is the same,
// and a new certificate gets a new code.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { addLearners, addStaff, courseFacts, learnerToken, makeEligible, staffToken } from '../bench/data.mjs';
import { embeddedDatabaseUrl } from '../scripts/database-url.mjs';
import { startPlatform } from './support/server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COURSE = 'botox-chronic-migraine';
const LEARNERS = 40;
/** Both platforms answer for one address, as a restored platform takes the place of the old one. */
const PUBLIC_URL = 'https://training.example.test';
const HOLDERS = 4;

/** An npm script of the platform, as an operator runs it; rejects with its output when it fails. */
async function npmRun(script, args, dataDir) {
  const { stdout } = await promisify(execFile)('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } });
  return stdout;
}

function graphql(platform, query, variables = {}, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return fetch(`${platform.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
    .then((response) => response.json())
    .then((body) => {
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data;
    });
}

const PROGRESS = `{ course(slug: "${COURSE}") { myProgress { status percent completedLessons totalLessons } } }`;
const VERIFY = 'query($code: String!) { verifyCertificate(code: $code) { status code holderName courseTitle issuedAt } }';
const ISSUE = 'mutation($userId: ID!) { issueCertificate(userId: $userId, courseSlug: "' + COURSE + '") { id code } }';

async function progressOf(platform) {
  const progress = [];
  for (let n = 1; n <= LEARNERS; n++) progress.push((await graphql(platform, PROGRESS, {}, learnerToken(n))).course.myProgress);
  return progress;
}

test('a backup taken beside a running platform restores into a fresh folder that serves the same certificates and progress', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'ptp-backups-test-'));
  let platform = await startPlatform({ env: { PUBLIC_URL } });
  try {
    const db = new pg.Client({ connectionString: await embeddedDatabaseUrl(platform.dataDir) });
    await db.connect();
    const course = await courseFacts(db, COURSE);
    await addStaff(db);
    // Admins act only with two-factor sign-in on; this one never signs in, so its secret is never read.
    await db.query(`INSERT INTO two_factor (user_id, sealed_secret, enabled_at) SELECT id, 'unused', now() FROM app_user WHERE email = 'admin@bench.example'`);
    await addLearners(db, course, { from: 1, to: LEARNERS, completionsPerLearner: 6, attemptsPerLearner: 1 });
    const holders = await makeEligible(db, course, { from: 1, to: HOLDERS + 1 });
    await db.end();
    const admin = staffToken('ADMIN');
    const issued = [];
    for (const userId of holders.slice(0, HOLDERS)) issued.push((await graphql(platform, ISSUE, { userId }, admin)).issueCertificate);
    await graphql(platform, 'mutation($id: ID!) { revokeCertificate(certificateId: $id, reason: "Issued in error.") { status } }', { id: issued[0].id }, admin);
    const verifications = await Promise.all(issued.map(({ code }) => graphql(platform, VERIFY, { code })));
    const credentials = [];
    for (const { id, code } of issued) {
      const file = path.join(work, `${code}.json`);
      await writeFile(file, await (await fetch(`${platform.url}/certificates/${id}/credential.json`, { headers: { authorization: `Bearer ${admin}` } })).text());
      credentials.push(file);
    }
    const progress = await progressOf(platform);

    const said = await npmRun('backup', ['--to', path.join(work, 'backups')], platform.dataDir);
    assert.match(said, /^Backed up \d+ rows, \d+ waiting jobs and \d+ files in [\d.]+ s to .*platform-.*\.backup\.gz\n$/);
    await platform.stop();
    const [backup] = await readdir(path.join(work, 'backups'));

    // Straight under the temporary folder: run as root, PostgreSQL runs as its own user, who must reach it.
    const fresh = await mkdtemp(path.join(tmpdir(), 'ptp-restored-'));
    assert.match(await npmRun('restore', [path.join(work, 'backups', backup)], fresh), /^Restored \d+ rows/);
    await assert.rejects(npmRun('restore', [path.join(work, 'backups', backup)], fresh), /already holds a database/);
    platform = await startPlatform({ dataDir: fresh, env: { PUBLIC_URL } });

    assert.deepEqual(await Promise.all(issued.map(({ code }) => graphql(platform, VERIFY, { code }))), verifications);
    assert.deepEqual(verifications.map(({ verifyCertificate }) => verifyCertificate.status), ['REVOKED', 'VALID', 'VALID', 'VALID']);
    for (const [index, file] of credentials.entries()) {
      const check = npmRun('verify-credential', [file, '--jwks', `${platform.url}/.well-known/jwks.json`, '--status', `${platform.url}/credentials/status/1`], fresh);
      if (index === 0) await assert.rejects(check, (error) => error.code === 1 && /^NOT VALID: .*revoked/.test(error.stdout));
      else assert.match(await check, /^VALID/);
    }
    assert.deepEqual(await progressOf(platform), progress);

    const fresher = (await graphql(platform, ISSUE, { userId: holders[HOLDERS] }, admin)).issueCertificate;
    assert.ok(!issued.some(({ code }) => code === fresher.code));
    assert.equal((await graphql(platform, VERIFY, { code: fresher.code })).verifyCertificate.status, 'VALID');
  } finally {
    await platform.stop();
    await rm(work, { recursive: true, force: true });
  }
});
