import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Quiz } from './quizzes.types';

/** Batches quizzes by id, each as of its published version. */
export function createQuizLoaders(dataSource: DataSource) {
  return {
    publishedQuiz: new DataLoader<string, Quiz | null>(async (quizIds) => {
      const rows: Quiz[] = await dataSource.query(
        `SELECT q.id, q.slug, v.id AS "versionId", v.version, v.title, v.passing_score AS "passingScore",
                v.max_attempts AS "maxAttempts", v.time_limit_seconds AS "timeLimitSeconds",
                LEAST(COALESCE(v.draw_count, n.total), n.total)::int AS "questionCount"
           FROM quiz q
           JOIN quiz_version v ON v.id = q.published_version_id
           CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM question WHERE quiz_version_id = v.id) n
          WHERE q.id = ANY($1::uuid[])`,
        [quizIds],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      return quizIds.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type QuizLoaders = ReturnType<typeof createQuizLoaders>;
