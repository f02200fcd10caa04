import { typedSql, type Database } from '../database/typed-sql';
import { quizVersionsToJoin, quizzesToJoin } from '../quizzes/quiz-joins.records';

/** Statements on quiz_attempt for certificates: which versions of a course's quizzes a learner passed. */

/** For each quiz of a course the learner passed, the version of their latest passing attempt, in the order they passed them. */
export function passedQuizVersions(db: Database, userId: string, courseId: string): Promise<{ quizId: string; title: string; version: number }[]> {
  const latestPasses = typedSql(db)
    .selectFrom('quizAttempt as a')
    .innerJoin(quizzesToJoin().as('q'), 'q.id', 'a.quizId')
    .innerJoin(quizVersionsToJoin().as('v'), 'v.id', 'a.quizVersionId')
    .distinctOn('a.quizId')
    .select(['a.quizId', 'v.title', 'v.version', 'a.submittedAt'])
    .where('a.userId', '=', userId)
    .where('q.courseId', '=', courseId)
    .where('a.passed', '=', true)
    .orderBy('a.quizId')
    .orderBy('a.submittedAt', 'desc');
  return typedSql(db)
    .selectFrom(latestPasses.as('p'))
    .select(['p.quizId', 'p.title', 'p.version'])
    .orderBy('p.submittedAt')
    .orderBy('p.quizId')
    .execute();
}
