import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../app';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { newCertificateCode } from '../certificates/certificate-code';
import { ConfigError, readConfig } from '../config/app-config';
import { databaseUrlFor } from '../testing/test-database';
import { dataSourceOptions, migrate, migrations } from './data-source';

/**
 * The migrations of the first release (27 November 2026), unchanged since: a database it left
 * must reach today's schema with its data whole. Pinned here so that a reordered or renamed one
 * is noticed.
 */
const FIRST_RELEASE = [
  'CatalogAndQuizzes1764200000000',
  'AccountsAndAudit1764210000000',
  'Certificates1764240000000',
  'QuizAttempts1764300000000',
  'ProgressAndActivity1764310000000',
];

const serverUrl = () => process.env.TEST_DATABASE_SERVER_URL!;

async function withAdmin<T>(use: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: databaseUrlFor(serverUrl(), 'postgres') });
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}

/** A database the first release migrated and used: accounts, a course, an attempt, progress and a certificate. */
async function firstReleaseDatabase(url: string) {
  const firstRelease = await new DataSource({ ...dataSourceOptions(url), migrations: migrations.slice(0, FIRST_RELEASE.length) }).initialize();
  await firstRelease.runMigrations();
  const token = newSessionToken();
  const code = newCertificateCode();
  const attemptId = randomUUID();
  const q = (sql: string, values: unknown[] = []) => firstRelease.query(sql, values);
  const [{ id: learnerId }] = await q(
    `INSERT INTO app_user (email, name, password_hash, roles) VALUES ('early@example.test', 'Ada Early', 'scrypt$hash', ARRAY['LEARNER']) RETURNING id`,
  );
  const [{ id: adminId }] = await q(`INSERT INTO app_user (email, name, password_hash, roles) VALUES ('admin@example.test', 'Administrator', 'scrypt$hash', ARRAY['ADMIN']) RETURNING id`);
  await q(`INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '14 days')`, [learnerId, hashSessionToken(token)]);
  await q(`INSERT INTO audit_log (actor_id, action, subject_user_id, details) VALUES ($1, 'ROLES_CHANGED', $2, '{"roles":["LEARNER"]}')`, [adminId, learnerId]);
  const [{ id: courseId }] = await q(`INSERT INTO course (slug) VALUES ('migraine-basics') RETURNING id`);
  const [{ id: versionId }] = await q(
    `INSERT INTO course_version (course_id, version, content_hash, title, summary, credit_hours, source_title, completion_rules, certificate_policy)
     VALUES ($1, 1, 'first', 'Migraine basics', 'What chronic migraine is.', 2.0, 'The article', '{"requireModuleQuizzes":true,"requireFinalExam":false}',
             '{"issue":"AUTOMATIC","validityMonths":24,"attestation":"I did this myself."}') RETURNING id`,
    [courseId],
  );
  await q(`UPDATE course SET published_version_id = $2 WHERE id = $1`, [courseId, versionId]);
  const [{ id: passageId }] = await q(
    `INSERT INTO source_passage (course_version_id, anchor, section, text, position) VALUES ($1, 'intro-1', 'Introduction', 'Chronic migraine is...', 1) RETURNING id`,
    [versionId],
  );
  const [{ id: quizId }] = await q(`INSERT INTO quiz (course_id, slug) VALUES ($1, 'basics-quiz') RETURNING id`, [courseId]);
  const [{ id: quizVersionId }] = await q(
    `INSERT INTO quiz_version (quiz_id, version, status, title, passing_score, shuffle_questions, shuffle_options, feedback, scoring, content_hash, published_at)
     VALUES ($1, 1, 'PUBLISHED', 'Basics quiz', 50, false, false, 'AFTER_SUBMIT', 'ALL_OR_NOTHING', 'first', now()) RETURNING id`,
    [quizId],
  );
  await q(`UPDATE quiz SET published_version_id = $2 WHERE id = $1`, [quizId, quizVersionId]);
  const [{ id: questionId }] = await q(
    `INSERT INTO question (quiz_version_id, key, position, type, prompt, explanation, passage_anchor, options)
     VALUES ($1, 'days', 1, 'SINGLE_CHOICE', 'How many headache days a month make it chronic?', 'Fifteen or more.', 'intro-1',
             '[{"id":"a","text":"15 or more","correct":true},{"id":"b","text":"5","correct":false}]') RETURNING id`,
    [quizVersionId],
  );
  const [{ id: moduleId }] = await q(
    `INSERT INTO course_module (course_version_id, slug, title, position, quiz_id) VALUES ($1, 'basics', 'Basics', 1, $2) RETURNING id`,
    [versionId, quizId],
  );
  const [{ id: lessonId }] = await q(
    `INSERT INTO lesson (course_version_id, module_id, slug, title, position, markdown, html)
     VALUES ($1, $2, 'what-it-is', 'What it is', 1, 'Chronic migraine [§intro-1].', '<p>Chronic migraine.</p>') RETURNING id`,
    [versionId, moduleId],
  );
  await q(`INSERT INTO lesson_passage (lesson_id, passage_id, position) VALUES ($1, $2, 1)`, [lessonId, passageId]);
  await q(
    `INSERT INTO quiz_attempt (id, quiz_id, quiz_version_id, user_id, attempt_number, status, questions, submitted_at, score, passed)
     VALUES ($1, $2, $3, $4, 1, 'SUBMITTED', $5, now(), 100, true)`,
    [attemptId, quizId, quizVersionId, learnerId, JSON.stringify([{ questionId, optionIds: ['a', 'b'] }])],
  );
  await q(`INSERT INTO attempt_answer (attempt_id, question_id, option_ids, credit) VALUES ($1, $2, ARRAY['a'], 1)`, [attemptId, questionId]);
  await q(
    `INSERT INTO enrolment (user_id, course_id, summary_version_id, completed_lessons, percent, status, eligible_for_certificate, completed_at, last_lesson_slug)
     VALUES ($1, $2, $3, 1, 100, 'COMPLETE', true, now(), 'what-it-is')`,
    [learnerId, courseId, versionId],
  );
  await q(`INSERT INTO lesson_completion (user_id, course_id, lesson_slug, lesson_id, time_spent_seconds) VALUES ($1, $2, 'what-it-is', $3, 300)`, [learnerId, courseId, lessonId]);
  await q(`INSERT INTO learning_event (actor_id, verb, object_type, object_id, object_name, course_id, occurred_at) VALUES ($1, 'ENROLLED', 'COURSE', $2, 'Migraine basics', $2, now())`, [learnerId, courseId]);
  await q(`INSERT INTO certificate_attestation (user_id, course_id, course_version_id, statement) VALUES ($1, $2, $3, 'I did this myself.')`, [learnerId, courseId, versionId]);
  await q(
    `INSERT INTO certificate (code, user_id, course_id, course_version_id, holder_name, course_title, credit_hours, status_list_id, status_index, expires_at, issued_by)
     VALUES ($1, $2, $3, $4, 'Ada Early', 'Migraine basics', 2.0, 1, 4242, now() + interval '2 years', $5)`,
    [code, learnerId, courseId, versionId, adminId],
  );
  await firstRelease.destroy();
  return { token, code, attemptId, learnerId };
}

describe('upgrades', () => {
  const name = `platform_upgrade_${randomBytes(5).toString('hex')}`;
  const url = () => databaseUrlFor(serverUrl(), name);
  let dataSource: DataSource;
  let app: NestExpressApplication | undefined;

  beforeAll(() => withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`)));
  afterAll(async () => {
    await app?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });

  it('ships the first release migrations first, in their order', () => {
    expect(migrations.slice(0, FIRST_RELEASE.length).map((migration) => new migration().name)).toEqual(FIRST_RELEASE);
  });

  it("migrates the first release's database, with its data, to today's schema, and serves it", async () => {
    const early = await firstReleaseDatabase(url());
    dataSource = await new DataSource(dataSourceOptions(url())).initialize();
    await migrate(dataSource);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM migrations`);
    expect(count).toBe(migrations.length);

    app = await createApp({ ...readConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), dataDir: mkdtempSync(path.join(tmpdir(), 'upgrade-')) }, dataSource);
    const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const call = request(app!.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const { body } = await call.send({ query, variables });
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    expect((await graphql('{ me { id name email } }', {}, early.token)).me).toEqual({ id: early.learnerId, name: 'Ada Early', email: 'early@example.test' });
    const verification = (await graphql('query($code: String!) { verifyCertificate(code: $code) { status holderName courseTitle creditHours } }', { code: early.code })).verifyCertificate;
    expect(verification).toEqual({ status: 'VALID', holderName: 'Ada Early', courseTitle: 'Migraine basics', creditHours: 2 });
    expect((await graphql('{ myCertificates { code status } }', {}, early.token)).myCertificates).toEqual([{ code: early.code, status: 'VALID' }]);
    const progress = (await graphql('{ course(slug: "migraine-basics") { myProgress { percent completedLessons totalLessons } } }', {}, early.token)).course.myProgress;
    expect(progress).toEqual({ percent: 100, completedLessons: 1, totalLessons: 1 });
    expect((await graphql('query($id: ID!) { attempt(id: $id) { status score passed } }', { id: early.attemptId }, early.token)).attempt).toEqual({
      status: 'SUBMITTED',
      score: 100,
      passed: true,
    });
    expect((await request(app.getHttpServer()).get('/.well-known/jwks.json')).status).toBe(200);
  });

  it('refuses a database that a newer version migrated, naming what it does not know, and changes nothing', async () => {
    await dataSource.query(`INSERT INTO migrations (timestamp, name) VALUES (1799999999999, 'FromTheFuture1799999999999')`);
    const tablesBefore = await dataSource.query(`SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public'`);
    await expect(migrate(dataSource)).rejects.toThrow(ConfigError);
    await expect(migrate(dataSource)).rejects.toThrow(/migrated by a newer version of the platform \(FromTheFuture1799999999999\)/);
    expect(await dataSource.query(`SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public'`)).toEqual(tablesBefore);
  });
});
