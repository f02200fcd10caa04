import { expressionBuilder, sql, type Expression } from 'kysely';
import type { EntityManager } from 'typeorm';
import { accountsToJoin } from '../auth/account-records';
import { courseVersionsToJoin, publishedCourseVersions } from '../catalog/published-courses.records';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';

/** Statements on course_review and course_review_reminder: who signed off a course version, and the reminders sent before it terminates. */

/**
 * When a version stops taking enrolments and granting certificates: three years after its last
 * sign-off, or earlier if the reviewer said so; three years after its release if never signed off.
 * One SQL function, shared with the triggers that enforce it.
 */
export const versionTerminatesAt = (versionId: Expression<string>) => sql<Date | null>`course_version_terminates_at(${versionId})`;

/** The latest sign-off of a version, for another feature's statement: null when it has none. */
export function latestReviewIdOf(versionId: Expression<string>) {
  return sql<string | null>`(SELECT r.id FROM course_review r WHERE r.course_version_id = ${versionId} ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1)`;
}

/** Sign-offs as other features' statements join them: the one way those read `course_review`. */
export const reviewsToJoin = () => expressionBuilder<DB, never>().selectFrom('courseReview').select(['id', 'courseVersionId', 'reviewedAt', 'terminatesAt']);

function latestReviews(db: Database) {
  return typedSql(db)
    .selectFrom('courseReview as r')
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'r.reviewerId')
    .select(['r.id', 'r.courseVersionId', 'r.reviewedAt', 'r.terminatesAt', 'r.note', 'r.contentHash', 'u.name as reviewerName']);
}

/** Each version's release, last sign-off and termination, as of the database's clock. */
export function lifeOfVersions(db: Database, versionIds: readonly string[]) {
  return typedSql(db)
    .selectFrom(courseVersionsToJoin().as('v'))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('courseReview as r')
          .select(['r.id', 'r.reviewedAt'])
          .whereRef('r.courseVersionId', '=', 'v.id')
          .orderBy('r.reviewedAt', 'desc')
          .orderBy('r.id', 'desc')
          .limit(1)
          .as('r'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'v.id as versionId',
      'v.releasedAt',
      'r.id as lastReviewId',
      'r.reviewedAt as lastReviewedAt',
      versionTerminatesAt(eb.ref('v.id')).as('terminatesAt'),
      sql<Date>`now()`.as('now'),
    ])
    .where('v.id', '=', sql<string>`ANY(${[...versionIds]}::uuid[])`)
    .execute();
}

/** Every sign-off of a version, newest first, with who gave it. */
export function reviewsOfVersion(db: Database, versionId: string) {
  return latestReviews(db).where('r.courseVersionId', '=', versionId).orderBy('r.reviewedAt', 'desc').orderBy('r.id', 'desc').execute();
}

export interface NewReview {
  versionId: string;
  contentHash: string;
  reviewerId: string;
  note: string;
  /** Null: three years from now, the longest a sign-off holds. */
  terminatesAt: Date | null;
}

export async function insertReview(manager: EntityManager, review: NewReview): Promise<string> {
  const { id } = await typedSql(manager)
    .insertInto('courseReview')
    .values({
      courseVersionId: review.versionId,
      contentHash: review.contentHash,
      reviewerId: review.reviewerId,
      note: review.note,
      terminatesAt: review.terminatesAt ?? sql<Date>`now() + interval '3 years'`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findReview(db: Database, reviewId: string) {
  return (await latestReviews(db).where('r.id', '=', reviewId).executeTakeFirst()) ?? null;
}

/** The published version of every course whose termination falls within `days` from now (or has passed), soonest first. */
export function publishedVersionsDue(db: Database, days: number) {
  return typedSql(db)
    .selectFrom(publishedCourseVersions().as('p'))
    .innerJoin(courseVersionsToJoin().as('v'), 'v.id', 'p.versionId')
    .select((eb) => [
      'p.courseSlug',
      'v.id as versionId',
      'v.title',
      'v.version',
      'v.contentHash',
      'v.releasedAt',
      sql<Date | null>`(SELECT max(r.reviewed_at) FROM course_review r WHERE r.course_version_id = v.id)`.as('lastReviewedAt'),
      versionTerminatesAt(eb.ref('v.id')).as('terminatesAt'),
      sql<Date>`now()`.as('now'),
    ])
    .where(versionTerminatesAt(sql.ref('v.id')), '<=', sql<Date>`now() + make_interval(days => ${days})`)
    .orderBy(sql`course_version_terminates_at(v.id)`)
    .execute();
}

/**
 * Records a reminder for each published version terminating within `days` that has not had one
 * for that termination date, and answers those versions: each date is reminded of once, however
 * many processes run the job.
 */
export function claimReviewReminders(manager: EntityManager, days: number) {
  return typedSql(manager)
    .insertInto('courseReviewReminder')
    .columns(['courseVersionId', 'terminatesAt'])
    .expression((eb) =>
      eb
        .selectFrom(publishedCourseVersions().as('p'))
        .select((published) => ['p.versionId', versionTerminatesAt(published.ref('p.versionId')).as('terminatesAt')])
        .where(versionTerminatesAt(sql.ref('p.versionId')), '>', sql<Date>`now()`)
        .where(versionTerminatesAt(sql.ref('p.versionId')), '<=', sql<Date>`now() + make_interval(days => ${days})`),
    )
    .onConflict((conflict) => conflict.doNothing())
    .returning(['courseVersionId', 'terminatesAt'])
    .execute();
}
