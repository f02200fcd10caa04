import type { AnswerInput, QuestionType } from '../gql/graphql';

/** What the learner has given for one question so far; each type uses one field. */
export interface Answer {
  optionIds?: readonly string[];
  /** NaN while the number field is empty. */
  number?: number;
  text?: string;
}

export type Answers = Readonly<Record<string, Answer>>;

export interface AnswerableQuestion {
  id: string;
  type: QuestionType;
}

interface SavedAnswer {
  questionId: string;
  optionIds?: readonly string[] | null;
  number?: number | null;
  text?: string | null;
}

export function isAnswered(question: AnswerableQuestion, answer: Answer | undefined): boolean {
  switch (question.type) {
    case 'NUMERIC':
      return Number.isFinite(answer?.number);
    case 'SHORT_TEXT':
      return (answer?.text ?? '').trim() !== '';
    default:
      return (answer?.optionIds?.length ?? 0) > 0;
  }
}

/** The answer as the API keeps it; null for an emptied number field, which the API cannot clear. */
export function answerInput(question: AnswerableQuestion, answer: Answer): AnswerInput | null {
  switch (question.type) {
    case 'NUMERIC':
      return Number.isFinite(answer.number) ? { questionId: question.id, number: answer.number } : null;
    case 'SHORT_TEXT':
      return { questionId: question.id, text: answer.text ?? '' };
    default:
      return { questionId: question.id, optionIds: [...(answer.optionIds ?? [])] };
  }
}

/** Every answer given so far, as submitting sends them. */
export function answerInputs(questions: readonly AnswerableQuestion[], answers: Answers): AnswerInput[] {
  return questions.flatMap((question) => {
    const answer = answers[question.id];
    const input = answer && answerInput(question, answer);
    return input ? [input] : [];
  });
}

export function answersFromSaved(saved: readonly SavedAnswer[]): Answers {
  return Object.fromEntries(
    saved.map(({ questionId, optionIds, number, text }) => [
      questionId,
      { optionIds: optionIds ?? undefined, number: number ?? undefined, text: text ?? undefined },
    ]),
  );
}
