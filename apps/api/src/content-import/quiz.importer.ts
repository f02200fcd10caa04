import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QuizDefinition } from '@ptp/content';
import { QuizEntity } from '../quizzes/quiz.entity';
import { QuizVersionEntity } from '../quizzes/quiz-version.entity';
import { QuestionEntity } from '../quizzes/question.entity';

/**
 * Publishes a quiz file as a new quiz version unless that exact file was imported before.
 * Versions an instructor published in the app stay; a changed file becomes the newest version.
 */
export async function importQuiz(manager: EntityManager, courseId: string, quiz: QuizDefinition): Promise<string> {
  await manager.createQueryBuilder().insert().into(QuizEntity).values({ courseId, slug: quiz.slug }).orIgnore().execute();
  const quizRow = await manager.findOneByOrFail(QuizEntity, { courseId, slug: quiz.slug });
  const contentHash = createHash('sha256').update(JSON.stringify(quiz)).digest('hex');
  if (await manager.existsBy(QuizVersionEntity, { quizId: quizRow.id, contentHash })) return quizRow.id;

  const { latest } = await manager
    .createQueryBuilder(QuizVersionEntity, 'v')
    .select('COALESCE(MAX(v.version), 0)', 'latest')
    .where('v.quiz_id = :quizId', { quizId: quizRow.id })
    .getRawOne();
  const version = await manager.save(
    manager.create(QuizVersionEntity, {
      quizId: quizRow.id,
      version: Number(latest) + 1,
      status: 'PUBLISHED',
      title: quiz.title,
      passingScore: quiz.passingScore,
      maxAttempts: quiz.maxAttempts,
      cooldownSeconds: quiz.cooldownSeconds,
      timeLimitSeconds: quiz.timeLimitSeconds,
      drawCount: quiz.drawCount,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleOptions: quiz.shuffleOptions,
      feedback: quiz.feedback,
      scoring: quiz.scoring,
      contentHash,
      publishedAt: new Date(),
    }),
  );
  await manager.insert(
    QuestionEntity,
    quiz.questions.map((question, index) => ({
      quizVersionId: version.id,
      key: question.key,
      position: index + 1,
      type: question.type,
      prompt: question.prompt,
      explanation: question.explanation,
      passageAnchor: question.passageAnchor,
      referenceKeys: question.referenceIds,
      options: question.options,
      numericAnswer: question.numericAnswer,
      acceptedAnswers: question.acceptedAnswers,
    })),
  );
  await manager.update(QuizEntity, quizRow.id, { publishedVersionId: version.id });
  return quizRow.id;
}
