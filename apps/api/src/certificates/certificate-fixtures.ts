import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CertificatePolicy } from '@ptp/content';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';

/**
 * Test data for certificate tests, written straight to the database: a published course with
 * the policy a test needs, and learners at each step towards a certificate.
 */
/** The application with a data folder of its own, so the outbox of a test never lands in the developer's. */
export function certificateTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  return createTestApp({ dataDir: mkdtempSync(path.join(tmpdir(), 'certificates-')), ...overrides });
}

export interface TestCourse {
  id: string;
  slug: string;
  title: string;
  versionId: string;
}

export async function createCourse(dataSource: DataSource, policy: Partial<CertificatePolicy> = {}): Promise<TestCourse> {
  const slug = `course-${randomBytes(4).toString('hex')}`;
  const title = `Hand hygiene ${slug.slice(-4)}`;
  const certificatePolicy: CertificatePolicy = { issue: 'APPROVAL', validityMonths: 12, attestation: 'I completed this activity myself.', ...policy };
  const [{ id }] = await dataSource.query(`INSERT INTO course (slug) VALUES ($1) RETURNING id`, [slug]);
  const [{ id: versionId }] = await dataSource.query(
    `INSERT INTO course_version (course_id, version, content_hash, title, summary, credit_hours, source_title, completion_rules, certificate_policy)
     VALUES ($1, 1, 'test', $2, 'Clean hands save lives.', 1.5, 'WHO guidelines', $3, $4) RETURNING id`,
    [id, title, { requireModuleQuizzes: false, requireFinalExam: false }, certificatePolicy],
  );
  await dataSource.query(`UPDATE course SET published_version_id = $2 WHERE id = $1`, [id, versionId]);
  return { id, slug, title, versionId };
}

/** A reviewer's sign-off of a course version, as the Reviews page records it; answers its id. */
export async function signOff(dataSource: DataSource, versionId: string): Promise<string> {
  const reviewer = await createAccount(dataSource, ['REVIEWER'], 'Dr Rita Reviewer');
  const [{ id }] = await dataSource.query(
    `INSERT INTO course_review (course_version_id, content_hash, reviewer_id, note, terminates_at)
     SELECT id, content_hash, $2, 'Checked against the current guideline.', now() + interval '3 years' FROM course_version WHERE id = $1
     RETURNING id`,
    [versionId, reviewer.id],
  );
  return id;
}

/** The published version of a course, by slug. */
export async function publishedVersionOf(dataSource: DataSource, slug: string): Promise<string> {
  const [{ id }] = await dataSource.query(`SELECT published_version_id AS id FROM course WHERE slug = $1`, [slug]);
  return id;
}

/** An enrolment at 100 %, as progress leaves it when the last requirement is met. */
export async function completeCourse(dataSource: DataSource, learnerId: string, course: TestCourse): Promise<void> {
  await dataSource.query(
    `INSERT INTO enrolment (user_id, course_id, summary_version_id, status, percent, completed_at)
     VALUES ($1, $2, $3, 'COMPLETE', 100, now())`,
    [learnerId, course.id, course.versionId],
  );
}

export async function acceptAttestation(dataSource: DataSource, learnerId: string, course: TestCourse): Promise<void> {
  await dataSource.query(
    `INSERT INTO certificate_attestation (user_id, course_id, course_version_id, statement) VALUES ($1, $2, $3, 'I completed this activity myself.')`,
    [learnerId, course.id, course.versionId],
  );
}

/** A learner who has completed the course and accepted its attestation. */
export async function eligibleLearner(dataSource: DataSource, course: TestCourse, name?: string): Promise<TestAccount> {
  const learner = await createAccount(dataSource, ['LEARNER'], name);
  await completeCourse(dataSource, learner.id, course);
  await acceptAttestation(dataSource, learner.id, course);
  return learner;
}

/** Many eligible learners in three statements, for bulk issues; returns their ids. */
export async function eligibleLearners(dataSource: DataSource, course: TestCourse, count: number): Promise<string[]> {
  const tag = randomBytes(4).toString('hex');
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO app_user (email, name, password_hash, roles)
     SELECT 'bulk-' || $1 || '-' || n || '@example.test', 'Bulk learner ' || n, 'no-password', ARRAY['LEARNER']
       FROM generate_series(1, $2) AS n
     RETURNING id`,
    [tag, count],
  );
  const ids = rows.map((row) => row.id);
  await dataSource.query(
    `INSERT INTO enrolment (user_id, course_id, summary_version_id, status, percent, completed_at)
     SELECT unnest($1::uuid[]), $2, $3, 'COMPLETE', 100, now()`,
    [ids, course.id, course.versionId],
  );
  await dataSource.query(
    `INSERT INTO certificate_attestation (user_id, course_id, course_version_id, statement)
     SELECT unnest($1::uuid[]), $2, $3, 'I completed this activity myself.'`,
    [ids, course.id, course.versionId],
  );
  return ids;
}

/** Moves a certificate into the past: issued two years ago, expired yesterday. */
export async function expire(dataSource: DataSource, certificateId: string): Promise<void> {
  await dataSource.query(
    `UPDATE certificate SET issued_at = now() - interval '2 years', expires_at = now() - interval '1 day' WHERE id = $1`,
    [certificateId],
  );
}

export const ISSUE = `mutation Issue($userId: ID!, $courseSlug: String!, $overrideReason: String) {
  issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason) {
    id code holderName courseSlug courseTitle creditHours issuedAt expiresAt status revokedAt revocationReason pdfUrl credentialUrl verifyUrl
  }
}`;

export const REVOKE = `mutation Revoke($certificateId: ID!, $reason: String!) {
  revokeCertificate(certificateId: $certificateId, reason: $reason) { id status revokedAt revocationReason }
}`;

export const VERIFY = `query Verify($code: String!) {
  verifyCertificate(code: $code) { status code holderName courseTitle creditHours issuedAt expiresAt revokedAt issuerName }
}`;

/** Issues a certificate of the course to a new eligible learner, as the admin. */
export async function issueToNewLearner(api: TestApp, admin: TestAccount, course: TestCourse, name: string) {
  const learner = await eligibleLearner(api.dataSource, course, name);
  const { data } = await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug }, admin.token);
  return { learner, certificate: data!.issueCertificate };
}
