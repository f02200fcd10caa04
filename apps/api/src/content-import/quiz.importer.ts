import { createHash } from 'node:crypto';
import type { QuizDefinition } from '@ptp/content';
import type { Database } from '../database/typed-sql';
import { insertQuestions } from '../quizzes/questions.records';
import { hasVersionWithContentHash, publishImportedVersion, publishQuizVersion, quizWithSlug } from '../quizzes/quiz-versions.records';

/**
 * Publishes a quiz file as a new quiz version unless that exact file was imported before.
 * Versions an instructor published in the app stay; a changed file becomes the newest version.
 */
export async function importQuiz(db: Database, courseId: string, quiz: QuizDefinition): Promise<string> {
  const quizId = await quizWithSlug(db, courseId, quiz.slug);
  const contentHash = createHash('sha256').update(JSON.stringify(quiz)).digest('hex');
  if (await hasVersionWithContentHash(db, quizId, contentHash)) return quizId;

  const versionId = await publishImportedVersion(db, quizId, quiz, contentHash);
  await insertQuestions(
    db,
    versionId,
    quiz.questions.map(({ referenceIds, ...question }, index) => ({ ...question, referenceKeys: referenceIds, position: index + 1 })),
  );
  await publishQuizVersion(db, quizId, versionId);
  return quizId;
}
