import type { ChoiceOption, NumericAnswer, QuestionType, ScoringRule } from '@ptp/content';

/** What grading needs of a question: its type and its answer key. */
export interface GradedQuestion {
  id: string;
  type: QuestionType;
  options: ChoiceOption[];
  numericAnswer: NumericAnswer | null;
  acceptedAnswers: string[];
  /** Dropped from scoring by a regrade: everyone shown it gets full credit, answered or not. */
  creditedToEveryone?: boolean;
}

/** A learner's answer; which field is set depends on the question type. */
export interface LearnerAnswer {
  optionIds?: string[] | null;
  number?: number | null;
  text?: string | null;
}

export interface QuizRules {
  scoring: ScoringRule;
  passingScore: number;
}

export interface Grade {
  /** 0 to 100, two decimals. */
  score: number;
  passed: boolean;
  /** Per question id, from 0 (wrong or unanswered) to 1 (fully right). */
  credits: Map<string, number>;
}

/**
 * Decimal fractions are not exact in binary: 1.6 is 0.10000000000000009 away from 1.5, which
 * must still count as within a tolerance of 0.1.
 */
const NUMERIC_SLACK = 1e-9;

/** The same text however it was typed: case, surrounding and repeated spaces, Unicode forms. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function correctOptionIds(question: GradedQuestion): Set<string> {
  return new Set(question.options.filter((option) => option.correct).map((option) => option.id));
}

function choiceCredit(question: GradedQuestion, chosen: Set<string>, scoring: ScoringRule): number {
  const correct = correctOptionIds(question);
  const correctChosen = [...chosen].filter((id) => correct.has(id)).length;
  const wrongChosen = chosen.size - correctChosen;
  if (question.type === 'MULTIPLE_CHOICE' && scoring === 'PARTIAL_CREDIT') {
    return Math.max(0, (correctChosen - wrongChosen) / correct.size);
  }
  return correctChosen === correct.size && wrongChosen === 0 ? 1 : 0;
}

function isWithin(answer: NumericAnswer, value: number): boolean {
  if ('min' in answer) return value >= answer.min && value <= answer.max;
  const slack = NUMERIC_SLACK * Math.max(1, Math.abs(answer.value));
  return Math.abs(value - answer.value) <= answer.tolerance + slack;
}

/** Credit from 0 to 1 for one question; the scoring rule only matters for multiple choice. */
export function questionCredit(question: GradedQuestion, answer: LearnerAnswer | undefined, scoring: ScoringRule): number {
  if (question.creditedToEveryone) return 1;
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'TRUE_FALSE':
    case 'MULTIPLE_CHOICE': {
      const chosen = new Set(answer?.optionIds ?? []);
      return chosen.size === 0 ? 0 : choiceCredit(question, chosen, scoring);
    }
    case 'NUMERIC':
      return typeof answer?.number === 'number' && question.numericAnswer && isWithin(question.numericAnswer, answer.number) ? 1 : 0;
    case 'SHORT_TEXT': {
      if (typeof answer?.text !== 'string') return 0;
      const given = normaliseText(answer.text);
      return given !== '' && question.acceptedAnswers.some((accepted) => normaliseText(accepted) === given) ? 1 : 0;
    }
  }
}

/** The score is the mean credit as a percentage, rounded to hundredths; unanswered questions earn 0. */
export function gradeAttempt(questions: GradedQuestion[], answers: Map<string, LearnerAnswer>, rules: QuizRules): Grade {
  const credits = new Map(questions.map((question) => [question.id, questionCredit(question, answers.get(question.id), rules.scoring)]));
  const total = [...credits.values()].reduce((sum, credit) => sum + credit, 0);
  const score = questions.length === 0 ? 0 : Math.round((total * 10_000) / questions.length) / 100;
  return { score, passed: score >= rules.passingScore, credits };
}
