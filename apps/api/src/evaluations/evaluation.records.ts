import { expressionBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { EntityManager } from 'typeorm';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import type { StoredAnswer } from './evaluation-rules';

/** Every statement on course_evaluation and course_evaluation_answer. */

export interface EvaluationKey {
  userId: string;
  courseId: string;
  courseVersionId: string;
}

/** Records the evaluation and its answers; null when the learner evaluated this version already. */
export async function insertEvaluation(manager: EntityManager, key: EvaluationKey, answers: StoredAnswer[]): Promise<Date | null> {
  const inserted = await typedSql(manager)
    .insertInto('courseEvaluation')
    .values(key)
    .onConflict((conflict) => conflict.columns(['userId', 'courseVersionId']).doNothing())
    .returning('submittedAt')
    .executeTakeFirst();
  if (!inserted) return null;
  if (answers.length > 0) {
    await typedSql(manager)
      .insertInto('courseEvaluationAnswer')
      .values(answers.map((answer) => ({ ...answer, userId: key.userId, courseVersionId: key.courseVersionId })))
      .execute();
  }
  return inserted.submittedAt;
}

export async function evaluationSubmittedAt(db: Database, userId: string, courseVersionId: string): Promise<Date | null> {
  const found = await typedSql(db)
    .selectFrom('courseEvaluation')
    .select('submittedAt')
    .where('userId', '=', userId)
    .where('courseVersionId', '=', courseVersionId)
    .executeTakeFirst();
  return found?.submittedAt ?? null;
}

/** Evaluations as other features' statements join them: the one way those read `course_evaluation`. */
export const evaluationsToJoin = () => expressionBuilder<DB, never>().selectFrom('courseEvaluation').select(['userId', 'courseVersionId', 'submittedAt']);

export interface AnswerTally {
  itemId: string;
  rating: number | null;
  agreed: boolean | null;
  comment: string | null;
  count: number;
}

export interface VersionTally {
  responses: number;
  tallies: AnswerTally[];
}

/**
 * For each version, how many learners evaluated it and each distinct answer with how many gave it,
 * comments in alphabetical order; in one statement however many versions.
 */
export async function tallyAnswers(db: Database, courseVersionIds: readonly string[]): Promise<Map<string, VersionTally>> {
  if (courseVersionIds.length === 0) return new Map();
  const found = await typedSql(db)
    .selectNoFrom((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('courseEvaluation')
          .select((evaluations) => ['courseVersionId', evaluations.cast<number>(evaluations.fn.countAll(), 'int4').as('responses')])
          .where('courseVersionId', 'in', courseVersionIds)
          .groupBy('courseVersionId'),
      ).as('responses'),
      jsonArrayFrom(
        eb
          .selectFrom('courseEvaluationAnswer')
          .select((answers) => ['courseVersionId', 'itemId', 'rating', 'agreed', 'comment', answers.cast<number>(answers.fn.countAll(), 'int4').as('count')])
          .where('courseVersionId', 'in', courseVersionIds)
          .groupBy(['courseVersionId', 'itemId', 'rating', 'agreed', 'comment'])
          .orderBy('courseVersionId')
          .orderBy('itemId')
          .orderBy('rating')
          .orderBy('agreed')
          .orderBy('comment'),
      ).as('tallies'),
    ])
    .executeTakeFirstOrThrow();
  const byVersion = new Map<string, VersionTally>(courseVersionIds.map((id) => [id, { responses: 0, tallies: [] }]));
  for (const { courseVersionId, responses } of found.responses) byVersion.get(courseVersionId)!.responses = responses;
  for (const { courseVersionId, ...tally } of found.tallies) byVersion.get(courseVersionId)!.tallies.push(tally);
  return byVersion;
}
