import type { ChoiceOption, NumericAnswer, QuestionType } from '@ptp/content';

/** A question as an instructor submits it, before it is checked. */
export interface QuestionProposal {
  type: QuestionType;
  prompt: string;
  explanation: string;
  passageAnchor?: string | null;
  referenceKeys?: string[] | null;
  options?: ChoiceOption[] | null;
  numericAnswer?: { value?: number | null; tolerance?: number | null; min?: number | null; max?: number | null } | null;
  acceptedAnswers?: string[] | null;
}

/** The answer-bearing fields as stored: each type keeps only its own. */
interface QuestionAnswerKey {
  options: ChoiceOption[];
  numericAnswer: NumericAnswer | null;
  acceptedAnswers: string[];
}

const isChoice = (type: QuestionType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE' || type === 'TRUE_FALSE';
const given = (value: number | null | undefined): value is number => value !== undefined && value !== null;

function optionProblems(type: QuestionType, options: ChoiceOption[]): string[] {
  const problems: string[] = [];
  const ids = options.map((option) => option.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) problems.push(`Two options use the id "${repeated}"; each option needs its own.`);
  if (options.some((option) => option.text.trim() === '')) problems.push('Every option needs text.');
  const correct = options.filter((option) => option.correct).length;
  if (type === 'TRUE_FALSE') {
    if (ids.length !== 2 || !ids.includes('true') || !ids.includes('false') || correct !== 1) {
      problems.push('A true/false question has the options "true" and "false", exactly one of them correct.');
    }
  } else if (options.length < 2) {
    problems.push(`A choice question needs at least 2 options, not ${options.length}.`);
  } else if (type === 'SINGLE_CHOICE' && correct !== 1) {
    problems.push(`A single-choice question needs exactly one correct option, not ${correct}.`);
  } else if (type === 'MULTIPLE_CHOICE' && correct === 0) {
    problems.push('A multiple-choice question needs at least one correct option.');
  }
  return problems;
}

function numericProblems(answer: QuestionProposal['numericAnswer']): string[] {
  if (!answer) return ['A numeric question needs its answer: a value with a tolerance, or a range from min to max.'];
  const { value, tolerance, min, max } = answer;
  if (given(value)) {
    if (given(min) || given(max)) return ['Give either a value with a tolerance, or a range from min to max, not both.'];
    return given(tolerance) && tolerance < 0 ? ['The tolerance cannot be negative.'] : [];
  }
  if (!given(min) || !given(max)) return ['A numeric range needs both min and max.'];
  return min > max ? [`The range's min (${min}) is greater than its max (${max}).`] : [];
}

/** What a question of a course can cite: the passages of its current source and its references. */
export interface Citable {
  passageAnchors: ReadonlySet<string>;
  referenceKeys: ReadonlySet<string>;
}

function citationProblems(question: QuestionProposal, citable: Citable): string[] {
  const problems: string[] = [];
  const anchor = question.passageAnchor?.trim() || null;
  const referenceKeys = question.referenceKeys ?? [];
  if (!anchor && referenceKeys.length === 0) {
    problems.push('Cite what supports the answer: a passage of the source, a reference of the course, or both.');
  }
  if (anchor && !citable.passageAnchors.has(anchor)) {
    problems.push(`The passage "${anchor}" is not in the course's current source; choose one of its passage anchors.`);
  }
  for (const key of referenceKeys.filter((key) => !citable.referenceKeys.has(key))) {
    problems.push(`The reference "${key}" is not in the course's references; choose one of their keys.`);
  }
  return problems;
}

/** Everything wrong with a proposed question, in words an instructor can act on; empty when it is fine. */
export function questionProblems(question: QuestionProposal, citable: Citable): string[] {
  const problems: string[] = [];
  if (question.prompt.trim() === '') problems.push('Write the question itself (the prompt).');
  if (question.explanation.trim() === '') problems.push('Write an explanation: learners read it after submitting.');
  problems.push(...citationProblems(question, citable));
  const hasOptions = (question.options?.length ?? 0) > 0;
  const hasAccepted = (question.acceptedAnswers?.length ?? 0) > 0;
  if (isChoice(question.type)) problems.push(...optionProblems(question.type, question.options ?? []));
  else if (hasOptions) problems.push('Only choice and true/false questions have options.');
  if (question.type === 'NUMERIC') problems.push(...numericProblems(question.numericAnswer));
  else if (question.numericAnswer) problems.push('Only numeric questions have a numeric answer.');
  if (question.type === 'SHORT_TEXT') {
    if (!hasAccepted) problems.push('A short-text question needs at least one accepted answer.');
    else if (question.acceptedAnswers!.some((answer) => answer.trim() === '')) problems.push('An accepted answer cannot be blank.');
  } else if (hasAccepted) {
    problems.push('Only short-text questions have accepted answers.');
  }
  return problems;
}

function storedNumericAnswer(question: QuestionProposal): NumericAnswer | null {
  const numeric = question.numericAnswer;
  if (question.type !== 'NUMERIC' || !numeric) return null;
  return given(numeric.value) ? { value: numeric.value, tolerance: numeric.tolerance ?? 0 } : { min: numeric.min!, max: numeric.max! };
}

/** The answer key of a question that passed `questionProblems`. */
export function answerKeyOf(question: QuestionProposal): QuestionAnswerKey {
  return {
    options: isChoice(question.type) ? (question.options ?? []).map(({ id, text, correct }) => ({ id, text, correct })) : [],
    numericAnswer: storedNumericAnswer(question),
    acceptedAnswers: question.type === 'SHORT_TEXT' ? (question.acceptedAnswers ?? []).map((answer) => answer.trim()) : [],
  };
}

/** Settings that depend on the questions: a draw cannot take more questions than the quiz has. */
export function publishProblems(questionCount: number, drawCount: number | null): string[] {
  if (questionCount === 0) return ['A quiz needs at least one question before it can be published.'];
  if (drawCount !== null && drawCount > questionCount) {
    return [`The quiz draws ${drawCount} questions per attempt but has only ${questionCount}; lower the draw count or add questions.`];
  }
  return [];
}
