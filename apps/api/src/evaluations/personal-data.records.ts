import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { typedSql, type Database } from '../database/typed-sql';

/** Every course evaluation one learner submitted, with their answers, in one statement. */
export function evaluationsOfHolder(db: Database, userId: string) {
  return typedSql(db)
    .selectFrom('courseEvaluation as e')
    .selectAll('e')
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('courseEvaluationAnswer as x')
          .select(['x.itemId', 'x.rating', 'x.agreed', 'x.comment'])
          .whereRef('x.userId', '=', 'e.userId')
          .whereRef('x.courseVersionId', '=', 'e.courseVersionId')
          .orderBy('x.itemId'),
      ).as('answers'),
    )
    .where('e.userId', '=', userId)
    .orderBy('e.submittedAt')
    .execute();
}
