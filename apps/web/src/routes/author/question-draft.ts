import type { NewQuestionInput, QuestionInput, QuestionType } from '../../gql/graphql';
import type { EditedQuestion } from './edited-quiz';

export interface OptionDraft {
  id: string;
  text: string;
  correct: boolean;
}

/** A question as its form holds it; number fields are NaN while empty. */
export interface QuestionDraft {
  type: QuestionType;
  /** Only a new question takes a key; an edit keeps the key it has. */
  key: string;
  prompt: string;
  explanation: string;
  passageAnchor: string;
  /** Keys of the course's references, separated by commas or spaces. */
  referenceKeys: string;
  /** Single- and multiple-choice questions. */
  options: OptionDraft[];
  /** True/false questions: whether the statement is true; null until chosen. */
  statementIsTrue: boolean | null;
  numericForm: 'VALUE' | 'RANGE';
  value: number;
  tolerance: number;
  min: number;
  max: number;
  /** Short-text questions, one per line. */
  acceptedAnswers: string;
}

export type DraftField =
  | 'key'
  | 'prompt'
  | 'explanation'
  | 'passageAnchor'
  | 'referenceKeys'
  | 'options'
  | 'statementIsTrue'
  | 'value'
  | 'tolerance'
  | 'min'
  | 'max'
  | 'acceptedAnswers';

export type DraftProblems = Partial<Record<DraftField, string>>;

export const questionTypeLabels: Record<QuestionType, string> = {
  SINGLE_CHOICE: 'Single choice',
  MULTIPLE_CHOICE: 'Multiple choice',
  TRUE_FALSE: 'True or false',
  NUMERIC: 'Number',
  SHORT_TEXT: 'Short text',
};

const KEY_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isChoice = (type: QuestionType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
const given = (value: number) => Number.isFinite(value);

/** Random, not a, b, c in the order added: ids that follow the order would say where the key was written. */
function newOptionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function newOption(options: readonly OptionDraft[]): OptionDraft {
  const taken = new Set(options.map((option) => option.id));
  let id = newOptionId();
  while (taken.has(id)) id = newOptionId();
  return { id, text: '', correct: false };
}

export function emptyDraft(): QuestionDraft {
  const first = newOption([]);
  return {
    type: 'SINGLE_CHOICE',
    key: '',
    prompt: '',
    explanation: '',
    passageAnchor: '',
    referenceKeys: '',
    options: [first, newOption([first])],
    statementIsTrue: null,
    numericForm: 'VALUE',
    value: NaN,
    tolerance: NaN,
    min: NaN,
    max: NaN,
    acceptedAnswers: '',
  };
}

export function draftOf(question: EditedQuestion): QuestionDraft {
  const numeric = question.numericAnswer;
  const empty = emptyDraft();
  return {
    ...empty,
    type: question.type,
    key: question.key,
    prompt: question.prompt,
    explanation: question.explanation,
    passageAnchor: question.passageAnchor ?? '',
    referenceKeys: question.referenceKeys.join(', '),
    options: isChoice(question.type) ? question.options.map(({ id, text, correct }) => ({ id, text, correct })) : empty.options,
    statementIsTrue:
      question.type === 'TRUE_FALSE' ? question.options.some((option) => option.id === 'true' && option.correct) : null,
    numericForm: numeric && numeric.value == null ? 'RANGE' : 'VALUE',
    value: numeric?.value ?? NaN,
    tolerance: numeric?.tolerance ?? NaN,
    min: numeric?.min ?? NaN,
    max: numeric?.max ?? NaN,
    acceptedAnswers: question.acceptedAnswers.join('\n'),
  };
}

function referenceKeysOf(draft: QuestionDraft): string[] {
  return draft.referenceKeys.split(/[\s,]+/).filter((key) => key !== '');
}

function acceptedAnswersOf(draft: QuestionDraft): string[] {
  return draft.acceptedAnswers
    .split('\n')
    .map((answer) => answer.trim())
    .filter((answer) => answer !== '');
}

function optionProblem({ type, options }: QuestionDraft): string | undefined {
  const correct = options.filter((option) => option.correct).length;
  if (options.length < 2) return `A choice question needs at least 2 options, not ${options.length}.`;
  if (options.some((option) => option.text.trim() === '')) return 'Every option needs text.';
  if (type === 'SINGLE_CHOICE' && correct !== 1) {
    return `A single-choice question needs exactly one correct option, not ${correct}.`;
  }
  if (type === 'MULTIPLE_CHOICE' && correct === 0) return 'A multiple-choice question needs at least one correct option.';
  return undefined;
}

function numericProblems(draft: QuestionDraft): DraftProblems {
  if (draft.numericForm === 'VALUE') {
    if (!given(draft.value)) return { value: 'Give the right answer as a number.' };
    return given(draft.tolerance) && draft.tolerance < 0 ? { tolerance: 'The tolerance cannot be negative.' } : {};
  }
  if (!given(draft.min)) return { min: 'A numeric range needs both min and max.' };
  if (!given(draft.max)) return { max: 'A numeric range needs both min and max.' };
  return draft.min > draft.max ? { min: `The range's min (${draft.min}) is greater than its max (${draft.max}).` } : {};
}

/** The server's rules for a question (apps/api/src/quizzes/question-rules.ts), in its words, by field. */
export function draftProblems(draft: QuestionDraft, isNew: boolean): DraftProblems {
  const problems: DraftProblems = {};
  if (isNew && draft.key.trim() !== '' && !KEY_SHAPE.test(draft.key.trim())) {
    problems.key = 'A question key is lower-case words joined by dashes, such as toxin-source.';
  }
  if (draft.prompt.trim() === '') problems.prompt = 'Write the question itself (the prompt).';
  if (isChoice(draft.type)) problems.options = optionProblem(draft);
  if (draft.type === 'TRUE_FALSE' && draft.statementIsTrue === null) {
    problems.statementIsTrue = 'Choose whether the statement is true or false.';
  }
  if (draft.type === 'NUMERIC') Object.assign(problems, numericProblems(draft));
  if (draft.type === 'SHORT_TEXT' && acceptedAnswersOf(draft).length === 0) {
    problems.acceptedAnswers = 'A short-text question needs at least one accepted answer.';
  }
  if (draft.explanation.trim() === '') problems.explanation = 'Write an explanation: learners read it after submitting.';
  if (draft.passageAnchor.trim() === '' && referenceKeysOf(draft).length === 0) {
    problems.passageAnchor = 'Cite what supports the answer: a passage of the source, a reference of the course, or both.';
  }
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem)) as DraftProblems;
}

/** The question as the API takes it: only the answer fields of its type. */
export function questionInput(draft: QuestionDraft): QuestionInput {
  const input: QuestionInput = {
    type: draft.type,
    prompt: draft.prompt.trim(),
    explanation: draft.explanation.trim(),
    passageAnchor: draft.passageAnchor.trim() || null,
    referenceKeys: referenceKeysOf(draft),
  };
  if (isChoice(draft.type)) input.options = draft.options.map(({ id, text, correct }) => ({ id, text: text.trim(), correct }));
  if (draft.type === 'TRUE_FALSE') {
    input.options = [
      { id: 'true', text: 'True', correct: draft.statementIsTrue === true },
      { id: 'false', text: 'False', correct: draft.statementIsTrue === false },
    ];
  }
  if (draft.type === 'NUMERIC') {
    input.numericAnswer =
      draft.numericForm === 'VALUE'
        ? { value: draft.value, tolerance: given(draft.tolerance) ? draft.tolerance : 0 }
        : { min: draft.min, max: draft.max };
  }
  if (draft.type === 'SHORT_TEXT') input.acceptedAnswers = acceptedAnswersOf(draft);
  return input;
}

export function newQuestionInput(draft: QuestionDraft): NewQuestionInput {
  const key = draft.key.trim();
  return { ...questionInput(draft), ...(key ? { key } : {}) };
}
