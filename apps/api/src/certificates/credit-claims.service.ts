import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { courseIdBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { ProfessionName } from '../credit-profiles/credit-profile.types';
import type { Database } from '../database/typed-sql';
import { creditClaimOf } from './certificate-view';
import { amountProblem, creditOpenTo, measuredMinutesOf, needsAttestation } from './credit-claim-rules';
import { claimContext, insertCreditClaim } from './credit-claim.records';
import { ClaimBlocker, type ClaimCreditInput, type CreditClaim, type CreditClaimOptions } from './credit-claims.types';

type ClaimContext = NonNullable<Awaited<ReturnType<typeof claimContext>>>;

const BLOCKER_ERRORS = {
  [ClaimBlocker.NO_CERTIFICATE]: ['NOT_ELIGIBLE', 'Credit is claimed on a certificate in force: complete the course first.'],
  [ClaimBlocker.EVALUATION_REQUIRED]: ['EVALUATION_REQUIRED', 'Submit the course evaluation before claiming credit.'],
  [ClaimBlocker.CREDIT_PROFILE_REQUIRED]: ['CREDIT_PROFILE_REQUIRED', 'State your profession in your credit profile before claiming credit.'],
  [ClaimBlocker.ALREADY_CLAIMED]: ['ALREADY_CLAIMED', 'Credit was claimed on this certificate already.'],
} as const;

/**
 * A learner claims credit once per certificate: after the evaluation of the version it was earned
 * on, as a type their profession may claim, in quarter hours up to the offer's maximum, attesting
 * to any time beyond what the platform measured. The certificate's row is locked for the claim, so
 * a revocation and a claim cannot cross; the claim's key settles two claims at once.
 */
@Injectable()
export class CreditClaimsService {
  constructor(private readonly dataSource: DataSource) {}

  async options(userId: string, courseSlug: string): Promise<CreditClaimOptions> {
    const context = await contextOf(this.dataSource, userId, courseSlug, false);
    const profession = context?.profession ?? null;
    return {
      courseSlug,
      certificateCode: context?.certificateCode ?? null,
      blocker: blockerOf(context),
      profession: profession && ProfessionName[profession],
      measuredMinutes: measuredMinutesOf(context?.measuredSeconds ?? 0),
      offers: (context?.accreditation?.credits ?? []).map((offer) => ({ ...offer, openToProfession: profession !== null && creditOpenTo(offer.type, profession) })),
      claim: context ? creditClaimOf(context) : null,
    };
  }

  claim(userId: string, input: ClaimCreditInput): Promise<CreditClaim> {
    return this.dataSource.transaction(async (manager) => {
      const context = await contextOf(manager, userId, input.courseSlug, true);
      const blocker = blockerOf(context);
      if (blocker || !context?.profession) {
        const [code, message] = BLOCKER_ERRORS[blocker ?? ClaimBlocker.CREDIT_PROFILE_REQUIRED];
        throw new PlatformError(code, message);
      }
      const offer = context.accreditation?.credits.find((credit) => credit.type === input.creditType);
      if (!offer) throw fieldError('creditType', 'This course does not offer that credit type.');
      if (!creditOpenTo(offer.type, context.profession)) {
        throw new PlatformError('CREDIT_NOT_FOR_PROFESSION', 'Your profession, as your credit profile states it, cannot claim this credit type.');
      }
      const problem = amountProblem(input.amount, offer);
      if (problem) throw fieldError('amount', problem);
      const measuredMinutes = measuredMinutesOf(context.measuredSeconds);
      const attested = needsAttestation(input.amount, measuredMinutes);
      if (attested && input.attest !== true) {
        throw new PlatformError('ATTESTATION_REQUIRED', `The platform measured ${measuredMinutes} minutes: attest that you spent the time you claim.`, { measuredMinutes });
      }
      const claim = { creditType: offer.type, amount: input.amount, measuredMinutes, attested };
      const inserted = await insertCreditClaim(manager, {
        ...claim,
        certificateId: context.certificateId,
        userId,
        courseId: context.courseId,
        courseVersionId: context.courseVersionId,
        profession: context.profession,
      });
      if (!inserted) throw new PlatformError(...BLOCKER_ERRORS[ClaimBlocker.ALREADY_CLAIMED]);
      return { ...claim, designation: offer.designation, claimedAt: inserted };
    });
  }
}

async function contextOf(db: Database, userId: string, courseSlug: string, lock: boolean): Promise<ClaimContext | null> {
  const courseId = await courseIdBySlug(db, courseSlug);
  if (!courseId) throw new PlatformError('NOT_FOUND', `No course has the slug "${courseSlug}".`);
  return claimContext(db, userId, courseId, lock);
}

function blockerOf(context: ClaimContext | null): ClaimBlocker | null {
  if (!context || context.expired) return ClaimBlocker.NO_CERTIFICATE;
  if (context.claimedCreditType !== null) return ClaimBlocker.ALREADY_CLAIMED;
  if (!context.evaluatedAt) return ClaimBlocker.EVALUATION_REQUIRED;
  if (!context.profession) return ClaimBlocker.CREDIT_PROFILE_REQUIRED;
  return null;
}

function fieldError(field: string, message: string): PlatformError {
  return new PlatformError('BAD_USER_INPUT', message, { fields: { [field]: message } });
}
