/**
 * Who may receive a certificate for a course. The rule: the course is complete, the learner has
 * accepted the course's attestation ("I completed this activity myself"), and they hold no valid
 * certificate for it. An expired certificate no longer counts, which is what lets a practitioner
 * recertify; a revoked one does not count either, so a corrected certificate can be issued.
 * `eligibleLearners` applies the same rule in SQL to page through a course; its test keeps the two in step.
 */

export type CertificateStatus = 'VALID' | 'REVOKED' | 'EXPIRED';

export interface CertificateDates {
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export function certificateStatus(certificate: CertificateDates, now: Date): CertificateStatus {
  if (certificate.revokedAt) return 'REVOKED';
  if (certificate.expiresAt && certificate.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'VALID';
}

export type IneligibleReason = 'COURSE_NOT_COMPLETE' | 'ATTESTATION_NOT_ACCEPTED' | 'ALREADY_CERTIFIED';

export interface EligibilityFacts {
  courseComplete: boolean;
  attestationAcceptedAt: Date | null;
  /** The learner's certificates for this course, whatever their status. */
  certificates: CertificateDates[];
}

export interface Eligibility {
  eligible: boolean;
  reasons: IneligibleReason[];
}

export function eligibilityOf(facts: EligibilityFacts, now: Date): Eligibility {
  const reasons: IneligibleReason[] = [];
  if (!facts.courseComplete) reasons.push('COURSE_NOT_COMPLETE');
  if (!facts.attestationAcceptedAt) reasons.push('ATTESTATION_NOT_ACCEPTED');
  if (facts.certificates.some((certificate) => certificateStatus(certificate, now) === 'VALID')) reasons.push('ALREADY_CERTIFIED');
  return { eligible: reasons.length === 0, reasons };
}

const REASON_TEXT: Record<IneligibleReason, string> = {
  COURSE_NOT_COMPLETE: 'has not completed the course',
  ATTESTATION_NOT_ACCEPTED: 'has not accepted the attestation',
  ALREADY_CERTIFIED: 'already holds a valid certificate for it',
};

export function describeIneligibility(reasons: IneligibleReason[]): string {
  return reasons.map((reason) => REASON_TEXT[reason]).join(' and ');
}
