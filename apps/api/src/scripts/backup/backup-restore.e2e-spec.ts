import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../app';
import { createCourse, eligibleLearner, ISSUE, REVOKE, VERIFY } from '../../certificates/certificate-fixtures';
import { verifyCredential } from '../../certificates/credential-verifier';
import { ContentImportService } from '../../content-import/content-import.service';
import { dataSourceOptions } from '../../database/data-source';
import { createAccount, type TestAccount } from '../../testing/factories';
import { eventually, learnerBeforeFinalExam } from '../../testing/sample-course-learner';
import { createTestApp, fixturesRoot, type TestApp } from '../../testing/test-app';
import { databaseUrlFor } from '../../testing/test-database';
import { backUp } from './backup';
import { restore } from './restore';

const PROGRESS = `{ course(slug: "sample-course") { myProgress { status percent completedLessons totalLessons eligibleForCertificate } } }`;
const ENROLMENTS = `SELECT user_id, course_id, status, percent, completed_lessons, eligible_for_certificate, final_exam_best_score, completed_at FROM enrolment ORDER BY user_id, course_id`;
const ATTEMPTS = `SELECT id, user_id, status, score, passed, submitted_at FROM quiz_attempt ORDER BY id`;
const NUMBERS = `SELECT code, status_list_id, status_index FROM certificate`;

async function graphqlOn(app: NestExpressApplication, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) call.set('authorization', `Bearer ${token}`);
  const { body } = await call.send({ query, variables });
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The messages in a data folder's outbox, by name; none before the first is written. */
function outboxOf(dataDir: string): string[] {
  const outbox = path.join(dataDir, 'outbox');
  return existsSync(outbox) ? readdirSync(outbox).sort() : [];
}

/** Checks a credential file against a platform reached in process: its key set and its status lists. */
function verifyOn(app: NestExpressApplication, credential: string) {
  const get = async (address: string) => (await request(app.getHttpServer()).get(new URL(address, 'http://localhost').pathname)).text;
  return verifyCredential(credential, { id: null, keySet: async () => JSON.parse(await get('/.well-known/jwks.json')), statusList: get });
}

/** Runs `use` on the test server's maintenance database. */
async function onTestServer(use: (admin: Client) => Promise<unknown>): Promise<void> {
  const admin = new Client({ connectionString: databaseUrlFor(process.env.TEST_DATABASE_SERVER_URL!, 'postgres') });
  await admin.connect();
  await use(admin).finally(() => admin.end());
}

/**
 * The restore into an empty database, on the test server; `e2e/backups.test.mjs` runs the same
 * through `npm run backup` and `npm run restore` into a fresh data folder.
 */
describe('backups that restore', () => {
  const emptyDatabase = `platform_restored_${Date.now()}`;
  let api: TestApp;
  let admin: TestAccount;
  let restoredSource: DataSource | undefined;
  let restored: NestExpressApplication | undefined;
  const learners: TestAccount[] = [];
  const certificates: { id: string; code: string; holder: TestAccount; credential: string; status: string }[] = [];

  beforeAll(async () => {
    api = await createTestApp({ dataDir: mkdtempSync(path.join(tmpdir(), 'backup-source-')) });
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    admin = await createAccount(api.dataSource, ['ADMIN']);
    for (const name of ['Ada Lovelace', 'Grace Hopper', 'Mary Somerville']) {
      const taker = await learnerBeforeFinalExam(api, name);
      learners.push(taker.learner);
      if (name !== 'Mary Somerville') await taker.passFinalExam();
    }
    const course = await createCourse(api.dataSource);
    for (let index = 0; index < 3; index++) {
      const holder = await eligibleLearner(api.dataSource, course, `Holder ${index + 1}`);
      const issued = (await api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token)).data!.issueCertificate;
      certificates.push({ id: issued.id, code: issued.code, holder, credential: '', status: 'VALID' });
    }
    await api.graphql(REVOKE, { certificateId: certificates[2].id, reason: 'Issued in error.' }, admin.token);
    certificates[2].status = 'REVOKED';
    for (const certificate of certificates) {
      const download = await request(api.app.getHttpServer()).get(`/certificates/${certificate.id}/credential.json`).set('authorization', `Bearer ${admin.token}`);
      certificate.credential = download.text;
    }
    // The issue messages are written to the outbox by jobs; one job is left waiting for the backup to carry.
    await eventually(async () => outboxOf(api.config.dataDir).length, (count) => count >= 3);
    await api.dataSource.query(`INSERT INTO pgboss.job (name, data, state, start_after) VALUES ('certificate-email', '{"kind":"ISSUED","certificateId":"${certificates[0].id}"}', 'created', now() + interval '1 day')`);
  }, 60_000);
  afterAll(async () => {
    await restored?.close();
    if (restoredSource?.isInitialized) await restoredSource.destroy();
    await onTestServer((server) => server.query(`DROP DATABASE IF EXISTS ${emptyDatabase} WITH (FORCE)`));
    await api.close();
  });

  const restoredUrl = () => databaseUrlFor(process.env.TEST_DATABASE_SERVER_URL!, emptyDatabase);

  it('backs up a platform with learners, attempts and certificates, restores it into an empty database, and the restored platform is the same', async () => {
    const sourceUrl = (api.dataSource.options as { url: string }).url;
    const backup = await backUp({ ...api.config, databaseUrl: sourceUrl }, mkdtempSync(path.join(tmpdir(), 'backups-')));
    expect(path.basename(backup.file)).toMatch(/^platform-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.backup\.gz$/);
    expect(backup).toMatchObject({ jobs: 1, files: outboxOf(api.config.dataDir).length });

    const freshFolder = mkdtempSync(path.join(tmpdir(), 'restored-'));
    await onTestServer((server) => server.query(`CREATE DATABASE ${emptyDatabase}`));
    const counts = await restore({ ...api.config, databaseUrl: restoredUrl(), dataDir: freshFolder }, backup.file);
    expect(counts).toEqual({ rows: backup.rows, jobs: 1, files: backup.files });

    restoredSource = await new DataSource(dataSourceOptions(restoredUrl())).initialize();
    // Before the restored platform starts, whose worker would send the waiting message at once.
    expect(outboxOf(freshFolder)).toEqual(outboxOf(api.config.dataDir));
    expect(await restoredSource.query(`SELECT name, data FROM pgboss.job WHERE state = 'created' AND name = 'certificate-email'`)).toEqual([
      { name: 'certificate-email', data: { kind: 'ISSUED', certificateId: certificates[0].id } },
    ]);
    restored = await createApp({ ...api.config, dataDir: freshFolder }, restoredSource);

    for (const table of [ENROLMENTS, ATTEMPTS, NUMBERS]) {
      expect(await restoredSource.query(table)).toEqual(await api.dataSource.query(table));
    }
    for (const learner of learners) {
      const before = await graphqlOn(api.app, PROGRESS, {}, learner.token);
      expect(await graphqlOn(restored, PROGRESS, {}, learner.token)).toEqual(before);
    }
    for (const certificate of certificates) {
      const verification = (await graphqlOn(restored, VERIFY, { code: certificate.code })).verifyCertificate;
      expect(verification).toMatchObject({ status: certificate.status, code: certificate.code, holderName: certificate.holder.name });
      const verdict = await verifyOn(restored, certificate.credential);
      expect(verdict.valid).toBe(certificate.status === 'VALID');
      if (!verdict.valid) expect(verdict).toMatchObject({ checked: true, reason: expect.stringMatching(/revoked/) });
    }
  });

  it('gives a certificate issued after the restore a new code and a new place in the status list', async () => {
    const oldNumbers = await restoredSource!.query(NUMBERS);
    const course = await createCourse(restoredSource!);
    const holder = await eligibleLearner(restoredSource!, course, 'After Restore');
    const issued = (await graphqlOn(restored!, ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token)).issueCertificate;
    const [fresh] = await restoredSource!.query(`${NUMBERS} WHERE id = $1`, [issued.id]);
    expect(oldNumbers.map((old: { code: string }) => old.code)).not.toContain(fresh.code);
    expect(oldNumbers.map((old: { status_list_id: number; status_index: number }) => `${old.status_list_id}/${old.status_index}`)).not.toContain(
      `${fresh.status_list_id}/${fresh.status_index}`,
    );
    expect((await graphqlOn(restored!, VERIFY, { code: issued.code })).verifyCertificate.status).toBe('VALID');
  });

  it('refuses to restore into a database that already has tables', async () => {
    const backup = await backUp({ ...api.config, databaseUrl: (api.dataSource.options as { url: string }).url }, mkdtempSync(path.join(tmpdir(), 'backups-')));
    await expect(restore({ ...api.config, databaseUrl: restoredUrl() }, backup.file)).rejects.toThrow(/already has tables: restore into an empty database/);
  });
});
