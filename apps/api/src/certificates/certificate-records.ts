import { sql, type ExpressionBuilder, type Insertable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { EntityManager } from 'typeorm';
import { accountsToJoin } from '../auth/account-records';
import type { Accreditation } from '../catalog/accreditation.types';
import { coursesToJoin, courseVersionsToJoin, publishedVersionNumberOf } from '../catalog/published-courses.records';
import { reviewsToJoin } from '../course-reviews/course-reviews.records';
import { isUuid } from '../common/pagination';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import { claimColumns } from './credit-claim.records';
import { acknowledgementsToJoin } from '../progress/disclosure-acknowledgements.records';
import { courseCompleted } from '../progress/progress.records';

/** Every statement on the certificate table; credit_claim's other statements are in credit-claim.records.ts. */

/** A quiz the holder passed, at the version they passed it. */
export interface EarnedQuizVersion {
  title: string;
  version: number;
}

/** A certificate row with what its views need; `now` is the database's clock, the one expiry is judged by. */
export type CertificateRecord = Awaited<ReturnType<ReturnType<typeof certificateRecords>['executeTakeFirstOrThrow']>>;

type Records = ExpressionBuilder<DB & { c: DB['certificate'] }, 'c'>;

function certificateRecords(db: Database) {
  return typedSql(db)
    .selectFrom('certificate as c')
    .innerJoin(coursesToJoin().as('co'), 'co.id', 'c.courseId')
    .innerJoin(courseVersionsToJoin().as('v'), 'v.id', 'c.courseVersionId')
    .leftJoin(reviewsToJoin().as('rv'), 'rv.id', 'c.courseReviewId')
    .leftJoin(acknowledgementsToJoin().as('ack'), (join) => join.onRef('ack.userId', '=', 'c.userId').onRef('ack.courseVersionId', '=', 'c.courseVersionId'))
    .leftJoin('creditClaim as cl', 'cl.certificateId', 'c.id')
    .select((eb) => [
      'c.id',
      'c.code',
      'c.userId',
      'c.courseId',
      'co.slug as courseSlug',
      'v.summary as courseSummary',
      'c.holderName',
      'c.courseTitle',
      eb.cast<number>('c.creditHours', 'float8').as('creditHours'),
      'c.issuedAt',
      'c.expiresAt',
      'c.revokedAt',
      'c.revocationReason',
      'c.statusListId',
      'c.statusIndex',
      'v.version as courseVersion',
      // Written from a checked accreditation.yaml; null for versions imported before courses stated one.
      eb.ref('v.accreditation').$castTo<Accreditation | null>().as('accreditation'),
      'rv.reviewedAt as courseReviewedAt',
      'ack.acknowledgedAt as disclosuresAcknowledgedAt',
      ...claimColumns(eb),
      eb.ref('c.quizVersions').$castTo<EarnedQuizVersion[]>().as('quizVersions'),
      publishedVersionNumberOf(eb.ref('c.courseId')).as('currentCourseVersion'),
      eb.cast<string>('c.issuedAt', 'text').as('cursorTime'),
      sql<Date>`now()`.as('now'),
    ]);
}

export async function findCertificate(db: Database, id: string): Promise<CertificateRecord | null> {
  if (!isUuid(id)) return null;
  return (await certificateRecords(db).where('c.id', '=', id).executeTakeFirst()) ?? null;
}

export async function certificateWithCode(db: Database, code: string): Promise<CertificateRecord | null> {
  return (await certificateRecords(db).where('c.code', '=', code).executeTakeFirst()) ?? null;
}

/** Every certificate the learner has held, newest first. */
export function certificatesOfHolder(db: Database, userId: string): Promise<CertificateRecord[]> {
  return certificateRecords(db).where('c.userId', '=', userId).orderBy('c.issuedAt', 'desc').orderBy('c.id', 'desc').execute();
}

/** A course's certificates, newest first, after the (issued at, id) cursor if any. */
export function certificatesOfCourse(db: Database, courseId: string, after: [string, string] | null, limit: number): Promise<CertificateRecord[]> {
  return certificateRecords(db)
    .where('c.courseId', '=', courseId)
    .where(sql<boolean>`(${after?.[0] ?? null}::timestamptz IS NULL OR (c.issued_at, c.id) < (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))`)
    .orderBy('c.issuedAt', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
}

/** The learner's certificate for a course: the one in force if any, else the most recent. */
export async function certificateOfLearnerInCourse(db: Database, userId: string, courseId: string): Promise<CertificateRecord | null> {
  const record = await certificateRecords(db)
    .where('c.userId', '=', userId)
    .where('c.courseId', '=', courseId)
    .orderBy(sql`(c.revoked_at IS NULL AND c.superseded_at IS NULL)`, 'desc')
    .orderBy('c.issuedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return record ?? null;
}

/** The certificate an admin issued with this idempotency key, if any. */
export async function certificateIssuedWithKey(
  db: Database,
  order: { actorId: string; idempotencyKey: string; userId: string; courseId: string },
): Promise<string | null> {
  const earlier = await typedSql(db)
    .selectFrom('certificate')
    .select('id')
    .where('issuedBy', '=', order.actorId)
    .where('issueKey', '=', order.idempotencyKey)
    .where('userId', '=', order.userId)
    .where('courseId', '=', order.courseId)
    .executeTakeFirst();
  return earlier?.id ?? null;
}

/** Recertification: the expired certificate steps aside so the new one can be the active one. */
export async function supersedeExpired(manager: EntityManager, userId: string, courseId: string): Promise<void> {
  await typedSql(manager)
    .updateTable('certificate')
    .set({ supersededAt: sql`now()` })
    .where('userId', '=', userId)
    .where('courseId', '=', courseId)
    .where('revokedAt', 'is', null)
    .where('supersededAt', 'is', null)
    .where('expiresAt', '<=', sql<Date>`now()`)
    .execute();
}

export type NewCertificate = Omit<Insertable<DB['certificate']>, 'expiresAt' | 'id' | 'issuedAt'> & { validityMonths: number | null };

/**
 * Answers the new certificate's id, or null when a unique constraint refused it (code, status
 * entry, or the one active certificate per learner and course). ON CONFLICT DO NOTHING rather than
 * a unique violation: a failed statement would abort the caller's transaction.
 */
export async function insertCertificate(manager: EntityManager, { validityMonths, ...certificate }: NewCertificate): Promise<string | null> {
  const inserted = await typedSql(manager)
    .insertInto('certificate')
    .values({ ...certificate, expiresAt: sql<Date>`date_trunc('second', now()) + make_interval(months => ${validityMonths})` })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

export async function holdsActiveCertificate(db: Database, userId: string, courseId: string): Promise<boolean> {
  const active = await typedSql(db)
    .selectFrom('certificate as c')
    .select('c.id')
    .where('c.userId', '=', userId)
    .where('c.courseId', '=', courseId)
    .where(activeCertificate)
    .executeTakeFirst();
  return active !== undefined;
}

function activeCertificate(eb: Records) {
  return eb.and([eb('c.revokedAt', 'is', null), eb('c.supersededAt', 'is', null)]);
}

/**
 * What eligibility needs to know of a learner in a course, as of now, in one statement: their
 * name, whether the course is complete, when they accepted its attestation and the dates of
 * their certificates for it.
 */
export function learnerFacts(db: Database, userId: string, courseId: string) {
  return typedSql(db)
    .selectFrom(accountsToJoin().as('u'))
    .leftJoin('certificateAttestation as a', (join) => join.onRef('a.userId', '=', 'u.id').on('a.courseId', '=', courseId))
    .select((eb) => [
      'u.name as holderName',
      sql<Date>`now()`.as('now'),
      courseCompleted(eb.ref('u.id'), eb.val(courseId)).as('courseComplete'),
      'a.acceptedAt as attestationAcceptedAt',
      jsonArrayFrom(
        eb
          .selectFrom('certificate as x')
          .select(['x.revokedAt', 'x.expiresAt'])
          .whereRef('x.userId', '=', 'u.id')
          .where('x.courseId', '=', courseId)
          .where('x.supersededAt', 'is', null),
      )
        .$castTo<{ revokedAt: string | null; expiresAt: string | null }[]>()
        .as('certificates'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

/** Answers false when the certificate was revoked already: a revocation is permanent. */
export async function revokeCertificate(manager: EntityManager, id: string, adminId: string, reason: string): Promise<boolean> {
  const revoked = await typedSql(manager)
    .updateTable('certificate')
    .set({ revokedAt: sql`now()`, revokedBy: adminId, revocationReason: reason })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return revoked !== undefined;
}

/** Marks the valid certificates expiring within `days` that were not reminded yet, skipping any another process holds, and answers them. */
export async function claimExpiryReminders(manager: EntityManager, days: number): Promise<string[]> {
  const due = typedSql(manager)
    .selectFrom('certificate as c')
    .select('c.id')
    .where(activeCertificate)
    .where('c.expiryReminderSentAt', 'is', null)
    .where('c.expiresAt', '>', sql<Date>`now()`)
    .where('c.expiresAt', '<=', sql<Date>`now() + make_interval(days => ${days})`)
    .forUpdate()
    .skipLocked();
  const claimed = await typedSql(manager)
    .updateTable('certificate')
    .set({ expiryReminderSentAt: sql`now()` })
    .where('id', 'in', due)
    .returning('id')
    .execute();
  return claimed.map((row) => row.id);
}

/** The first of the candidate entries of a status list that no certificate holds. */
export async function firstFreeStatusIndex(manager: EntityManager, listId: number, candidates: number[]): Promise<number | null> {
  const free = await typedSql(manager)
    .selectFrom(sql<{ candidate: number; position: number }>`unnest(${candidates}::int[]) WITH ORDINALITY`.as<'c'>(sql`c(candidate, position)`))
    .select('c.candidate')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('certificate as x').select('x.id').where('x.statusListId', '=', listId).whereRef('x.statusIndex', '=', 'c.candidate'))),
    )
    .orderBy('c.position')
    .limit(1)
    .executeTakeFirst();
  return free?.candidate ?? null;
}
