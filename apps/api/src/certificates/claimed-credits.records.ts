import { sql } from 'kysely';
import type { CreditType } from '../catalog/accreditation.types';
import { courseVersionsToJoin } from '../catalog/published-courses.records';
import type { TypedSql } from '../database/typed-sql';

/** The credit a learner claimed on a certificate, as their transcript lists it. */
export interface ClaimedCredit {
  certificateId: string;
  certificateCode: string;
  courseTitle: string;
  /** The provider the course version's accreditation names; null for versions that stated none. */
  provider: string | null;
  creditType: CreditType;
  amount: number;
  /** The day it was claimed, in UTC, YYYY-MM-DD. */
  claimedOn: string;
}

/**
 * The learner's claimed credits between two days, oldest first, for the transcript's statement to
 * read with the credit reported elsewhere. Days are UTC days, as every date the platform prints;
 * bounds are inclusive and either may be null.
 */
export function claimedCreditsBetween(db: TypedSql, { userId, from, to }: { userId: string; from: string | null; to: string | null }) {
  return db
    .selectFrom('creditClaim as cc')
    .innerJoin('certificate as c', 'c.id', 'cc.certificateId')
    .innerJoin(courseVersionsToJoin().as('v'), 'v.id', 'cc.courseVersionId')
    .select((eb) => [
      'cc.certificateId',
      'c.code as certificateCode',
      'c.courseTitle',
      sql<string | null>`${eb.ref('v.accreditation')}->>'provider'`.as('provider'),
      eb.ref('cc.creditType').$castTo<CreditType>().as('creditType'),
      eb.cast<number>('cc.amount', 'float8').as('amount'),
      sql<string>`to_char(${eb.ref('cc.claimedAt')} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`.as('claimedOn'),
    ])
    .where('cc.userId', '=', userId)
    // A revoked certificate's credit is no longer the learner's to report.
    .where('c.revokedAt', 'is', null)
    .where(sql<boolean>`(${from}::date IS NULL OR cc.claimed_at >= ${from}::date::timestamp AT TIME ZONE 'UTC')`)
    .where(sql<boolean>`(${to}::date IS NULL OR cc.claimed_at < (${to}::date + 1)::timestamp AT TIME ZONE 'UTC')`)
    .orderBy('cc.claimedAt')
    .orderBy('cc.certificateId');
}
