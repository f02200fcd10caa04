import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { attemptsOfHolder } from '../attempts/personal-data.records';
import { auditEntriesAbout } from '../audit/personal-data.records';
import { AuditService } from '../audit/audit.service';
import { deleteLinksOf } from '../auth/account-link-records';
import { accountProfile, anonymiseAccount } from '../auth/account-records';
import { deleteSessionsOf, liveSessionsOf } from '../auth/session-records';
import type { Viewer } from '../auth/viewer';
import { certificatesOfHolderWithClaims } from '../certificates/personal-data.records';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { creditProfileOfHolder, deleteCreditProfileOf } from '../credit-profiles/personal-data.records';
import { forgetLearnerRecord } from '../credentials/signed-credential-records';
import { evaluationsOfHolder } from '../evaluations/personal-data.records';
import { progressOfHolder } from '../progress/personal-data.records';
import { deleteExternalCreditsOf, externalCreditsOfHolder } from '../transcripts/personal-data.records';
import { forgetLtiLinksOf, ltiLinksOfHolder } from '../lti/personal-data.records';
import { CurrentPasswordCheck } from '../users/current-password-check';

/**
 * What the platform holds about a person, theirs to download; and the deletion of their account,
 * which removes what names or reaches them and keeps the records others rely on (README, "Your data").
 */
@Injectable()
export class OwnDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly currentPassword: CurrentPasswordCheck,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One snapshot: every part is read in the same repeatable-read transaction. */
  exportFor(viewer: Viewer): Promise<Record<string, unknown>> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const userId = viewer.id;
      // One after another: the transaction has a single connection, which runs one statement at a time.
      const account = await accountProfile(manager, userId);
      const sessions = await liveSessionsOf(manager, userId);
      const creditProfile = await creditProfileOfHolder(manager, userId);
      const progress = await progressOfHolder(manager, userId);
      const attempts = await attemptsOfHolder(manager, userId);
      const evaluations = await evaluationsOfHolder(manager, userId);
      const certificates = await certificatesOfHolderWithClaims(manager, userId);
      const externalCredits = await externalCreditsOfHolder(manager, userId);
      const auditEntries = await auditEntriesAbout(manager, userId);
      const lmsLinks = await ltiLinksOfHolder(manager, userId);
      return {
        platform: this.config.issuerName,
        exportedAt: new Date(),
        account,
        sessions,
        creditProfile: creditProfile ?? null,
        ...progress,
        attempts,
        evaluations,
        ...certificates,
        externalCredits,
        auditEntries,
        lmsLinks,
      };
    });
  }

  /**
   * Anonymises the account rather than deleting its row: certificates (which keep the holder's
   * name, as records do), attempts, evaluations, credit claims and the audit log point at it, and
   * several of those tables refuse deletion outright.
   */
  async deleteAccount(viewer: Viewer, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account = await this.currentPassword.lockAndCheck(manager, viewer.id, password);
      await deleteCreditProfileOf(manager, account.id);
      await deleteExternalCreditsOf(manager, account.id);
      await forgetLearnerRecord(manager, account.id);
      await deleteLinksOf(manager, account.id);
      await forgetLtiLinksOf(manager, account.id);
      await deleteSessionsOf(manager, account.id);
      await anonymiseAccount(manager, account.id);
      await this.audit.record(manager, { actorId: account.id, action: 'ACCOUNT_DELETED', subjectUserId: account.id });
    });
  }
}
