import type { StoredQuestion } from '../quizzes/questions.records';

export type RegradeMode = 'CORRECTED_KEYS' | 'CREDIT_ALL';

/**
 * A regrade in force for an attempt: recorded for its quiz, and, for corrected keys, keyed by a
 * version later than the attempt's. Attempts carry theirs in the order they were requested.
 */
export interface RegradeRule {
  regradeId: string;
  mode: RegradeMode;
  /** The question every attempt gets full credit for (CREDIT_ALL); null for corrected keys. */
  questionKey: string | null;
  /** The version whose answer keys apply (CORRECTED_KEYS). */
  keyVersionId: string;
}

/** A question of an attempt with the answer key it is graded by now. */
export type RegradedQuestion = StoredQuestion & { creditedToEveryone: boolean };

function sameOptions(shown: StoredQuestion, corrected: StoredQuestion): boolean {
  const ids = (question: StoredQuestion) => question.options.map((option) => option.id).sort().join('\n');
  return ids(shown) === ids(corrected);
}

/**
 * The question as the regrades in force grade it, each later one overriding an earlier one.
 * A corrected key applies when the corrected version has a question with the same key, of the
 * same type and with the same options: anything else is a different question from the one the
 * learner answered, and keeps the key it was graded by. The answer key, explanation and
 * citations come from the corrected question; the prompt stays the one the learner saw.
 */
export function underRegrades(question: StoredQuestion, rules: RegradeRule[], versions: Map<string, StoredQuestion[]>): RegradedQuestion {
  let graded: RegradedQuestion = { ...question, creditedToEveryone: false };
  for (const rule of rules) {
    if (rule.mode === 'CREDIT_ALL') {
      if (rule.questionKey === question.key) graded = { ...graded, creditedToEveryone: true };
      continue;
    }
    const corrected = versions.get(rule.keyVersionId)?.find((candidate) => candidate.key === question.key);
    if (!corrected || corrected.type !== question.type || !sameOptions(question, corrected)) continue;
    const { options, numericAnswer, acceptedAnswers, explanation, passageAnchor, referenceKeys } = corrected;
    graded = { ...question, options, numericAnswer, acceptedAnswers, explanation, passageAnchor, referenceKeys, creditedToEveryone: false };
  }
  return graded;
}

/** The versions whose questions grading under these rules reads, besides the attempt's own. */
export function keyVersionsOf(rules: RegradeRule[]): string[] {
  return [...new Set(rules.filter((rule) => rule.mode === 'CORRECTED_KEYS').map((rule) => rule.keyVersionId))];
}
