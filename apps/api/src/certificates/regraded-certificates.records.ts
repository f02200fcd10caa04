import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { passesLostToRegrades } from '../attempts/regrade-records';
import { accountsToJoin } from '../auth/account-records';
import { coursesToJoin } from '../catalog/published-courses.records';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on certificate_regrade_decision, and the certificates a regrade put in doubt. */

export type RegradeDecision = 'KEEP' | 'REVOKE';

/**
 * Certificates in force whose holder passed a quiz of the course when they were issued, lost that
 * pass to a later regrade and has no passing attempt at the quiz now, with no admin's decision
 * on that regrade yet: the latest such regrade per certificate.
 */
function certificatesInDoubt(db: Database) {
  return typedSql(db)
    .selectFrom('certificate as c')
    .innerJoin(passesLostToRegrades().as('l'), (join) => join.onRef('l.userId', '=', 'c.userId').onRef('l.courseId', '=', 'c.courseId'))
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'c.userId')
    .innerJoin(coursesToJoin().as('co'), 'co.id', 'c.courseId')
    .select([
      'c.id as certificateId',
      'c.code',
      'c.userId',
      'c.courseId',
      'c.holderName',
      'u.email as holderEmail',
      'c.courseTitle',
      'co.slug as courseSlug',
      'c.issuedAt',
      'l.quizTitle',
      'l.attemptId',
      'l.regradeId',
      'l.regradedAt',
      'l.oldScore',
      'l.newScore',
    ])
    .where('c.revokedAt', 'is', null)
    .where('c.supersededAt', 'is', null)
    .whereRef('c.issuedAt', '<', 'l.regradedAt')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('certificateRegradeDecision as d').select('d.regradeId').whereRef('d.certificateId', '=', 'c.id').whereRef('d.regradeId', '=', 'l.regradeId'))),
    )
    .distinctOn('c.id')
    .orderBy('c.id')
    .orderBy('l.regradedAt', 'desc');
}

export type CertificateInDoubt = Awaited<ReturnType<ReturnType<typeof certificatesInDoubt>['execute']>>[number];

/** Those waiting for a decision, the most recently regraded first. */
export async function certificatesAwaitingDecision(db: Database, limit: number): Promise<CertificateInDoubt[]> {
  const rows = await typedSql(db)
    .selectFrom(certificatesInDoubt(db).as('d'))
    .selectAll()
    .orderBy('d.regradedAt', 'desc')
    .orderBy('d.certificateId')
    .limit(limit)
    .execute();
  return rows;
}

/** The certificate, if the regrade put it in doubt and nobody has decided on it yet. */
export async function certificateAwaitingDecision(db: Database, certificateId: string, regradeId: string): Promise<CertificateInDoubt | null> {
  const found = await certificatesInDoubt(db).where('c.id', '=', certificateId).where('l.regradeId', '=', regradeId).executeTakeFirst();
  return found ?? null;
}

/** Answers false when a decision on the certificate after this regrade was recorded first. */
export async function recordDecision(
  manager: EntityManager,
  decision: { certificateId: string; regradeId: string; decision: RegradeDecision; reason: string; decidedBy: string },
): Promise<{ decidedAt: Date } | null> {
  const recorded = await typedSql(manager)
    .insertInto('certificateRegradeDecision')
    .values(decision)
    .onConflict((conflict) => conflict.columns(['certificateId', 'regradeId']).doNothing())
    .returning(sql<Date>`decided_at`.as('decidedAt'))
    .executeTakeFirst();
  return recorded ?? null;
}
