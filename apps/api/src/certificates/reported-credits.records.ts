import { sql, type Expression, type InferResult } from 'kysely';
import { accountsToJoin } from '../auth/account-records';
import type { CreditType } from '../catalog/accreditation.types';
import { reportableCreditProfiles } from '../credit-profiles/credit-profile.records';
import { compiledOnce, typedSql, type Database, type TypedSql } from '../database/typed-sql';

/** Statements reading credit claims for the provider's reports to accreditors. */

/**
 * The claims a report covers: those on these course versions, claimed on a UTC day from `from`
 * to `to` (YYYY-MM-DD, both included; null leaves that end open).
 */
export type ReportedClaims = {
  courseIds: string[];
  versionIds: string[];
  from: string | null;
  to: string | null;
};

/** Claims (`c`) in the period on certificates (`cert`) in force: a revoked certificate's credit is not reported. */
function reportedClaims(db: TypedSql, claims: ReportedClaims) {
  return (
    db
      .selectFrom('creditClaim as c')
      .innerJoin('certificate as cert', 'cert.id', 'c.certificateId')
      .where('cert.revokedAt', 'is', null)
      // The course ids let the (course_id, claimed_at) index find the period; the versions keep the activity's claims.
      .where((eb) => eb('c.courseId', '=', eb.fn.any(eb.val(claims.courseIds))))
      .where((eb) => eb('c.courseVersionId', '=', eb.fn.any(eb.val(claims.versionIds))))
      .where(sql<boolean>`c.claimed_at >= coalesce(${claims.from}::date::timestamp AT TIME ZONE 'UTC', '-infinity')`)
      .where(sql<boolean>`c.claimed_at < coalesce((${claims.to}::date + 1)::timestamp AT TIME ZONE 'UTC', 'infinity')`)
  );
}

const utcDay = (time: Expression<Date>) => sql<string>`to_char(${time} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

/**
 * One row per claim for the accreditor's completion file, oldest claim first: the learner's
 * profession as claimed, their licence as their profile has it now, and board details only with consent.
 */
export function completionRecords(db: Database, claims: ReportedClaims) {
  return reportedClaims(typedSql(db), claims)
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'c.userId')
    .leftJoin(reportableCreditProfiles().as('p'), 'p.userId', 'c.userId')
    .select((eb) => [
      'u.name as learnerName',
      'u.email as learnerEmail',
      'c.profession',
      'p.licenceNumber',
      'p.licenceJurisdiction',
      'p.npi',
      eb.ref('c.creditType').$castTo<CreditType>().as('creditType'),
      eb.cast<number>('c.amount', 'float8').as('creditAmount'),
      utcDay(eb.ref('cert.issuedAt')).as('completedOn'),
      utcDay(eb.ref('c.claimedAt')).as('claimedOn'),
      'p.boardIdentifier',
      'p.birthMonth',
      'p.birthDay',
    ])
    .orderBy('c.claimedAt')
    .orderBy('c.certificateId');
}

export type CompletionRecord = InferResult<ReturnType<typeof completionRecords>>[number];

/**
 * Learners per profession, claims and credit per credit type, and learners in all, in one
 * statement: each grouping set leaves the other set's column null, and neither column is null in a claim.
 */
const claimTotals = compiledOnce((db, claims: ReportedClaims) =>
  reportedClaims(db, claims)
    .select((eb) => [
      eb.ref('c.profession').$castTo<string | null>().as('profession'),
      eb.ref('c.creditType').$castTo<CreditType | null>().as('creditType'),
      eb.cast<number>(eb.fn.count('c.userId').distinct(), 'integer').as('learners'),
      eb.cast<number>(eb.fn.countAll(), 'integer').as('claims'),
      eb.cast<number>(eb.fn.coalesce(eb.fn.sum('c.amount'), sql`0`), 'float8').as('amount'),
    ])
    .groupBy(sql`GROUPING SETS ((c.profession), (c.credit_type), ())`),
);

export type ClaimTotal = Awaited<ReturnType<typeof claimTotals>>[number];

export function claimTotalsOf(db: Database, claims: ReportedClaims): Promise<ClaimTotal[]> {
  return claimTotals(db, claims);
}
