import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { revokeWithin } from './certificate-revocation';
import { certificateAwaitingDecision, certificatesAwaitingDecision, recordDecision, type CertificateInDoubt } from './regraded-certificates.records';
import type { RegradeCertificateDecision, RegradeDecisionName } from './regraded-certificates.types';

/** The list shows the most recent first; an admin works through it a page at a time. */
const LISTED = 200;

/**
 * A regrade never revokes a certificate by itself: a holder who no longer passes keeps it until
 * an admin decides to keep or revoke it, with a reason, and the decision is audited.
 */
@Injectable()
export class RegradedCertificatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  awaitingDecision(): Promise<CertificateInDoubt[]> {
    return certificatesAwaitingDecision(this.dataSource, LISTED);
  }

  /**
   * Records the decision, once: two admins deciding at once are settled by the decision's key,
   * and the second is refused. A revocation here is the same as one from the certificates page.
   */
  async decide(admin: Viewer, order: { certificateId: string; regradeId: string; decision: RegradeDecisionName; reason: string }): Promise<RegradeCertificateDecision> {
    const { certificateId, regradeId, decision, reason } = order;
    return this.dataSource.transaction(async (manager) => {
      const inDoubt = isUuid(certificateId) && isUuid(regradeId) ? await certificateAwaitingDecision(manager, certificateId, regradeId) : null;
      if (!inDoubt) throw new PlatformError('NOT_FOUND', 'No certificate awaits a decision after that regrade; it may have been decided already.');
      const recorded = await recordDecision(manager, { certificateId, regradeId, decision, reason, decidedBy: admin.id });
      if (!recorded) throw new PlatformError('BAD_USER_INPUT', 'Another admin has just decided on this certificate.');
      await this.audit.record(manager, {
        actorId: admin.id,
        action: 'CERTIFICATE_REGRADE_DECIDED',
        subjectUserId: inDoubt.userId,
        details: { certificateId, code: inDoubt.code, regradeId, decision, reason, quizTitle: inDoubt.quizTitle, oldScore: inDoubt.oldScore, newScore: inDoubt.newScore },
      });
      if (decision === 'REVOKE') {
        await revokeWithin(manager, this.audit, {
          adminId: admin.id,
          certificate: { ...inDoubt, id: certificateId },
          reason,
          alreadyRevoked: 'This certificate was revoked already.',
          context: { regradeId },
        });
      }
      return { certificateId, regradeId, decision, reason, decidedAt: recorded.decidedAt };
    });
  }
}
