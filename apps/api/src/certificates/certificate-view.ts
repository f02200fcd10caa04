import { printableName } from '../users/display-name';
import type { CertificateRecord } from './certificate-records';
import { CertificateStatusName, type Certificate } from './certificates.types';
import { certificateStatus } from './eligibility';

export function statusOf(record: CertificateRecord): CertificateStatusName {
  return CertificateStatusName[certificateStatus(record, record.now)];
}

export function certificateView(record: CertificateRecord, publicUrl: string): Certificate {
  const { id, code, holderName, courseSlug, courseTitle, creditHours, issuedAt, expiresAt, revokedAt, revocationReason } = record;
  const { courseVersion, courseReviewedAt, quizVersions, currentCourseVersion } = record;
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
    courseVersion,
    courseReviewedAt,
    quizVersions,
    currentCourseVersion,
    credits: record.accreditation?.credits ?? [],
    accreditationStatement: record.accreditation?.statement ?? null,
  };
}

export function verifyUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/verify/${code}`;
}
