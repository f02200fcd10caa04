import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { StoredQuestion } from './questions.records';
import { questionsOfVersions } from './quiz-questions';
import { publishedQuizzes } from './quiz-versions.records';
import type { Quiz } from './quizzes.types';

/** Batches quizzes by id, each as of its published version, and their questions. */
export function createQuizLoaders(dataSource: DataSource) {
  return {
    publishedQuiz: new DataLoader<string, Quiz | null>(async (quizIds) => {
      const rows = await publishedQuizzes(dataSource, quizIds);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return quizIds.map((id) => byId.get(id) ?? null);
    }),
    /** Answer keys included: map to a learner type before returning anything from these. */
    questionsOfVersion: new DataLoader<string, StoredQuestion[]>(async (versionIds) => {
      const questions = await questionsOfVersions(dataSource, versionIds);
      return versionIds.map((id) => questions.get(id)!);
    }),
  };
}

export type QuizLoaders = ReturnType<typeof createQuizLoaders>;
