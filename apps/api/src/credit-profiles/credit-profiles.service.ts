import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findAccount } from '../auth/account-records';
import type { Viewer } from '../auth/viewer';
import { AuditService } from '../audit/audit.service';
import { PlatformError } from '../common/errors';
import { readCreditProfile, type CreditProfileChange } from './credit-profile-rules';
import { findCreditProfile, lockCreditProfile, saveCreditProfile } from './credit-profile.records';
import type { CreditProfile } from './credit-profile.types';

type StoredProfile = NonNullable<Awaited<ReturnType<typeof findCreditProfile>>>;

const EMPTY_PROFILE: CreditProfile = {
  profession: null,
  licenceNumber: null,
  licenceJurisdiction: null,
  npi: null,
  boardReportingConsent: false,
  boardReportingConsentAt: null,
  boardIdentifier: null,
  birthMonth: null,
  birthDay: null,
  updatedAt: null,
};

function profileOf(stored: StoredProfile | undefined): CreditProfile {
  if (!stored) return EMPTY_PROFILE;
  const { userId: _userId, boardConsentAt, ...fields } = stored;
  return { ...fields, boardReportingConsent: boardConsentAt !== null, boardReportingConsentAt: boardConsentAt };
}

/**
 * Only the learner and admins read a credit profile, and every admin's read is in the audit log,
 * written in the read's own transaction: a read the log does not show did not happen. Audit
 * entries name who and whose, never a value of the profile.
 */
@Injectable()
export class CreditProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ownProfile(learner: Viewer): Promise<CreditProfile> {
    return profileOf(await findCreditProfile(this.dataSource, learner.id));
  }

  profileForAdmin(admin: Viewer, userId: string): Promise<CreditProfile> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await findAccount(manager, userId))) throw new PlatformError('NOT_FOUND', 'No account has that id.');
      const profile = profileOf(await findCreditProfile(manager, userId));
      await this.audit.record(manager, { actorId: admin.id, action: 'CREDIT_PROFILE_READ', subjectUserId: userId });
      return profile;
    });
  }

  update(learner: Viewer, change: CreditProfileChange): Promise<CreditProfile> {
    const reading = readCreditProfile(change);
    if (reading.problems) {
      throw new PlatformError('BAD_USER_INPUT', Object.values(reading.problems).join(' '), { fields: reading.problems });
    }
    return this.dataSource.transaction(async (manager) => {
      const consentedBefore = Boolean((await lockCreditProfile(manager, learner.id))?.boardConsentAt);
      const saved = await saveCreditProfile(manager, learner.id, reading.values);
      if (consentedBefore !== reading.values.boardReportingConsent) {
        const action = reading.values.boardReportingConsent ? 'CREDIT_PROFILE_CONSENT_GIVEN' : 'CREDIT_PROFILE_CONSENT_WITHDRAWN';
        await this.audit.record(manager, { actorId: learner.id, action, subjectUserId: learner.id });
      }
      return profileOf(saved);
    });
  }
}
