import type { DataSource } from 'typeorm';
import { createCourse } from '../certificates/certificate-fixtures';
import { newCertificateCode } from '../certificates/certificate-code';
import { createAccount, type TestAccount } from '../testing/factories';

/**
 * Credit claimed on a certificate, written straight to the database as the claim will leave it:
 * a course whose version names its provider, an admin-issued certificate, the learner's
 * evaluation of that version, then the claim.
 */
export interface ClaimToWrite {
  creditType?: string;
  amount?: number;
  /** ISO timestamp; now when left out. */
  claimedAt?: string;
  /** Null: a version that states no accreditation. */
  provider?: string | null;
  /** A new random one when left out. */
  code?: string;
}

export interface WrittenClaim {
  certificateId: string;
  code: string;
  courseTitle: string;
}

export async function writeClaimedCredit(dataSource: DataSource, learner: TestAccount, claim: ClaimToWrite = {}): Promise<WrittenClaim> {
  const { creditType = 'AMA_PRA_CATEGORY_1', amount = 1.5, claimedAt = new Date().toISOString(), provider = 'Society of Headache Medicine', code = newCertificateCode() } = claim;
  const course = await createCourse(dataSource);
  if (provider !== null) {
    await dataSource.query(`UPDATE course_version SET accreditation = jsonb_build_object('provider', $2::text) WHERE id = $1`, [course.versionId, provider]);
  }
  const admin = await createAccount(dataSource, ['ADMIN']);
  const [{ id }] = await dataSource.query(
    `INSERT INTO certificate (code, user_id, course_id, course_version_id, holder_name, course_title, credit_hours, status_list_id, status_index, issued_by, issued_at)
     SELECT $1, $2, $3, $4, 'Test learner', $5, 2, 1, coalesce(max(status_index), 0) + 1, $6, $7::timestamptz - interval '1 day'
       FROM certificate WHERE status_list_id = 1
     RETURNING id`,
    [code, learner.id, course.id, course.versionId, course.title, admin.id, claimedAt],
  );
  await dataSource.query(`INSERT INTO course_evaluation (user_id, course_id, course_version_id) VALUES ($1, $2, $3)`, [learner.id, course.id, course.versionId]);
  await dataSource.query(
    `INSERT INTO credit_claim (certificate_id, user_id, course_id, course_version_id, credit_type, amount, measured_minutes, attested, profession, claimed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, true, 'PHYSICIAN', $8)`,
    [id, learner.id, course.id, course.versionId, creditType, amount, Math.round(amount * 60), claimedAt],
  );
  return { certificateId: id, code, courseTitle: course.title };
}

export async function revokeCertificate(dataSource: DataSource, certificateId: string): Promise<void> {
  await dataSource.query(`UPDATE certificate SET revoked_at = now(), revocation_reason = 'Issued in error.' WHERE id = $1`, [certificateId]);
}
