import type { DataSource, EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { printableName } from '../users/display-name';
import { certificateStatus } from './eligibility';
import { CertificateStatusName, type Certificate } from './certificates.types';

/** A certificate row with what its views need; `now` is the database's clock, the one expiry is judged by. */
export interface CertificateRecord {
  id: string;
  code: string;
  userId: string;
  courseId: string;
  courseSlug: string;
  courseSummary: string;
  holderName: string;
  courseTitle: string;
  creditHours: number;
  issuedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revocationReason: string | null;
  statusListId: number;
  statusIndex: number;
  cursorTime: string;
  now: Date;
}

export const CERTIFICATE_RECORDS = `
  SELECT c.id, c.code, c.user_id AS "userId", c.course_id AS "courseId", co.slug AS "courseSlug", v.summary AS "courseSummary",
         c.holder_name AS "holderName", c.course_title AS "courseTitle", c.credit_hours::float8 AS "creditHours",
         c.issued_at AS "issuedAt", c.expires_at AS "expiresAt", c.revoked_at AS "revokedAt",
         c.revocation_reason AS "revocationReason", c.status_list_id AS "statusListId", c.status_index AS "statusIndex",
         c.issued_at::text AS "cursorTime", now() AS now
    FROM certificate c
    JOIN course co ON co.id = c.course_id
    JOIN course_version v ON v.id = c.course_version_id`;

type Query = Pick<DataSource | EntityManager, 'query'>;

export async function findCertificate(db: Query, id: string): Promise<CertificateRecord | null> {
  if (!isUuid(id)) return null;
  const [record] = await db.query(`${CERTIFICATE_RECORDS} WHERE c.id = $1`, [id]);
  return record ?? null;
}

export function statusOf(record: CertificateRecord): CertificateStatusName {
  return CertificateStatusName[certificateStatus(record, record.now)];
}

export function certificateView(record: CertificateRecord, publicUrl: string): Certificate {
  const { id, code, holderName, courseSlug, courseTitle, creditHours, issuedAt, expiresAt, revokedAt, revocationReason } = record;
  return {
    id,
    code,
    holderName: printableName(holderName),
    courseSlug,
    courseTitle,
    creditHours,
    issuedAt,
    expiresAt,
    status: statusOf(record),
    revokedAt,
    revocationReason,
    pdfUrl: `${publicUrl}/certificates/${id}/certificate.pdf`,
    credentialUrl: `${publicUrl}/certificates/${id}/credential.json`,
    verifyUrl: verifyUrl(publicUrl, code),
  };
}

export function verifyUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/verify/${code}`;
}

/** The id of a published course, or NOT_FOUND in words an admin can act on. */
export async function publishedCourseId(db: Query, slug: string): Promise<string> {
  const [course] = await db.query(`SELECT id FROM course WHERE slug = $1 AND published_version_id IS NOT NULL`, [slug]);
  if (!course) throw new PlatformError('NOT_FOUND', `No published course has the slug "${slug}".`);
  return course.id;
}

/** "27 November 2026": in UTC, so everyone who reads one certificate sees the same day. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function dayOf(date: Date): string {
  return DAY.format(date);
}
