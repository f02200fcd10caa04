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

/** How many learners evaluated the version, and each distinct answer with how many gave it, comments in alphabetical order. */
export async function tallyAnswers(db: Database, courseVersionId: string): Promise<{ responses: number; tallies: AnswerTally[] }> {
  const found = await typedSql(db)
    .selectNoFrom((eb) => [
      eb.selectFrom('courseEvaluation').select(eb.fn.countAll<string>().as('n')).where('courseVersionId', '=', courseVersionId).$asScalar().as('responses'),
      jsonArrayFrom(
        eb
          .selectFrom('courseEvaluationAnswer')
          .select((answers) => ['itemId', 'rating', 'agreed', 'comment', answers.cast<number>(answers.fn.countAll(), 'int4').as('count')])
          .where('courseVersionId', '=', courseVersionId)
          .groupBy(['itemId', 'rating', 'agreed', 'comment'])
          .orderBy('itemId')
          .orderBy('rating')
          .orderBy('agreed')
          .orderBy('comment'),
      )
        .$castTo<AnswerTally[]>()
        .as('tallies'),
    ])
    .executeTakeFirstOrThrow();
  return { responses: Number(found.responses ?? 0), tallies: found.tallies };
}
