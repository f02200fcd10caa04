import { expressionBuilder, sql, type Expression } from 'kysely';
import type { DB } from '../database/schema';

/** What other features' statements read of quiz and quiz_version, joined or nested in their own statements. */

/** Quizzes with their course and the attempts their published version allows: the one way other features' statements read `quiz`. */
export const quizzesToJoin = () =>
  expressionBuilder<DB, never>()
    .selectFrom('quiz as q')
    .leftJoin('quizVersion as pv', 'pv.id', 'q.publishedVersionId')
    .select(['q.id', 'q.courseId', 'pv.maxAttempts']);

/** Quiz versions as other features' statements join them: the one way those read `quiz_version`. */
export const quizVersionsToJoin = () =>
  expressionBuilder<DB, never>().selectFrom('quizVersion').select(['id', 'title', 'version', 'feedback', 'scoring', 'passingScore']);

/**
 * The attempts each quiz of a course allows, keyed by quiz id, as its published version says
 * (null: unlimited). A quiz's published version changes without a new course version, so this is
 * read with the learner's records, never cached with the course.
 */
export function publishedQuizLimits(courseId: Expression<string>) {
  const eb = expressionBuilder<DB, never>();
  return eb.fn.coalesce(
    eb
      .selectFrom('quiz as q')
      .innerJoin('quizVersion as qv', 'qv.id', 'q.publishedVersionId')
      .where('q.courseId', '=', courseId)
      .select((quizzes) => quizzes.fn<Record<string, number | null>>('json_object_agg', ['q.id', 'qv.maxAttempts']).as('limits'))
      .$asScalar(),
    sql<Record<string, number | null>>`'{}'`,
  );
}
