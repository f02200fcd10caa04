import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createAttemptLoaders } from '../attempts/attempt.loaders';
import type { QuestionEntity } from './question.entity';
import { questionsOfVersions } from './quiz-questions';
import type { Quiz } from './quizzes.types';

/** Batches quizzes by id, each as of its published version, their questions, and attempts at them. */
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
    /** Answer keys included: map to a learner type before returning anything from these. */
    questionsOfVersion: new DataLoader<string, QuestionEntity[]>(async (versionIds) => {
      const questions = await questionsOfVersions(dataSource, versionIds);
      return versionIds.map((id) => questions.get(id)!);
    }),
    attempts: createAttemptLoaders(dataSource),
  };
}

export type QuizLoaders = ReturnType<typeof createQuizLoaders>;
