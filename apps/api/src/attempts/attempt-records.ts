import { expressionBuilder, sql, type Expression, type Insertable, type QueryCreator } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { EntityManager } from 'typeorm';
import type { DB } from '../database/schema';
import { compiledOnce, typedSql, type Database, type TypedSql } from '../database/typed-sql';
import { quizVersionsToJoin, quizzesToJoin } from '../quizzes/quiz-joins.records';
import type { CheckedAnswer } from './answer-rules';
import type { AttemptStatus, QuizAttempt, SavedAnswer } from './attempts.types';
import type { DrawnQuestion } from './question-draw';
import { regradesInForce, type RegradeScope } from './regrade-records';

/** Every statement on quiz_attempt and attempt_answer. */

/** Seconds after the deadline that a save or submit still counts: requests take time to arrive. */
const DEADLINE_GRACE_SECONDS = sql.lit(5);

const pastDeadline = sql<boolean>`a.deadline + make_interval(secs => ${DEADLINE_GRACE_SECONDS}) < now()`;

function selectAttempts(db: TypedSql) {
  return db
    .selectFrom('quizAttempt as a')
    .innerJoin(quizVersionsToJoin().as('v'), 'v.id', 'a.quizVersionId')
    .innerJoin(quizzesToJoin().as('q'), 'q.id', 'a.quizId')
    .select((eb) => [
      'a.id',
      'a.quizId',
      'a.quizVersionId',
      'a.userId',
      'a.attemptNumber',
      eb.ref('a.status').$castTo<AttemptStatus>().as('status'),
      eb.ref('a.questions').$castTo<DrawnQuestion[]>().as('drawnQuestions'),
      'a.startedAt',
      'a.deadline',
      'a.submittedAt',
      'a.submissionKey',
      sql<number | null>`a.score::float8`.as('score'),
      'a.passed',
      eb.ref('v.feedback').$castTo<QuizAttempt['feedbackPolicy']>().as('feedbackPolicy'),
      eb.ref('v.scoring').$castTo<QuizAttempt['scoring']>().as('scoring'),
      'v.passingScore',
      'v.version as quizVersion',
      'v.title as quizTitle',
      'q.courseId',
      sql<boolean>`(a.status = 'IN_PROGRESS' AND ${pastDeadline})`.as('overdue'),
      sql<number | null>`CASE WHEN q.max_attempts IS NOT NULL THEN GREATEST(q.max_attempts - (
        SELECT count(*) FROM quiz_attempt o WHERE o.user_id = a.user_id AND o.quiz_id = a.quiz_id), 0)::int END`.as('attemptsLeft'),
      eb
        .exists(eb.selectFrom('quizAttempt as p').select('p.id').whereRef('p.userId', '=', 'a.userId').whereRef('p.quizId', '=', 'a.quizId').where('p.passed', '=', true))
        .$castTo<boolean>()
        .as('quizPassed'),
      regradesInForce(eb.ref('a.quizId'), eb.ref('v.version')).as('regradeRules'),
    ]);
}

// Read on every save and submit, so built and compiled once.
const attemptWithId = compiledOnce((db, { attemptId }: { attemptId: string }) => selectAttempts(db).where('a.id', '=', attemptId));
const lockedAttemptWithId = compiledOnce((db, { attemptId }: { attemptId: string }) => selectAttempts(db).where('a.id', '=', attemptId).forUpdate('a'));

export async function findAttempt(db: Database, attemptId: string): Promise<QuizAttempt | null> {
  const [attempt] = await attemptWithId(db, { attemptId });
  return attempt ?? null;
}

/** Locks the attempt row until the transaction ends: saves and submits of one attempt take turns. */
export async function lockAttempt(manager: EntityManager, attemptId: string): Promise<QuizAttempt | null> {
  const [attempt] = await lockedAttemptWithId(manager, { attemptId });
  return attempt ?? null;
}

/**
 * The next attempts in a regrade's scope after the one given, in id order, whatever their
 * status; `lock` holds their row locks until the transaction ends, waiting for a submit in flight.
 */
export function attemptsInScope(db: Database, scope: RegradeScope, afterId: string | null, limit: number, lock: boolean): Promise<QuizAttempt[]> {
  const query = selectAttempts(typedSql(db))
    .where('a.quizId', '=', scope.quizId)
    .$if(scope.beforeVersion !== null, (attempts) => attempts.where('v.version', '<', scope.beforeVersion!))
    .$if(afterId !== null, (attempts) => attempts.where('a.id', '>', afterId!))
    .orderBy('a.id')
    .limit(limit);
  return (lock ? query.forUpdate('a') : query).execute();
}

/** How many attempts a regrade's scope holds now. */
export async function countAttemptsInScope(db: Database, scope: RegradeScope): Promise<number> {
  const { count } = await typedSql(db)
    .selectFrom('quizAttempt as a')
    .innerJoin(quizVersionsToJoin().as('v'), 'v.id', 'a.quizVersionId')
    .where('a.quizId', '=', scope.quizId)
    .$if(scope.beforeVersion !== null, (attempts) => attempts.where('v.version', '<', scope.beforeVersion!))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return count;
}

export function attemptsOfLearner(db: Database, userId: string, quizIds: readonly string[]): Promise<QuizAttempt[]> {
  return selectAttempts(typedSql(db))
    .where('a.userId', '=', userId)
    .where((eb) => eb('a.quizId', '=', eb.fn.any(eb.val(quizIds))))
    .orderBy('a.attemptNumber')
    .execute();
}

export async function overdueAttemptIds(db: Database, userId: string, quizId: string): Promise<string[]> {
  const rows = await typedSql(db)
    .selectFrom('quizAttempt as a')
    .select('a.id')
    .where('a.userId', '=', userId)
    .where('a.quizId', '=', quizId)
    .where('a.status', '=', 'IN_PROGRESS')
    .where(pastDeadline)
    .execute();
  return rows.map((row) => row.id);
}

/** What starting another attempt depends on: the open one, how many there were, and how long since the last submission. */
export interface AttemptHistory {
  openAttemptId: string | null;
  attempts: number;
  lastNumber: number;
  /** Null before the first submission. Read from the clock, not the transaction's start: the caller may have waited for a lock. */
  secondsSinceSubmission: number | null;
}

export async function attemptHistory(manager: EntityManager, userId: string, quizId: string): Promise<AttemptHistory> {
  return typedSql(manager)
    .selectFrom('quizAttempt as a')
    .select([
      sql<string | null>`(array_agg(a.id) FILTER (WHERE a.status = 'IN_PROGRESS'))[1]`.as('openAttemptId'),
      sql<number>`count(*)::int`.as('attempts'),
      sql<number>`COALESCE(max(a.attempt_number), 0)`.as('lastNumber'),
      sql<number | null>`extract(epoch FROM clock_timestamp() - max(a.submitted_at))::float8`.as('secondsSinceSubmission'),
    ])
    .where('a.userId', '=', userId)
    .where('a.quizId', '=', quizId)
    .executeTakeFirstOrThrow();
}

export interface NewAttempt {
  id: string;
  quizId: string;
  quizVersionId: string;
  userId: string;
  attemptNumber: number;
  drawnQuestions: DrawnQuestion[];
  timeLimitSeconds: number | null;
}

export async function insertAttempt(manager: EntityManager, attempt: NewAttempt): Promise<{ startedAt: Date }> {
  return typedSql(manager)
    .insertInto('quizAttempt')
    .values({
      id: attempt.id,
      quizId: attempt.quizId,
      quizVersionId: attempt.quizVersionId,
      userId: attempt.userId,
      attemptNumber: attempt.attemptNumber,
      questions: JSON.stringify(attempt.drawnQuestions),
      deadline: sql<Date | null>`now() + make_interval(secs => ${attempt.timeLimitSeconds}::int)`,
    })
    .returning('startedAt')
    .executeTakeFirstOrThrow();
}

export function savedAnswersOf(db: Database, attemptIds: readonly string[]): Promise<(SavedAnswer & { attemptId: string })[]> {
  return typedSql(db)
    .selectFrom('attemptAnswer as s')
    .select(['s.attemptId', 's.questionId', 's.optionIds', 's.number', 's.text', 's.savedAt', sql<number | null>`s.credit::float8`.as('credit')])
    .where((eb) => eb('s.attemptId', '=', eb.fn.any(eb.val(attemptIds))))
    .execute();
}

type AnswerRow = Insertable<DB['attemptAnswer']>;

/** Answers as the one JSON parameter `answerRows` reads back as attempt_answer rows. */
function answersJson(attemptId: string, answers: (CheckedAnswer & { credit?: number })[]): string {
  const rows = answers.map(
    ({ questionId, optionIds, number, text, credit }): { [Column in keyof AnswerRow as SnakeCase<Column>]: AnswerRow[Column] } => ({
      attempt_id: attemptId,
      question_id: questionId,
      option_ids: optionIds,
      number,
      text,
      credit: credit ?? null,
    }),
  );
  return JSON.stringify(rows);
}

/** Answers given as one JSON parameter, as rows: a batch of any size is the same statement text. */
function answerRows(json: string) {
  return sql<Required<AnswerRow>>`jsonb_populate_recordset(null::attempt_answer, ${json}::jsonb)`;
}

type SnakeCase<Name extends string> = Name extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : Name;

/** Keeps answers with their credit (none before grading); a later answer to the same question replaces the earlier one. */
function keepAnswers(db: QueryCreator<DB>, answers: string) {
  return db
    .insertInto('attemptAnswer')
    .columns(['attemptId', 'questionId', 'optionIds', 'number', 'text', 'credit'])
    .expression((eb) =>
      eb.selectFrom(answerRows(answers).as('a')).select(['a.attemptId', 'a.questionId', 'a.optionIds', 'a.number', 'a.text', 'a.credit']),
    )
    .onConflict((conflict) =>
      conflict.columns(['attemptId', 'questionId']).doUpdateSet((eb) => ({
        optionIds: eb.ref('excluded.optionIds'),
        number: eb.ref('excluded.number'),
        text: eb.ref('excluded.text'),
        credit: eb.ref('excluded.credit'),
        savedAt: sql<Date>`now()`,
      })),
    );
}

const keptAnswers = compiledOnce((db, { answers }: { answers: string }) => keepAnswers(db, answers));

export async function writeAnswers(manager: EntityManager, attemptId: string, answers: CheckedAnswer[]): Promise<void> {
  if (answers.length > 0) await keptAnswers(manager, { answers: answersJson(attemptId, answers) });
}

export interface AttemptClosing {
  status: AttemptStatus.SUBMITTED | AttemptStatus.EXPIRED;
  score: number;
  passed: boolean;
  submissionKey: string | null;
  /** The answers given with the closing, kept as saved now, with their credit. */
  given: (CheckedAnswer & { credit: number })[];
  /** Answers saved before: only their credit changes. */
  earlier: (CheckedAnswer & { credit: number })[];
}

/**
 * Closes an open attempt with its grade and its answers' credit, in one statement. Answers when it
 * was closed, or null when it was no longer open: the status condition settles any race the
 * caller's row lock did not.
 */
type Closing = {
  attemptId: string;
  given: string;
  earlier: string;
  status: AttemptClosing['status'];
  score: number;
  passed: boolean;
  submissionKey: string | null;
};

// Every submit sends it, so built and compiled once.
const closedAttempt = compiledOnce((db, closing: Closing) =>
  db
    .with('given', (query) => keepAnswers(query, closing.given))
    .with('earlier', (query) =>
      query
        .updateTable('attemptAnswer as s')
        .from(answerRows(closing.earlier).as('c'))
        .set((eb) => ({ credit: eb.ref('c.credit') }))
        .whereRef('s.attemptId', '=', 'c.attemptId')
        .whereRef('s.questionId', '=', 'c.questionId'),
    )
    .updateTable('quizAttempt')
    .set({
      status: closing.status,
      submittedAt: sql<Date>`now()`,
      score: closing.score,
      passed: closing.passed,
      submissionKey: closing.submissionKey,
    })
    .where('id', '=', closing.attemptId)
    .where('status', '=', 'IN_PROGRESS')
    .returning('submittedAt'),
);

export async function closeAttempt(manager: EntityManager, attemptId: string, closing: AttemptClosing): Promise<{ submittedAt: Date } | null> {
  const [closed] = await closedAttempt(manager, {
    attemptId,
    given: answersJson(attemptId, closing.given),
    earlier: answersJson(attemptId, closing.earlier),
    status: closing.status,
    score: closing.score,
    passed: closing.passed,
    submissionKey: closing.submissionKey,
  });
  return closed ? { submittedAt: closed.submittedAt! } : null;
}

/**
 * A learner's results per quiz of a course, for progress to read in the statement it reads the
 * enrolment with: any graded attempt counts, whatever quiz version it used, an attempt graded
 * when its time ran out too.
 */
export function quizResultsOf(userId: Expression<string>, courseId: Expression<string>) {
  const eb = expressionBuilder<DB, never>();
  return jsonArrayFrom(
    eb
      .selectFrom('quizAttempt as a')
      .innerJoin(quizzesToJoin().as('q'), 'q.id', 'a.quizId')
      .select([
        'a.quizId',
        sql<number | null>`max(a.score)::float8`.as('bestScore'),
        sql<boolean>`COALESCE(bool_or(a.passed), false)`.as('passed'),
        sql<number>`count(*)::int`.as('attemptsUsed'),
      ])
      .where('a.userId', '=', userId)
      .where('q.courseId', '=', courseId)
      .groupBy('a.quizId'),
  );
}

/** Time in one attempt beyond this is not counted as learning: an attempt left open is not an hour of study. */
const COUNTED_SECONDS_PER_ATTEMPT = sql.lit(3600);

/** Seconds the learner spent in submitted attempts of a course's quizzes, for another feature's statement. */
export function attemptSecondsIn(userId: Expression<string>, courseId: Expression<string>) {
  const eb = expressionBuilder<DB, never>();
  return eb
    .selectFrom('quizAttempt as a')
    .innerJoin(quizzesToJoin().as('q'), 'q.id', 'a.quizId')
    .select(sql<number>`COALESCE(sum(least(extract(epoch FROM a.submitted_at - a.started_at), ${COUNTED_SECONDS_PER_ATTEMPT})), 0)::int`.as('seconds'))
    .where('a.userId', '=', userId)
    .where('q.courseId', '=', courseId)
    .where('a.submittedAt', 'is not', null)
    .$asScalar();
}
