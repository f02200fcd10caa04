import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { typedSql, type Database } from '../database/typed-sql';

/** Every quiz attempt of one learner with the answers they gave, oldest first, in one statement. */
export function attemptsOfHolder(db: Database, userId: string) {
  return typedSql(db)
    .selectFrom('quizAttempt as a')
    .selectAll('a')
    .select((eb) => jsonArrayFrom(eb.selectFrom('attemptAnswer as x').selectAll('x').whereRef('x.attemptId', '=', 'a.id').orderBy('x.questionId')).as('answers'))
    .where('a.userId', '=', userId)
    .orderBy('a.startedAt')
    .orderBy('a.id')
    .execute();
}
