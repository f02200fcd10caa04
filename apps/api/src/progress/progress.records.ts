import { expressionBuilder, sql, type Expression, type Insertable, type Selectable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { EntityManager } from 'typeorm';
import { quizResultsOf } from '../attempts/attempt-records';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on enrolment, lesson_completion and learning_event. */

const ENROLMENT_COLUMNS = ['e.id', 'e.userId', 'e.courseId', 'e.enrolledAt', 'e.lastActivityAt', 'e.lastLessonSlug', 'e.completedAt'] as const;

export type EnrolmentRow = Pick<Selectable<DB['enrolment']>, 'id' | 'userId' | 'courseId' | 'enrolledAt' | 'lastActivityAt' | 'lastLessonSlug' | 'completedAt'>;

export async function courseIdsOfLearner(db: Database, userId: string): Promise<string[]> {
  const rows = await typedSql(db).selectFrom('enrolment as e').select('e.courseId').where('e.userId', '=', userId).execute();
  return rows.map((row) => row.courseId);
}

/** Answers the new enrolment, or nothing when the learner was enrolled already. */
export function insertEnrolment(manager: EntityManager, userId: string, courseId: string, versionId: string): Promise<EnrolmentRow | undefined> {
  // The learner's name and email are copied onto the row by a trigger, for the cohort report.
  const enrolment = { userId, courseId, summaryVersionId: versionId } as Insertable<DB['enrolment']>;
  return typedSql(manager)
    .insertInto('enrolment')
    .values(enrolment)
    .onConflict((conflict) => conflict.columns(['userId', 'courseId']).doNothing())
    .returning(['id', 'userId', 'courseId', 'enrolledAt', 'lastActivityAt', 'lastLessonSlug', 'completedAt'])
    .executeTakeFirst();
}

export function findEnrolment(db: Database, userId: string, courseId: string): Promise<EnrolmentRow | undefined> {
  return typedSql(db).selectFrom('enrolment as e').select(ENROLMENT_COLUMNS).where('e.userId', '=', userId).where('e.courseId', '=', courseId).executeTakeFirst();
}

/** Whether the learner has completed the course, for a statement of another feature to ask in passing. */
export function courseCompleted(userId: Expression<string>, courseId: Expression<string>) {
  const eb = expressionBuilder<DB, never>();
  return eb
    .exists(eb.selectFrom('enrolment as e').select('e.id').where('e.userId', '=', userId).where('e.courseId', '=', courseId).where('e.status', '=', 'COMPLETE'))
    .$castTo<boolean>();
}

/**
 * The enrolments of learners who completed a course, as `e`, for another feature to join its own
 * tables to. Progress sets completed_at whenever it sets the status COMPLETE.
 */
export function completedEnrolments(db: Database, courseId: string) {
  return typedSql(db)
    .selectFrom('enrolment as e')
    .where('e.courseId', '=', courseId)
    .where('e.status', '=', 'COMPLETE');
}

/** Answers whether there was an enrolment to lock. */
export async function lockEnrolment(manager: EntityManager, userId: string, courseId: string): Promise<boolean> {
  const locked = await typedSql(manager)
    .selectFrom('enrolment as e')
    .select('e.id')
    .where('e.userId', '=', userId)
    .where('e.courseId', '=', courseId)
    .forUpdate()
    .executeTakeFirst();
  return locked !== undefined;
}

/** Locks every enrolment of a course and answers their learners, in a stable order. */
export async function lockEnrolmentsOfCourse(manager: EntityManager, courseId: string): Promise<string[]> {
  const rows = await typedSql(manager).selectFrom('enrolment as e').select('e.userId').where('e.courseId', '=', courseId).orderBy('e.userId').forUpdate().execute();
  return rows.map((row) => row.userId);
}

/**
 * Enrolments of the given learners in the given courses, each with its lesson completions and
 * quiz results, in one statement whatever their number.
 */
export function enrolmentsWithRecords(db: Database, userIds: readonly string[], courseIds: readonly string[]) {
  return (
    typedSql(db)
      .selectFrom('enrolment as e')
      .select(ENROLMENT_COLUMNS)
      .select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('lessonCompletion as l')
            // Times inside JSON are text.
            .select((completions) => ['l.lessonSlug', completions.ref('l.completedAt').$castTo<string>().as('completedAt'), 'l.timeSpentSeconds'])
            .whereRef('l.userId', '=', 'e.userId')
            .whereRef('l.courseId', '=', 'e.courseId'),
        ).as('completions'),
        quizResultsOf(eb.ref('e.userId'), eb.ref('e.courseId')).as('quizzes'),
      ])
      // One learner in one course, the common case, is asked with plain parameters: PostgreSQL then
      // keeps one plan for the statement instead of planning it again for every array it is given.
      .where((eb) =>
        userIds.length === 1 && courseIds.length === 1
          ? eb.and([eb('e.userId', '=', userIds[0]), eb('e.courseId', '=', courseIds[0])])
          : eb.and([eb('e.userId', '=', eb.fn.any(eb.val([...userIds]))), eb('e.courseId', '=', eb.fn.any(eb.val([...courseIds])))]),
      )
      .execute()
  );
}

/** The columns of an enrolment that summarise the learner's progress for the cohort report. */
export type EnrolmentSummary = Pick<
  Selectable<DB['enrolment']>,
  'userId' | 'summaryVersionId' | 'completedLessons' | 'status' | 'eligibleForCertificate' | 'moduleProgress'
> & { percent: number; finalExamBestScore: number | null };

/**
 * Rewrites the summaries of these learners' enrolments in a course in one statement, with the
 * activity that prompted it if any; answers when each learner completed the course, if they have.
 */
export function writeEnrolmentSummaries(
  manager: EntityManager,
  courseId: string,
  summaries: EnrolmentSummary[],
  activity: { at: Date; lessonSlug: string | null } | null,
) {
  const rows = summaries.map((summary) => ({
    user_id: summary.userId,
    summary_version_id: summary.summaryVersionId,
    completed_lessons: summary.completedLessons,
    percent: summary.percent,
    status: summary.status,
    eligible_for_certificate: summary.eligibleForCertificate,
    module_progress: summary.moduleProgress,
    final_exam_best_score: summary.finalExamBestScore,
  }));
  return typedSql(manager)
    .updateTable('enrolment as e')
    .from(sql<Selectable<DB['enrolment']>>`jsonb_populate_recordset(null::enrolment, ${JSON.stringify(rows)}::jsonb)`.as('s'))
    .set((eb) => ({
      summaryVersionId: eb.ref('s.summaryVersionId'),
      completedLessons: eb.ref('s.completedLessons'),
      percent: eb.ref('s.percent'),
      status: eb.ref('s.status'),
      eligibleForCertificate: eb.ref('s.eligibleForCertificate'),
      moduleProgress: eb.ref('s.moduleProgress'),
      finalExamBestScore: eb.ref('s.finalExamBestScore'),
      // Kept from the first completion, even if a later version adds work.
      completedAt: sql<Date | null>`CASE WHEN s.status = 'COMPLETE' THEN COALESCE(e.completed_at, now()) ELSE e.completed_at END`,
      lastActivityAt: sql<Date>`GREATEST(e.last_activity_at, ${activity?.at ?? null}::timestamptz)`,
      lastLessonSlug: sql<string | null>`COALESCE(${activity?.lessonSlug ?? null}::text, e.last_lesson_slug)`,
    }))
    .where('e.courseId', '=', courseId)
    .whereRef('e.userId', '=', 's.userId')
    .returning(['e.userId', 'e.completedAt'])
    .execute();
}

/** Answers the completion when this call recorded it, nothing when the lesson was completed before. */
export function insertLessonCompletion(
  manager: EntityManager,
  completion: { userId: string; courseId: string; lessonSlug: string; lessonId: string; timeSpentSeconds: number | null },
) {
  return typedSql(manager)
    .insertInto('lessonCompletion')
    .values(completion)
    .onConflict((conflict) => conflict.columns(['userId', 'courseId', 'lessonSlug']).doNothing())
    .returning(['completedAt', 'timeSpentSeconds'])
    .executeTakeFirst();
}

export function findLessonCompletion(db: Database, userId: string, courseId: string, lessonSlug: string) {
  return typedSql(db)
    .selectFrom('lessonCompletion')
    .select(['completedAt', 'timeSpentSeconds'])
    .where('userId', '=', userId)
    .where('courseId', '=', courseId)
    .where('lessonSlug', '=', lessonSlug)
    .executeTakeFirstOrThrow();
}

export interface LearningEventRecord {
  learnerId: string;
  verb: 'ENROLLED' | 'COMPLETED' | 'STARTED' | 'SUBMITTED' | 'EXPIRED' | 'ISSUED' | 'REVOKED';
  objectType: 'COURSE' | 'LESSON' | 'QUIZ_ATTEMPT' | 'CERTIFICATE';
  objectId: string;
  objectName: string;
  courseId: string;
  result?: Record<string, unknown> | null;
  occurredAt?: Date;
}

/**
 * Records an event in the caller's transaction, so it commits or rolls back with the change
 * itself. A retried event is stored once; answers whether this call stored it.
 */
export async function recordLearningEvent(manager: EntityManager, event: LearningEventRecord): Promise<boolean> {
  const stored = await typedSql(manager)
    .insertInto('learningEvent')
    .values({
      actorId: event.learnerId,
      verb: event.verb,
      objectType: event.objectType,
      objectId: event.objectId,
      objectName: event.objectName,
      courseId: event.courseId,
      result: event.result ? JSON.stringify(event.result) : null,
      occurredAt: sql<Date>`COALESCE(${event.occurredAt ?? null}::timestamptz, now())`,
    })
    .onConflict((conflict) => conflict.columns(['actorId', 'verb', 'objectType', 'objectId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return stored !== undefined;
}

/** Where a page of learning events starts: after the event at this time (as text, to the microsecond) with this id. */
export interface LearningEventCursor {
  occurredAt: string;
  id: string;
}

/**
 * Learning events newest first, for one course or all, after a cursor if given, with the learner
 * and course they concern; each variant walks its own index. Execute it, or stream it for an export.
 */
export function learningEvents(db: Database, which: { courseId: string | null; after: LearningEventCursor | null; limit: number | null }) {
  let query = typedSql(db)
    .selectFrom('learningEvent as e')
    .innerJoin('appUser as u', 'u.id', 'e.actorId')
    .innerJoin('course as c', 'c.id', 'e.courseId')
    .select((eb) => [
      'e.id',
      'e.actorId as learnerId',
      'u.name as learnerName',
      'u.email as learnerEmail',
      eb.ref('e.verb').$castTo<LearningEventRecord['verb']>().as('verb'),
      eb.ref('e.objectType').$castTo<LearningEventRecord['objectType']>().as('objectType'),
      'e.objectId',
      'e.objectName',
      'c.slug as courseSlug',
      eb.ref('e.result').$castTo<Record<string, unknown> | null>().as('result'),
      'e.occurredAt',
      sql<string>`e.occurred_at::text`.as('cursorTime'),
    ])
    .orderBy('e.occurredAt', 'desc')
    .orderBy('e.id', 'desc');
  if (which.courseId !== null) query = query.where('e.courseId', '=', which.courseId);
  if (which.after !== null) {
    const { occurredAt, id } = which.after;
    query = query.where(sql<boolean>`(e.occurred_at, e.id) < (${occurredAt}::timestamptz, ${id}::uuid)`);
  }
  return which.limit === null ? query : query.limit(which.limit);
}
