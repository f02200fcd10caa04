import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on `lti_score_target`: the LMS line item a learner's grade for a course or quiz goes to. */

export interface ScoreTarget {
  platformId: string;
  resourceLinkId: string;
  userId: string;
  subject: string;
  courseId: string;
  quizId: string | null;
  lineItemUrl: string;
}

/** The latest launch of a resource link names the line item; an earlier one is replaced. */
export async function saveScoreTarget(db: Database, target: ScoreTarget): Promise<void> {
  const { platformId, resourceLinkId, userId, ...changed } = target;
  await typedSql(db)
    .insertInto('ltiScoreTarget')
    .values(target)
    .onConflict((conflict) => conflict.columns(['platformId', 'resourceLinkId', 'userId']).doUpdateSet({ ...changed, updatedAt: sql<Date>`now()` }))
    .execute();
}

/** The line items of the learner's launches for this quiz, or for its course as a whole. */
export function scoreTargetsOf(db: Database, userId: string, courseId: string, quizId: string) {
  return typedSql(db)
    .selectFrom('ltiScoreTarget')
    .select(['id', 'quizId'])
    .where('userId', '=', userId)
    .where('courseId', '=', courseId)
    .where((eb) => eb.or([eb('quizId', '=', quizId), eb('quizId', 'is', null)]))
    .execute();
}

export function scoreTargetById(db: Database, id: string) {
  return typedSql(db).selectFrom('ltiScoreTarget').select(['platformId', 'subject', 'lineItemUrl']).where('id', '=', id).executeTakeFirst();
}
