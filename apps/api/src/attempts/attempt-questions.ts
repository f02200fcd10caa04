import type { Queryable } from '../common/immutable-cache';
import type { StoredQuestion } from '../quizzes/questions.records';
import { questionsOfVersions } from '../quizzes/quiz-questions';
import type { AttemptQuestion, QuizAttempt } from './attempts.types';
import type { GradedQuestion } from './grading';
import type { PoolQuestion } from './question-draw';
import { keyVersionsOf, underRegrades, type RegradedQuestion, type RegradeRule } from './regrade-rules';

/** What drawing questions needs of a question: its id, type and option ids. */
function outlineOf({ id, type, options }: Pick<GradedQuestion, 'id' | 'type' | 'options'>): PoolQuestion {
  return { id, type, optionIds: options.map((option) => option.id) };
}

/** The questions of a quiz version, in the quiz's order. */
export async function questionPool(db: Queryable, quizVersionId: string): Promise<PoolQuestion[]> {
  return (await questionsOfVersions(db, [quizVersionId])).get(quizVersionId)!.map(outlineOf);
}

type AttemptToGrade = Pick<QuizAttempt, 'quizVersionId' | 'drawnQuestions' | 'regradeRules'>;

/** The attempt's questions in its order, with the answer keys of the regrades in force: what grades it now. */
export function questionsUnderRegrades(attempt: AttemptToGrade, versions: Map<string, StoredQuestion[]>): RegradedQuestion[] {
  const byId = new Map(versions.get(attempt.quizVersionId)!.map((question) => [question.id, question]));
  return attempt.drawnQuestions.map((question) => underRegrades(byId.get(question.questionId)!, attempt.regradeRules, versions));
}

/** The versions grading an attempt reads: its own and those whose keys regrades apply. */
export function versionsToGrade(attempt: { quizVersionId: string; regradeRules: RegradeRule[] }): string[] {
  return [attempt.quizVersionId, ...keyVersionsOf(attempt.regradeRules)];
}

/**
 * The questions an attempt shows, in the attempt's order, with the answer keys that grade it:
 * its version's, or those of the regrades in force for it.
 */
export async function questionsOfAttempt(db: Queryable, attempt: AttemptToGrade): Promise<GradedQuestion[]> {
  return questionsUnderRegrades(attempt, await questionsOfVersions(db, versionsToGrade(attempt)));
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
