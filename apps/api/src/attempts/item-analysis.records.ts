import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Statements on quiz_attempt and attempt_answer for item analysis: how a quiz version's graded attempts answered. */

/**
 * Each graded attempt at a quiz version with its score band (top and bottom 27% by score, ties
 * split by id), one row per question it showed, with the credit and options of its answer.
 */
function shownQuestions(db: Database, quizVersionId: string) {
  return typedSql(db)
    .with('graded', (graded) =>
      graded
        .selectFrom('quizAttempt as a')
        .select([
          'a.id',
          sql<number>`a.score::float8`.as('score'),
          'a.questions',
          sql<number>`jsonb_array_length(a.questions)`.as('shownCount'),
          sql<'UPPER' | 'LOWER' | null>`CASE WHEN row_number() OVER (ORDER BY a.score DESC, a.id) <= ceil(0.27 * count(*) OVER ()) THEN 'UPPER'
                WHEN row_number() OVER (ORDER BY a.score, a.id) <= ceil(0.27 * count(*) OVER ()) THEN 'LOWER' END`.as('band'),
        ])
        .where('a.quizVersionId', '=', quizVersionId)
        .where('a.status', '<>', 'IN_PROGRESS'),
    )
    .with('shown', (shown) =>
      shown
        .selectFrom('graded as g')
        .crossJoin(sql<{ questionId: string }>`LATERAL (SELECT (q ->> 'questionId')::uuid AS question_id FROM jsonb_array_elements(g.questions) q)`.as('q'))
        .leftJoin('attemptAnswer as s', (join) => join.onRef('s.attemptId', '=', 'g.id').onRef('s.questionId', '=', 'q.questionId'))
        .select(['g.score', 'g.shownCount', 'g.band', 'q.questionId', sql<number>`COALESCE(s.credit, 0)::float8`.as('credit'), 's.optionIds']),
    );
}

/** For item analysis: per question of a quiz version, how graded attempts did on it, overall and in each score band. */
export function questionStatistics(db: Database, quizVersionId: string) {
  return shownQuestions(db, quizVersionId)
    .selectFrom('shown')
    .select([
      'shown.questionId',
      sql<number>`count(*)::int`.as('attempts'),
      sql<number>`count(*) FILTER (WHERE band = 'UPPER')::int`.as('upperAttempts'),
      sql<number>`count(*) FILTER (WHERE band = 'LOWER')::int`.as('lowerAttempts'),
      sql<number>`avg((credit = 1)::int)::float8`.as('shareCorrect'),
      // Corrected point-biserial: the credit against the rest of the score.
      sql<number | null>`corr(credit, score - credit * 100.0 / shown_count)`.as('discrimination'),
      sql<number | null>`(avg((credit = 1)::int) FILTER (WHERE band = 'UPPER') - avg((credit = 1)::int) FILTER (WHERE band = 'LOWER'))::float8`.as(
        'upperLowerIndex',
      ),
    ])
    .groupBy('shown.questionId')
    .execute();
}

/** For item analysis: per option of each question, how often graded attempts chose it, overall and in each score band. */
export function optionChoices(db: Database, quizVersionId: string) {
  return shownQuestions(db, quizVersionId)
    .selectFrom('shown')
    .crossJoin(sql<{ optionId: string }>`LATERAL (SELECT unnest(shown.option_ids) AS option_id)`.as('o'))
    .select([
      'shown.questionId',
      'o.optionId',
      sql<number>`count(*)::int`.as('chosen'),
      sql<number>`count(*) FILTER (WHERE band = 'UPPER')::int`.as('upperChosen'),
      sql<number>`count(*) FILTER (WHERE band = 'LOWER')::int`.as('lowerChosen'),
    ])
    .groupBy(['shown.questionId', 'o.optionId'])
    .execute();
}

export async function gradedAttemptCount(db: Database, quizVersionId: string): Promise<number> {
  const { attempts } = await typedSql(db)
    .selectFrom('quizAttempt as a')
    .select(sql<number>`count(*)::int`.as('attempts'))
    .where('a.quizVersionId', '=', quizVersionId)
    .where('a.status', '<>', 'IN_PROGRESS')
    .executeTakeFirstOrThrow();
  return attempts;
}
