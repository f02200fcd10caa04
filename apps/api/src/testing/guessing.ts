import type { QuestionDefinition, QuizDefinition } from '@ptp/content';
import { questionCredit } from '../attempts/grading';

/** A choice question as a learner's client receives it. */
export interface ShownChoiceQuestion {
  id: string;
  type: string;
  options: { id: string; text: string }[];
}

/**
 * "Answering by id": choosing options by what their ids or their places look like, without
 * reading them. Multiple choice takes all but the last two, which matched every multiple-choice
 * key of the first course when the ids were the authored `a, b, c...`.
 */
export interface GuessingStrategy {
  name: string;
  /** The option ids chosen, or null to leave a question unanswered. */
  choose(question: ShownChoiceQuestion): string[] | null;
}

const byId = (question: ShownChoiceQuestion) => question.options.map((option) => option.id).sort();
const allButLastTwo = (ids: string[]) => ids.slice(0, Math.max(1, ids.length - 2));
/** True/false by id: the option whose id says true, else the smallest id. */
const trueById = (question: ShownChoiceQuestion) => [question.options.find((option) => option.id === 'true')?.id ?? byId(question)[0]];

function strategy(name: string, single: (question: ShownChoiceQuestion) => string[], multiple: (question: ShownChoiceQuestion) => string[]): GuessingStrategy {
  return {
    name,
    choose: (question) => {
      if (question.type === 'TRUE_FALSE') return trueById(question);
      if (question.type === 'SINGLE_CHOICE') return single(question);
      if (question.type === 'MULTIPLE_CHOICE') return multiple(question);
      return null;
    },
  };
}

export const GUESSING_STRATEGIES: GuessingStrategy[] = [
  strategy('the first option shown', (question) => [question.options[0].id], (question) => allButLastTwo(question.options.map((option) => option.id))),
  strategy('the smallest id', (question) => [byId(question)[0]], (question) => allButLastTwo(byId(question))),
  strategy('the largest id', (question) => [byId(question).at(-1)!], (question) => allButLastTwo(byId(question).reverse())),
];

function subsetsOfSize<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsetsOfSize(rest, size - 1).map((subset) => [first, ...subset]), ...subsetsOfSize(rest, size)];
}

/**
 * The credit a blind guess of the same size as the strategies' earns on average: one option for
 * single choice and true/false, all but two for multiple choice; nothing for typed answers.
 */
export function chanceCredit(question: QuestionDefinition, scoring: QuizDefinition['scoring']): number {
  if (question.options.length === 0) return 0;
  const ids = question.options.map((option) => option.id);
  const size = question.type === 'MULTIPLE_CHOICE' ? allButLastTwo(ids).length : 1;
  const guesses = subsetsOfSize(ids, size);
  const graded = { ...question, id: question.key };
  return guesses.reduce((sum, optionIds) => sum + questionCredit(graded, { optionIds }, scoring), 0) / guesses.length;
}

/** The mean score, 0 to 100, of blind guessing; a drawn subset of questions has the pool's mean. */
export function chanceScore(quiz: QuizDefinition): number {
  const credits = quiz.questions.map((question) => chanceCredit(question, quiz.scoring));
  return (100 * credits.reduce((sum, credit) => sum + credit, 0)) / credits.length;
}
