import { printableName } from '../users/display-name';
import type { Accreditation } from '../catalog/accreditation.types';
import type { CertificateRecord } from './certificate-records';
import type { ClaimColumns } from './credit-claim.records';
import type { CreditClaim } from './credit-claims.types';
import { CertificateStatusName, type Certificate } from './certificates.types';
import { certificateStatus } from './eligibility';

export function statusOf(record: CertificateRecord): CertificateStatusName {
  return CertificateStatusName[certificateStatus(record, record.now)];
}

export function certificateView(record: CertificateRecord, { publicUrl, issuerName }: { publicUrl: string; issuerName: string }): Certificate {
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
    openBadgeUrl: `${publicUrl}/certificates/${id}/open-badge.json`,
    issuerName,
    verifyUrl: verifyUrl(publicUrl, code),
    courseVersion,
    courseReviewedAt,
    quizVersions,
    currentCourseVersion,
    credits: record.accreditation?.credits ?? [],
    accreditationStatement: record.accreditation?.statement ?? null,
    creditClaim: creditClaimOf(record),
  };
}

/** The claim on a certificate, with the designation of its credit type on the version earned on. */
export function creditClaimOf(row: ClaimColumns & { accreditation: Accreditation | null }): CreditClaim | null {
  const { claimedCreditType: creditType, claimedAmount: amount, claimedAt, claimMeasuredMinutes: measuredMinutes, claimAttested: attested } = row;
  if (creditType === null || amount === null || claimedAt === null || measuredMinutes === null || attested === null) return null;
  const designation = row.accreditation?.credits.find((offer) => offer.type === creditType)?.designation ?? '';
  return { creditType, amount, designation, claimedAt, measuredMinutes, attested };
}

export function verifyUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/verify/${code}`;
}
