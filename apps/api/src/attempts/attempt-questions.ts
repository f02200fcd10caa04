import type { Queryable } from '../common/immutable-cache';
import type { StoredQuestion } from '../quizzes/questions.records';
import { questionsOfVersions } from '../quizzes/quiz-questions';
import type { AttemptQuestion, QuizAttempt } from './attempts.types';
import type { GradedQuestion } from './grading';
import type { PoolQuestion } from './question-draw';

/** What drawing questions needs of a question: its id, type and option ids. */
function outlineOf({ id, type, options }: Pick<GradedQuestion, 'id' | 'type' | 'options'>): PoolQuestion {
  return { id, type, optionIds: options.map((option) => option.id) };
}

/** The questions of a quiz version, in the quiz's order. */
export async function questionPool(db: Queryable, quizVersionId: string): Promise<PoolQuestion[]> {
  return (await questionsOfVersions(db, [quizVersionId])).get(quizVersionId)!.map(outlineOf);
}

/** The questions an attempt shows, answer keys included, in the attempt's order. */
export async function questionsOfAttempt(db: Queryable, attempt: QuizAttempt): Promise<GradedQuestion[]> {
  const questions = (await questionsOfVersions(db, [attempt.quizVersionId])).get(attempt.quizVersionId)!;
  const byId = new Map(questions.map((question) => [question.id, question]));
  return attempt.drawnQuestions.map((question) => byId.get(question.questionId)!);
}

/**
 * The attempt's questions in the order it shows them, copied field by field into the learner
 * type so that no part of the answer key travels along, with the attempt's own option ids.
 */
export function questionsAsShown(attempt: QuizAttempt, versionQuestions: StoredQuestion[]): AttemptQuestion[] {
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
