import { expressionBuilder, sql, type Expression } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { EntityManager } from 'typeorm';
import { accountsToJoin } from '../auth/account-records';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import { quizVersionsToJoin, quizzesToJoin } from '../quizzes/quiz-joins.records';
import type { RegradeMode, RegradeRule } from './regrade-rules';

/** Every statement on regrade and attempt_regrade, and the regrade's writes to quiz_attempt and attempt_answer. */

const eb = expressionBuilder<DB, never>();

/**
 * The regrades in force for an attempt at version `version` of quiz `quizId`, in the order they
 * were requested: every one that credits a question, and those keyed by a later version.
 */
export function regradesInForce(quizId: Expression<string>, version: Expression<number>) {
  return jsonArrayFrom(
    eb
      .selectFrom('regrade as r')
      .select((regrades) => ['r.id as regradeId', regrades.ref('r.mode').$castTo<RegradeMode>().as('mode'), 'r.questionKey', 'r.keyVersionId'])
      .where('r.quizId', '=', quizId)
      .where((regrades) => regrades.or([regrades('r.mode', '=', 'CREDIT_ALL'), regrades('r.keyVersion', '>', version)]))
      .orderBy('r.requestedAt')
      .orderBy('r.id'),
  ).$castTo<RegradeRule[]>();
}

/** Which attempts a regrade looks at: every attempt at the quiz, or only those at versions before the key version. */
export interface RegradeScope {
  quizId: string;
  beforeVersion: number | null;
}

export function scopeOf(regrade: { quizId: string; mode: RegradeMode; keyVersion: number }): RegradeScope {
  return { quizId: regrade.quizId, beforeVersion: regrade.mode === 'CORRECTED_KEYS' ? regrade.keyVersion : null };
}

export interface NewRegrade {
  quizId: string;
  mode: RegradeMode;
  questionKey: string | null;
  keyVersionId: string;
  keyVersion: number;
  requestedBy: string;
  attemptsTotal: number;
}

/**
 * Whether a regrade of the quiz is unfinished, read without waiting: the insert below would wait
 * for the running batch that holds that regrade's row, which can take longer than a request may.
 */
export async function hasUnfinishedRegrade(db: Database, quizId: string): Promise<boolean> {
  const found = await typedSql(db).selectFrom('regrade').select('id').where('quizId', '=', quizId).where('status', '<>', 'COMPLETE').executeTakeFirst();
  return found !== undefined;
}

/** Answers the new regrade's id, or null while another regrade of the quiz is unfinished (the partial unique index). */
export async function insertRegrade(manager: EntityManager, regrade: NewRegrade): Promise<string | null> {
  const inserted = await typedSql(manager)
    .insertInto('regrade')
    .values(regrade)
    .onConflict((conflict) => conflict.column('quizId').where('status', '<>', 'COMPLETE').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id ?? null;
}

/**
 * Locks the regrade for one batch and marks it running: batches of one regrade take turns, so a
 * job run twice at once (a retry while the first still runs) resumes where the other stopped.
 */
export async function claimRegrade(manager: EntityManager, regradeId: string) {
  const claimed = await typedSql(manager)
    .updateTable('regrade')
    .set((regrades) => ({
      status: sql<string>`CASE WHEN status = 'QUEUED' THEN 'RUNNING' ELSE status END`,
      startedAt: regrades.fn.coalesce('startedAt', sql<Date>`now()`),
    }))
    .where('id', '=', regradeId)
    .returning((regrades) => [
      'id',
      'quizId',
      regrades.ref('mode').$castTo<RegradeMode>().as('mode'),
      'keyVersion',
      'status',
      'afterAttemptId',
    ])
    .executeTakeFirst();
  return claimed ?? null;
}

export interface RegradedAttempt {
  attemptId: string;
  oldScore: number;
  newScore: number;
  oldPassed: boolean;
  newPassed: boolean;
  /** The new credit of each answered question. */
  credits: { questionId: string; credit: number }[];
}

/**
 * Keeps each attempt's regrade once, with its score before and after, and writes the new score
 * and credits, in one statement. Answers the attempts it recorded: one recorded before (by a run
 * that committed) is left as it is.
 */
export async function recordRegradedAttempts(manager: EntityManager, regradeId: string, attempts: RegradedAttempt[]): Promise<string[]> {
  if (attempts.length === 0) return [];
  const results = attempts.map(({ credits: _, ...result }) => result);
  const credits = attempts.flatMap(({ attemptId, credits }) => credits.map((credit) => ({ attemptId, ...credit })));
  const rows = await typedSql(manager)
    .with('recorded', (db) =>
      db
        .insertInto('attemptRegrade')
        .columns(['regradeId', 'attemptId', 'oldScore', 'newScore', 'oldPassed', 'newPassed'])
        .expression(
          db
            .selectFrom(
              sql<RegradedAttempt>`jsonb_to_recordset(${JSON.stringify(results)}::jsonb)`.as<'g'>(
                sql`g("attemptId" uuid, "oldScore" numeric, "newScore" numeric, "oldPassed" boolean, "newPassed" boolean)`,
              ),
            )
            .select([sql<string>`${regradeId}::uuid`.as('regradeId'), sql`g."attemptId"`.as('attemptId'), sql`g."oldScore"`.as('oldScore'), sql`g."newScore"`.as('newScore'), sql`g."oldPassed"`.as('oldPassed'), sql`g."newPassed"`.as('newPassed')]),
        )
        .onConflict((conflict) => conflict.columns(['regradeId', 'attemptId']).doNothing())
        .returning(['attemptId', 'newScore', 'newPassed']),
    )
    .with('scored', (db) =>
      db
        .updateTable('quizAttempt as a')
        .from('recorded as r')
        .set((attempts) => ({ score: attempts.ref('r.newScore'), passed: attempts.ref('r.newPassed') }))
        .whereRef('a.id', '=', 'r.attemptId'),
    )
    .with('credited', (db) =>
      db
        .updateTable('attemptAnswer as s')
        .from(
          sql<{ attemptId: string; questionId: string; credit: number }>`jsonb_to_recordset(${JSON.stringify(credits)}::jsonb)`.as<'c'>(
            sql`c("attemptId" uuid, "questionId" uuid, credit numeric)`,
          ),
        )
        .set({ credit: sql`c.credit` })
        .where(sql<boolean>`s.attempt_id = c."attemptId" AND s.question_id = c."questionId"`)
        .where(sql<boolean>`c."attemptId" IN (SELECT attempt_id FROM recorded)`),
    )
    .selectFrom('recorded')
    .select('attemptId')
    .execute();
  return rows.map((row) => row.attemptId);
}

/** Moves the regrade on past a batch: the last attempt looked at, and how many were graded and how many still open. */
export async function advanceRegrade(manager: EntityManager, regradeId: string, batch: { lastAttemptId: string; done: number; open: number }): Promise<void> {
  await typedSql(manager)
    .updateTable('regrade')
    .set((regrades) => ({
      afterAttemptId: batch.lastAttemptId,
      attemptsDone: sql<number>`${regrades.ref('attemptsDone')} + ${batch.done}`,
      attemptsOpen: sql<number>`${regrades.ref('attemptsOpen')} + ${batch.open}`,
    }))
    .where('id', '=', regradeId)
    .execute();
}

export async function finishRegrade(manager: EntityManager, regradeId: string): Promise<void> {
  await typedSql(manager).updateTable('regrade').set({ status: 'COMPLETE', finishedAt: sql<Date>`now()` }).where('id', '=', regradeId).where('status', '<>', 'COMPLETE').execute();
}

const changedResult = sql<boolean>`(ar.old_score <> ar.new_score OR ar.old_passed <> ar.new_passed)`;

function regradeViews(db: Database) {
  return typedSql(db)
    .selectFrom('regrade as r')
    .innerJoin(quizVersionsToJoin().as('v'), 'v.id', 'r.keyVersionId')
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'r.requestedBy')
    .innerJoinLateral(
      (db) =>
        db
          .selectFrom('attemptRegrade as ar')
          .whereRef('ar.regradeId', '=', 'r.id')
          .select([
            sql<number>`count(*) FILTER (WHERE ${changedResult})::int`.as('resultsChanged'),
            sql<number>`count(*) FILTER (WHERE NOT ar.old_passed AND ar.new_passed)::int`.as('nowPassing'),
            sql<number>`count(*) FILTER (WHERE ar.old_passed AND NOT ar.new_passed)::int`.as('nowFailing'),
          ])
          .as('counts'),
      (join) => join.onTrue(),
    )
    .select((regrades) => [
      'r.id',
      'r.quizId',
      regrades.ref('r.mode').$castTo<RegradeMode>().as('mode'),
      'r.questionKey',
      'r.keyVersion',
      regrades.ref('r.status').$castTo<'QUEUED' | 'RUNNING' | 'COMPLETE'>().as('status'),
      'r.requestedAt',
      'u.name as requestedByName',
      'r.startedAt',
      'r.finishedAt',
      'r.attemptsTotal',
      'r.attemptsDone',
      'r.attemptsOpen',
      'v.title as quizTitle',
      'counts.resultsChanged',
      'counts.nowPassing',
      'counts.nowFailing',
    ]);
}

export type RegradeRow = Awaited<ReturnType<ReturnType<typeof regradeViews>['executeTakeFirstOrThrow']>>;

export async function findRegrade(db: Database, regradeId: string): Promise<RegradeRow | null> {
  return (await regradeViews(db).where('r.id', '=', regradeId).executeTakeFirst()) ?? null;
}

export function regradesOfQuiz(db: Database, quizId: string): Promise<RegradeRow[]> {
  return regradeViews(db).where('r.quizId', '=', quizId).orderBy('r.requestedAt', 'desc').orderBy('r.id', 'desc').limit(50).execute();
}

/** How a regrade changed attempts' results, for those whose score or pass changed, oldest regrade first. */
export function regradeNotesOf(db: Database, attemptIds: readonly string[]) {
  return typedSql(db)
    .selectFrom('attemptRegrade as ar')
    .innerJoin('regrade as r', 'r.id', 'ar.regradeId')
    .select((notes) => [
      'ar.attemptId',
      'ar.regradeId',
      notes.ref('r.mode').$castTo<RegradeMode>().as('mode'),
      'r.questionKey',
      'r.keyVersion',
      'ar.regradedAt',
      sql<number>`ar.old_score::float8`.as('oldScore'),
      sql<number>`ar.new_score::float8`.as('newScore'),
      'ar.oldPassed',
      'ar.newPassed',
    ])
    .where((notes) => notes('ar.attemptId', '=', notes.fn.any(notes.val(attemptIds))))
    .where(changedResult)
    .orderBy('ar.regradedAt')
    .execute();
}

/** What the message to a learner whose result changed says, and where it goes. */
export function changedResultMessage(db: Database, regradeId: string, attemptId: string) {
  return typedSql(db)
    .selectFrom('attemptRegrade as ar')
    .innerJoin('regrade as r', 'r.id', 'ar.regradeId')
    .innerJoin('quizAttempt as a', 'a.id', 'ar.attemptId')
    .innerJoin(quizVersionsToJoin().as('v'), 'v.id', 'a.quizVersionId')
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'a.userId')
    .select((notes) => [
      'u.name',
      'u.email',
      'v.title as quizTitle',
      'a.attemptNumber',
      notes.ref('r.mode').$castTo<RegradeMode>().as('mode'),
      'r.keyVersion',
      sql<number>`ar.old_score::float8`.as('oldScore'),
      sql<number>`ar.new_score::float8`.as('newScore'),
      'ar.oldPassed',
      'ar.newPassed',
      'ar.regradedAt',
    ])
    .where('ar.regradeId', '=', regradeId)
    .where('ar.attemptId', '=', attemptId)
    .executeTakeFirst();
}

/** Names and emails of learners, for the dry run's list. */
export function learnersNamed(db: Database, userIds: readonly string[]) {
  return typedSql(db)
    .selectFrom(accountsToJoin().as('u'))
    .select(['u.id', 'u.name', 'u.email'])
    .where((learners) => learners('u.id', '=', learners.fn.any(learners.val(userIds))))
    .execute();
}

/**
 * Passes a regrade took away and that no attempt of the learner's at the quiz makes up for now:
 * the learner, the course, the regrade and the scores, for features above attempts to join
 * (certificates lists the certificates these put in doubt).
 */
export const passesLostToRegrades = () =>
  eb
    .selectFrom('attemptRegrade as ar')
    .innerJoin('quizAttempt as a', 'a.id', 'ar.attemptId')
    .innerJoin(quizzesToJoin().as('q'), 'q.id', 'a.quizId')
    .innerJoin(quizVersionsToJoin().as('v'), 'v.id', 'a.quizVersionId')
    .select([
      'a.userId',
      'q.courseId',
      'a.quizId',
      'v.title as quizTitle',
      'ar.regradeId',
      'ar.attemptId',
      'ar.regradedAt',
      sql<number>`ar.old_score::float8`.as('oldScore'),
      sql<number>`ar.new_score::float8`.as('newScore'),
    ])
    .where('ar.oldPassed', '=', true)
    .where('ar.newPassed', '=', false)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('quizAttempt as p').select('p.id').whereRef('p.userId', '=', 'a.userId').whereRef('p.quizId', '=', 'a.quizId').where('p.passed', '=', true))),
    );
