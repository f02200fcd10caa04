import type { QuestionType } from '@ptp/content';

export interface AnswerableQuestion {
  id: string;
  type: QuestionType;
  optionIds: string[];
}

export interface GivenAnswer {
  questionId: string;
  optionIds?: string[] | null;
  number?: number | null;
  text?: string | null;
}

/** An answer that fits its question, reduced to the one field its type uses. */
export type CheckedAnswer =
  | { questionId: string; optionIds: string[]; number: null; text: null }
  | { questionId: string; optionIds: null; number: number; text: null }
  | { questionId: string; optionIds: null; number: null; text: string };

const isSet = (value: unknown) => value !== undefined && value !== null;

function shapeProblem(question: AnswerableQuestion, answer: GivenAnswer, label: string): string | null {
  const given = { optionIds: isSet(answer.optionIds), number: isSet(answer.number), text: isSet(answer.text) };
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
    case 'MULTIPLE_CHOICE': {
      if (!given.optionIds || given.number || given.text) return `${label} is answered by choosing options (optionIds), and only that.`;
      const chosen = answer.optionIds!;
      if (question.type !== 'MULTIPLE_CHOICE' && chosen.length > 1) return `${label} takes one option, not ${chosen.length}.`;
      const unknown = chosen.find((id) => !question.optionIds.includes(id));
      if (unknown !== undefined) return `${label} has no option "${unknown}".`;
      if (new Set(chosen).size < chosen.length) return `${label} lists the same option twice.`;
      return null;
    }
    case 'NUMERIC':
      return given.number && !given.optionIds && !given.text ? null : `${label} is answered with a number, and only that.`;
    case 'SHORT_TEXT':
      return given.text && !given.optionIds && !given.number ? null : `${label} is answered with text, and only that.`;
  }
}

function checked(question: AnswerableQuestion, answer: GivenAnswer): CheckedAnswer {
  const questionId = question.id;
  if (question.type === 'NUMERIC') return { questionId, optionIds: null, number: answer.number!, text: null };
  if (question.type === 'SHORT_TEXT') return { questionId, optionIds: null, number: null, text: answer.text! };
  return { questionId, optionIds: answer.optionIds!, number: null, text: null };
}

/**
 * Checks answers against the questions one attempt shows (numbered as the learner sees them).
 * Any problem refuses the whole batch, so a save never half-happens.
 */
export function checkAnswers(
  questions: AnswerableQuestion[],
  answers: GivenAnswer[],
): { answers: CheckedAnswer[]; problems: string[] } {
  const positions = new Map(questions.map((question, index) => [question.id, index]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const result: CheckedAnswer[] = [];
  for (const answer of answers) {
    const position = positions.get(answer.questionId);
    if (position === undefined) {
      problems.push(`Question "${answer.questionId}" is not part of this attempt.`);
      continue;
    }
    const label = `Question ${position + 1}`;
    if (seen.has(answer.questionId)) {
      problems.push(`${label} is answered twice; send one answer per question.`);
      continue;
    }
    seen.add(answer.questionId);
    const problem = shapeProblem(questions[position], answer, label);
    if (problem) problems.push(problem);
    else result.push(checked(questions[position], answer));
  }
  return { answers: problems.length === 0 ? result : [], problems };
}
