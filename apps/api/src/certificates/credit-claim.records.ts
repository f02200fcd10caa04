import { sql, type ExpressionBuilder } from 'kysely';
import type { EntityManager } from 'typeorm';
import { attemptSecondsIn } from '../attempts/attempt-records';
import type { Accreditation, CreditType } from '../catalog/accreditation.types';
import { courseVersionsToJoin } from '../catalog/published-courses.records';
import { professionsToJoin } from '../credit-profiles/credit-profile.records';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import { evaluationsToJoin } from '../evaluations/evaluation.records';
import { lessonSecondsIn } from '../progress/progress.records';

/** Statements on credit_claim for claiming, and the claim's columns as certificate statements read them (`cl`). */

export interface ClaimColumns {
  claimedCreditType: CreditType | null;
  claimedAmount: number | null;
  claimedAt: Date | null;
  claimMeasuredMinutes: number | null;
  claimAttested: boolean | null;
}

export function claimColumns(eb: ExpressionBuilder<DB & { cl: DB['creditClaim'] }, 'cl'>) {
  return [
    eb.ref('cl.creditType').$castTo<CreditType | null>().as('claimedCreditType'),
    eb.cast<number | null>('cl.amount', 'float8').as('claimedAmount'),
    eb.ref('cl.claimedAt').as('claimedAt'),
    eb.ref('cl.measuredMinutes').as('claimMeasuredMinutes'),
    eb.ref('cl.attested').as('claimAttested'),
  ] as const;
}

/**
 * Everything a claim on the learner's certificate in force for a course depends on, in one
 * statement: the certificate and what its version offers, whether the learner evaluated that
 * version, their profession, the time measured and the claim already made. Locked, the
 * certificate cannot be revoked until the claim's transaction ends.
 */
export async function claimContext(db: Database, userId: string, courseId: string, lock: boolean) {
  const query = typedSql(db)
    .selectFrom('certificate as c')
    .innerJoin(courseVersionsToJoin().as('v'), 'v.id', 'c.courseVersionId')
    .leftJoin(evaluationsToJoin().as('ev'), (join) => join.onRef('ev.userId', '=', 'c.userId').onRef('ev.courseVersionId', '=', 'c.courseVersionId'))
    .leftJoin(professionsToJoin().as('p'), 'p.userId', 'c.userId')
    .leftJoin('creditClaim as cl', 'cl.certificateId', 'c.id')
    .select((eb) => [
      'c.id as certificateId',
      'c.code as certificateCode',
      'c.courseId',
      'c.courseVersionId',
      sql<boolean>`c.expires_at IS NOT NULL AND c.expires_at <= now()`.as('expired'),
      // Written from a checked accreditation.yaml; null for versions imported before courses stated one.
      eb.ref('v.accreditation').$castTo<Accreditation | null>().as('accreditation'),
      'ev.submittedAt as evaluatedAt',
      'p.profession',
      sql<number>`${lessonSecondsIn(eb.ref('c.userId'), eb.ref('c.courseId'))} + ${attemptSecondsIn(eb.ref('c.userId'), eb.ref('c.courseId'))}`.as('measuredSeconds'),
      ...claimColumns(eb),
    ])
    .where('c.userId', '=', userId)
    .where('c.courseId', '=', courseId)
    .where('c.revokedAt', 'is', null)
    .where('c.supersededAt', 'is', null);
  return (await (lock ? query.forUpdate('c') : query).executeTakeFirst()) ?? null;
}

export interface NewCreditClaim {
  certificateId: string;
  userId: string;
  courseId: string;
  courseVersionId: string;
  creditType: CreditType;
  amount: number;
  measuredMinutes: number;
  attested: boolean;
  profession: string;
}

/** Answers when the claim was made, or null when the certificate carries a claim already: one claim per certificate. */
export async function insertCreditClaim(manager: EntityManager, claim: NewCreditClaim): Promise<Date | null> {
  const inserted = await typedSql(manager)
    .insertInto('creditClaim')
    .values(claim)
    .onConflict((conflict) => conflict.column('certificateId').doNothing())
    .returning('claimedAt')
    .executeTakeFirst();
  return inserted?.claimedAt ?? null;
}
