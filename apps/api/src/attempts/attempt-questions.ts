import type { QuestionEntity } from '../quizzes/question.entity';
import type { AttemptQuestion, QuizAttempt } from './attempts.types';

/**
 * The attempt's questions in the order it shows them, copied field by field into the learner
 * type so that no part of the answer key travels along, with the attempt's own option ids.
 */
export function questionsAsShown(attempt: QuizAttempt, versionQuestions: QuestionEntity[]): AttemptQuestion[] {
  const byId = new Map(versionQuestions.map((question) => [question.id, question]));
  return attempt.drawnQuestions.map(({ questionId, optionIds, shownOptionIds }) => {
    const question = byId.get(questionId)!;
    const optionText = new Map(question.options.map((option) => [option.id, option.text]));
    return {
      id: question.id,
      type: question.type as AttemptQuestion['type'],
      prompt: question.prompt,
      options: optionIds.map((id, index) => ({ id: shownOptionIds[index], text: optionText.get(id)! })),
    };
  });
}
