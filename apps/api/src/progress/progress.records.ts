import { expressionBuilder, sql, type Expression, type Insertable, type QueryCreator, type RawBuilder, type Selectable, type SelectQueryBuilder } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { EntityManager } from 'typeorm';
import { quizResultsOf } from '../attempts/attempt-records';
import { viewerOfSessionQuery, type PresentedSession } from '../auth/session-records';
import { publishedCourseRowOf } from '../catalog/published-courses.records';
import type { DB } from '../database/schema';
import { compiledOnce, compiledPerShape, typedSql, type Database, type TypedSql } from '../database/typed-sql';
import { publishedQuizLimits } from '../quizzes/quiz-joins.records';
import type { ModuleSummary } from './progress-summary';

/** Every statement on enrolment and lesson_completion. */

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

/** Time on one lesson page beyond this is not counted as learning: a page left open is not an hour of study. */
const COUNTED_SECONDS_PER_LESSON = sql.lit(3600);

/** Seconds the lesson pages measured the learner reading a course's lessons, for another feature's statement. */
export function lessonSecondsIn(userId: Expression<string>, courseId: Expression<string>) {
  const eb = expressionBuilder<DB, never>();
  return eb
    .selectFrom('lessonCompletion as lc')
    .select(sql<number>`COALESCE(sum(least(COALESCE(lc.time_spent_seconds, 0), ${COUNTED_SECONDS_PER_LESSON})), 0)::int`.as('seconds'))
    .where('lc.userId', '=', userId)
    .where('lc.courseId', '=', courseId)
    .$asScalar();
}

/** The version a learner completed the course on (the one their summary was computed against); null when not complete. */
export async function completedVersionOf(db: Database, userId: string, courseId: string): Promise<string | null> {
  const found = await typedSql(db)
    .selectFrom('enrolment as e')
    .select('e.summaryVersionId')
    .where('e.userId', '=', userId)
    .where('e.courseId', '=', courseId)
    .where('e.status', '=', 'COMPLETE')
    .executeTakeFirst();
  return found?.summaryVersionId ?? null;
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

/** The learner's enrolment in the course, locked: every change to their progress there takes it first. */
export function enrolmentToLock(db: QueryCreator<DB>, userId: string, courseId: string) {
  return db.selectFrom('enrolment as e').select('e.id').where('e.userId', '=', userId).where('e.courseId', '=', courseId).forUpdate();
}

// Taken by every change to progress, so built and compiled once.
const lockedEnrolment = compiledOnce((db, { userId, courseId }: { userId: string; courseId: string }) => enrolmentToLock(db, userId, courseId));

/** Answers whether there was an enrolment to lock. */
export async function lockEnrolment(manager: EntityManager, userId: string, courseId: string): Promise<boolean> {
  return (await lockedEnrolment(manager, { userId, courseId })).length > 0;
}

/** Locks every enrolment of a course and answers their learners, in a stable order. */
export async function lockEnrolmentsOfCourse(manager: EntityManager, courseId: string): Promise<string[]> {
  const rows = await typedSql(manager).selectFrom('enrolment as e').select('e.userId').where('e.courseId', '=', courseId).orderBy('e.userId').forUpdate().execute();
  return rows.map((row) => row.userId);
}

/** Enrolments with their lesson completions and quiz results, to be narrowed to some learners and courses. */
function enrolmentsWithRecordsOf(db: TypedSql) {
  return db
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
      publishedQuizLimits(eb.ref('e.courseId')).as('maxAttempts'),
    ]);
}

type EnrolmentsQuery<Row> = SelectQueryBuilder<DB & { e: DB['enrolment'] }, 'e', Row>;

/** A statement on enrolments (`e`), narrowed to the given learners and courses. */
function ofLearnersInCourses<Row>(enrolments: (db: TypedSql) => EnrolmentsQuery<Row>) {
  // One learner in one course, the common case, is asked with plain parameters: PostgreSQL then
  // keeps one plan for the statement instead of planning it again for every array it is given.
  const one = compiledOnce((db, { userId, courseId }: { userId: string; courseId: string }) =>
    enrolments(db).where('e.userId', '=', userId).where('e.courseId', '=', courseId),
  );
  const many = compiledOnce((db, { userIds, courseIds }: { userIds: string[]; courseIds: string[] }) =>
    enrolments(db).where((eb) => eb.and([eb('e.userId', '=', eb.fn.any(eb.val(userIds))), eb('e.courseId', '=', eb.fn.any(eb.val(courseIds)))])),
  );
  return (db: Database, userIds: readonly string[], courseIds: readonly string[]) =>
    userIds.length === 1 && courseIds.length === 1
      ? one(db, { userId: userIds[0], courseId: courseIds[0] })
      : many(db, { userIds: [...userIds], courseIds: [...courseIds] });
}

/**
 * Enrolments of the given learners in the given courses, each with its lesson completions and
 * quiz results, in one statement whatever their number.
 */
export const enrolmentsWithRecords = ofLearnersInCourses(enrolmentsWithRecordsOf);

export type EnrolmentWithRecords = Awaited<ReturnType<typeof enrolmentsWithRecords>>[number];

/**
 * As enrolmentsWithRecords, each with the row of its course as published now (null when it
 * publishes nothing): what a learner's progress needs, in one statement, inside the transaction
 * that may be publishing the version.
 */
export const enrolmentsWithRecordsAndCourses = ofLearnersInCourses((db) =>
  enrolmentsWithRecordsOf(db).select(() => jsonObjectFrom(publishedCourseRowOf(db, sql.ref<string>('e.courseId'))).as('publishedCourse')),
);

const viewerWithEnrolments = compiledOnce((db, session: PresentedSession & { courseIds: string[] }) =>
  viewerOfSessionQuery(db, { tokenHash: session.tokenHash, userAgent: session.userAgent, address: session.address }).select((eb) =>
    jsonArrayFrom(
      enrolmentsWithRecordsOf(db)
        .where('e.userId', '=', sql.ref<string>('viewer.id'))
        .where('e.courseId', '=', eb.fn.any(eb.val(session.courseIds))),
    ).as('enrolments'),
  ),
);

/**
 * The account of a session, found and noted as findViewerBySession does, with its enrolments in
 * the given courses and their records as enrolmentsWithRecords reads them, in one statement.
 */
export async function findViewerWithEnrolments(db: Database, session: PresentedSession, courseIds: readonly string[]) {
  const [found] = await viewerWithEnrolments(db, { ...session, courseIds: [...courseIds] });
  if (!found) return undefined;
  const { enrolments, ...viewer } = found;
  // Times inside JSON are text.
  const withTimes: EnrolmentWithRecords[] = enrolments.map((row) => ({
    ...row,
    enrolledAt: new Date(row.enrolledAt),
    lastActivityAt: new Date(row.lastActivityAt),
    completedAt: row.completedAt === null ? null : new Date(row.completedAt),
  }));
  return { viewer, enrolments: withTimes };
}

/** The columns of an enrolment that summarise the learner's progress for the cohort report. */
export type EnrolmentSummary = Pick<
  Selectable<DB['enrolment']>,
  'userId' | 'summaryVersionId' | 'completedLessons' | 'status' | 'eligibleForCertificate' | 'moduleProgress'
> & { percent: number; finalExamBestScore: number | null };

type SummariesToWrite = { courseId: string; rows: string; at: Date | null; lessonSlug: string | null };

// Every progress change writes them, so built and compiled once.
const writtenSummaries = compiledOnce((db, write: SummariesToWrite) =>
  db
    .updateTable('enrolment as e')
    .from(sql<Selectable<DB['enrolment']>>`jsonb_populate_recordset(null::enrolment, ${write.rows}::jsonb)`.as('s'))
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
      lastActivityAt: sql<Date>`GREATEST(e.last_activity_at, ${write.at}::timestamptz)`,
      lastLessonSlug: sql<string | null>`COALESCE(${write.lessonSlug}::text, e.last_lesson_slug)`,
    }))
    .where('e.courseId', '=', write.courseId)
    .whereRef('e.userId', '=', 's.userId')
    .returning(['e.userId', 'e.completedAt']),
);

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
  return writtenSummaries(manager, { courseId, rows: JSON.stringify(rows), at: activity?.at ?? null, lessonSlug: activity?.lessonSlug ?? null });
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

export interface SummaryFilter {
  status?: string | null;
  eligible?: boolean | null;
  /** Part of the learner's name or email. */
  search?: string | null;
}

export interface SummaryOrder {
  field: 'NAME' | 'EMAIL' | 'PERCENT' | 'LAST_ACTIVITY';
  direction: 'ASC' | 'DESC';
}

/** Each order walks its own index, (course_id, key, id), forwards or backwards; `type` casts a cursor's key back. */
const SUMMARY_ORDERS: Record<SummaryOrder['field'], { key: RawBuilder<unknown>; type: string }> = {
  NAME: { key: sql`lower(e.learner_name)`, type: 'text' },
  EMAIL: { key: sql`e.learner_email`, type: 'text' },
  PERCENT: { key: sql`e.percent`, type: 'numeric' },
  LAST_ACTIVITY: { key: sql`e.last_activity_at`, type: 'timestamptz' },
};

/** Which parts a summaries statement has: its order, and which filters and cursor apply. */
interface SummaryShape {
  order: SummaryOrder;
  status: boolean;
  eligible: boolean;
  search: boolean;
  after: boolean;
}

type SummaryValues = {
  courseId: string;
  status: string | null;
  eligible: boolean | null;
  pattern: string | null;
  afterKey: string | null;
  afterId: string | null;
};

/**
 * One keyset query over the enrolment summaries of a course, which every progress change keeps
 * current: filters are conditions on the same rows, the order is an index order, and a page
 * starts after the row with the sort key (as text) and id given.
 */
function summariesOf(db: TypedSql, shape: SummaryShape, values: SummaryValues) {
  const { key, type } = SUMMARY_ORDERS[shape.order.field];
  const direction = shape.order.direction === 'DESC' ? 'desc' : 'asc';
  return db
    .selectFrom('enrolment as e')
    .select((e) => [
      'e.id',
      'e.userId as learnerId',
      'e.learnerName as name',
      'e.learnerEmail as email',
      'e.status',
      e.cast<number>('e.percent', 'float8').as('percent'),
      'e.completedLessons',
      'e.eligibleForCertificate',
      e.ref('e.moduleProgress').$castTo<ModuleSummary[]>().as('moduleProgress'),
      e.cast<number | null>('e.finalExamBestScore', 'float8').as('finalExamBestScore'),
      'e.enrolledAt',
      'e.lastActivityAt',
      'e.completedAt',
      sql<string>`(${key})::text`.as('sortKey'),
    ])
    .where('e.courseId', '=', values.courseId)
    .$if(shape.status, (query) => query.where('e.status', '=', values.status!))
    .$if(shape.eligible, (query) => query.where('e.eligibleForCertificate', '=', values.eligible!))
    .$if(shape.search, (query) => query.where((e) => e.or([e('e.learnerName', 'ilike', values.pattern!), e('e.learnerEmail', 'ilike', values.pattern!)])))
    .$if(shape.after, (query) =>
      query.where(sql<boolean>`(${key}, e.id) ${sql.raw(direction === 'desc' ? '<' : '>')} (${values.afterKey}::${sql.raw(type)}, ${values.afterId}::uuid)`),
    )
    .orderBy(key, direction)
    .orderBy('e.id', direction);
}

function summaryRequest(courseId: string, filter: SummaryFilter, order: SummaryOrder, after: { sortKey: string; id: string } | null) {
  const search = filter.search?.trim();
  const values: SummaryValues = {
    courseId,
    status: filter.status || null,
    eligible: filter.eligible ?? null,
    pattern: search ? `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null,
    afterKey: after?.sortKey ?? null,
    afterId: after?.id ?? null,
  };
  const shape: SummaryShape = { order, status: values.status !== null, eligible: values.eligible !== null, search: values.pattern !== null, after: after !== null };
  return { shape, values };
}

/** Every summary of a course in report order, as a query to stream (an export reads it once, so it is built each time). */
export function enrolmentSummaries(db: Database, courseId: string, filter: SummaryFilter, order: SummaryOrder, after: { sortKey: string; id: string } | null) {
  const { shape, values } = summaryRequest(courseId, filter, order, after);
  return summariesOf(typedSql(db), shape, values);
}

// A page is asked on every click of the cohort report: each of its few shapes is compiled once.
const summaryPage = compiledPerShape(
  (shape: SummaryShape) => JSON.stringify(shape),
  (db, values: SummaryValues & { limit: number }, shape) => summariesOf(db, shape, values).limit(values.limit),
);

/** A page of `limit` summaries of a course in report order, after the row given. */
export function enrolmentSummaryPage(
  db: Database,
  courseId: string,
  filter: SummaryFilter,
  order: SummaryOrder,
  after: { sortKey: string; id: string } | null,
  limit: number,
) {
  const { shape, values } = summaryRequest(courseId, filter, order, after);
  return summaryPage(db, shape, { ...values, limit });
}
