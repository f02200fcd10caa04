// Two API processes against one PostgreSQL, as replicas behind a load balancer would run: the
// first runs the embedded database, the others join it through DATABASE_URL.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../scripts/database-url.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { startPlatform } from './support/server.mjs';
import { turnOnTwoFactorByApi } from './support/two-factor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const courseSlug = 'botox-chronic-migraine';
const admin = { email: 'admin@example.com', password: 'replica-test admin passphrase' };

async function graphql(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const SIGN_IN = 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

async function signIn(url, email, password) {
  const { data, errors } = await graphql(url, SIGN_IN, { email, password });
  assert.equal(errors, undefined);
  return data.signIn.token;
}

const me = async (url, token) => (await graphql(url, '{ me { email } }', {}, token)).data.me;

/** Learners who completed the course and accepted its attestation, made directly in the database. */
async function eligibleLearners(db, label, count) {
  const { rows } = await db.query(
    `WITH learners AS (
       INSERT INTO app_user (email, name, password_hash, roles)
       SELECT $1 || '-' || g || '@example.test', 'Learner ' || $1 || ' ' || g, 'no-password', ARRAY['LEARNER'] FROM generate_series(1, $2) g
       RETURNING id),
     enrolled AS (
       INSERT INTO enrolment (user_id, course_id, summary_version_id, percent, status, eligible_for_certificate, completed_at)
       SELECT learners.id, c.id, c.published_version_id, 100, 'COMPLETE', true, now() FROM learners, course c WHERE c.slug = $3
       RETURNING user_id, course_id, summary_version_id)
     INSERT INTO certificate_attestation (user_id, course_id, course_version_id, statement)
     SELECT user_id, course_id, summary_version_id, 'I completed this activity myself.' FROM enrolled
     RETURNING user_id AS id`,
    [label, count, courseSlug],
  );
  return rows.map((row) => row.id);
}

async function outboxMessages(dataDir) {
  return (await readdir(path.join(dataDir, 'outbox')).catch(() => [])).filter((file) => file.endsWith('.eml'));
}

/** Messages written by either process, each to the outbox under its own DATA_DIR. */
async function messagesOfBoth(first, second) {
  return (await outboxMessages(first.dataDir)).length + (await outboxMessages(second.dataDir)).length;
}

async function waitFor(check, withinMs, what) {
  const giveUpAt = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > giveUpAt) throw new Error(`${what} did not happen within ${withinMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('two API processes on one PostgreSQL', () => {
  let first;
  let second;
  let db;
  let databaseUrl;
  let adminToken;
  let sessionToken;

  before(async () => {
    first = await startPlatform({ env: { ADMIN_PASSWORD: admin.password } });
    databaseUrl = await embeddedDatabaseUrl(first.dataDir);
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    // A session begun before two-factor is on, for the sessions test; admins use their role only with it on.
    sessionToken = await signIn(first.url, admin.email, admin.password);
    adminToken = (await turnOnTwoFactorByApi(first, admin)).token;
    second = await startPlatform({ env: { DATABASE_URL: databaseUrl, ADMIN_PASSWORD: admin.password } });
    // The job queue's tables are made by the first job any process queues; a process started
    // before that must still find them and work the queue.
    const [userId] = await eligibleLearners(db, 'first', 1);
    const issue = `mutation ($userId: ID!) { issueCertificate(userId: $userId, courseSlug: "${courseSlug}") { id } }`;
    const issued = await graphql(first.url, issue, { userId }, adminToken);
    assert.equal(issued.errors, undefined);
    await waitFor(async () => (await messagesOfBoth(first, second)) === 1, 30_000, 'Sending the first certificate email');
  });

  after(async () => {
    await second?.stop();
    await db?.end();
    await first?.stop();
  });

  test('a process started before the first job ever queued works the queue once another made it', async () => {
    const workerOf = async (platform) =>
      (
        await db.query(`SELECT count(*)::int AS connections FROM pg_stat_activity WHERE application_name = $1`, [
          `platform-jobs ${hostname()} ${platform.server.pid}`.slice(0, 63),
        ])
      ).rows[0].connections > 0;
    await waitFor(() => workerOf(second), 15_000, 'The second process connecting its job worker');
    assert.ok(await workerOf(first));
  });

  test('a session begun on one process works on the other, and ends on both when signed out on either', async () => {
    const token = sessionToken;
    assert.deepEqual(await me(second.url, token), { email: admin.email });
    const signedOut = await graphql(second.url, 'mutation { signOut }', {}, token);
    assert.equal(signedOut.errors, undefined);
    assert.equal(await me(first.url, token), null);
  });

  test('failed sign-ins count towards one limit whichever process they reach', async () => {
    const account = { email: 'replica-learner@example.test', password: 'a long enough passphrase' };
    await signUpConfirmed(first, { ...account, name: 'Replica Learner' });
    const codes = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      const url = attempt % 2 === 0 ? first.url : second.url;
      const { errors } = await graphql(url, SIGN_IN, { email: account.email, password: 'not the password' });
      codes.push(errors[0].extensions.code);
    }
    // Ten failures are allowed per account, five reached each process: the eleventh is refused.
    assert.deepEqual(codes, [...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });

  test('a bulk issue queued on one process is followed on the other and runs exactly once', async () => {
    const learners = await eligibleLearners(db, 'bulk', 40);
    const outboxBefore = await messagesOfBoth(first, second);
    const issue = `mutation ($userIds: [ID!]!) { issueCertificates(userIds: $userIds, courseSlug: "${courseSlug}") { id total } }`;
    const requested = await graphql(second.url, issue, { userIds: learners }, adminToken);
    assert.equal(requested.errors, undefined);
    const { id, total } = requested.data.issueCertificates;
    assert.equal(total, learners.length);
    const progress = 'query ($id: ID!) { certificateBatch(id: $id) { status issued skipped failed } }';
    const batch = await waitFor(
      async () => {
        const { data } = await graphql(first.url, progress, { id }, adminToken);
        return data.certificateBatch.status === 'COMPLETE' && data.certificateBatch;
      },
      60_000,
      'The bulk issue',
    );
    assert.deepEqual(batch, { status: 'COMPLETE', issued: learners.length, skipped: 0, failed: 0 });

    const { rows: [issued] } = await db.query(
      `SELECT count(*)::int AS certificates, count(DISTINCT user_id)::int AS holders,
              (SELECT count(*)::int FROM learning_event WHERE verb = 'ISSUED' AND actor_id = ANY($1::uuid[])) AS events
         FROM certificate WHERE user_id = ANY($1::uuid[])`,
      [learners],
    );
    assert.deepEqual(issued, { certificates: learners.length, holders: learners.length, events: learners.length });
    const { rows: jobs } = await db.query(`SELECT state FROM pgboss.job WHERE name = 'certificate-batch' AND data->>'batchId' = $1`, [
      id,
    ]);
    assert.deepEqual(jobs, [{ state: 'completed' }]);
    // Each email job writes its message to the outbox of the process that ran it: one each, between the two.
    const messages = await waitFor(
      async () => {
        const count = (await messagesOfBoth(first, second)) - outboxBefore;
        return count >= learners.length && count;
      },
      30_000,
      'Sending the certificate emails',
    );
    assert.equal(messages, learners.length);
  });

  test('a course version published by a third process is what both serve next, whatever they had read before', async () => {
    const page = `{ course(slug: "${courseSlug}") { version modules { lessons { slug title } } } }`;
    const served = (await graphql(first.url, page)).data.course;
    assert.equal((await graphql(second.url, page)).data.course.version, served.version);

    const contentDir = await mkdtemp(path.join(tmpdir(), 'ptp-replica-content-'));
    await cp(path.join(root, 'content'), contentDir, { recursive: true });
    const moduleFile = path.join(contentDir, 'courses', courseSlug, 'modules', '01-mechanism.md');
    const markdown = await readFile(moduleFile, 'utf8');
    const retitled = markdown.replace('## What botulinum toxin is and what it does {#what-it-is}', '## What botulinum toxin is {#what-it-is}');
    await writeFile(moduleFile, retitled);
    const env = { DATABASE_URL: databaseUrl, CONTENT_DIR: contentDir, ADMIN_PASSWORD: admin.password };
    const third = await startPlatform({ env });
    await third.stop();
    await rm(contentDir, { recursive: true, force: true });

    for (const url of [first.url, second.url]) {
      const published = (await graphql(url, page)).data.course;
      assert.equal(published.version, served.version + 1);
      assert.equal(published.modules[0].lessons[0].title, 'What botulinum toxin is');
    }
  });
});
