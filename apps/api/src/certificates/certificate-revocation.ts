import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { PlatformError } from '../common/errors';
import { recordLearningEvent } from '../progress/learning-events.records';
import { revokeCertificate } from './certificate-records';

export interface CertificateToRevoke {
  id: string;
  userId: string;
  code: string;
  courseId: string;
  courseSlug: string;
  courseTitle: string;
}

/**
 * Revokes a certificate in the caller's transaction, with the audit entry and the learner's
 * learning event every revocation leaves, wherever an admin revoked it from. `context` adds to
 * the audit entry's details (the regrade that prompted it, say).
 */
export async function revokeWithin(
  manager: EntityManager,
  audit: AuditService,
  revocation: { adminId: string; certificate: CertificateToRevoke; reason: string; alreadyRevoked: string; context?: Record<string, unknown> },
): Promise<void> {
  const { adminId, certificate, reason } = revocation;
  if (!(await revokeCertificate(manager, certificate.id, adminId, reason))) throw new PlatformError('BAD_USER_INPUT', revocation.alreadyRevoked);
  await audit.record(manager, {
    actorId: adminId,
    action: 'CERTIFICATE_REVOKED',
    subjectUserId: certificate.userId,
    details: { certificateId: certificate.id, code: certificate.code, courseSlug: certificate.courseSlug, reason, ...revocation.context },
  });
  await recordLearningEvent(manager, {
    learnerId: certificate.userId,
    verb: 'REVOKED',
    objectType: 'CERTIFICATE',
    objectId: certificate.id,
    objectName: certificate.courseTitle,
    courseId: certificate.courseId,
  });
}
