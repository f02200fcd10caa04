/** Per-question statistics an instructor reads to find weak questions. */

/** Below this many attempts a correlation says more about chance than about the question. */
export const MIN_ATTEMPTS_FOR_FLAGS = 10;

export interface QuestionStatistics {
  attempts: number;
  shareCorrect: number;
  /** Corrected point-biserial: correlation of the question's credit with the rest of the score. */
  discrimination: number | null;
  /** Share correct among the top 27% of attempts minus the bottom 27%. */
  upperLowerIndex: number | null;
}

export interface OptionStatistics {
  optionId: string;
  correct: boolean;
  chosenShare: number;
  upperChosenShare: number | null;
  lowerChosenShare: number | null;
}

export type QuestionFlag = 'MISLEADS_STRONG_LEARNERS' | 'TOO_EASY' | 'TOO_HARD' | 'DISTRACTOR_ATTRACTS_STRONG_LEARNERS';

/**
 * Flags follow common item-analysis practice: a question that strong learners get wrong more
 * often than weak ones (negative discrimination) misleads, and so does a wrong option that the
 * top group picks more often than the bottom group.
 */
export function flagQuestion(statistics: QuestionStatistics, options: OptionStatistics[]): QuestionFlag[] {
  if (statistics.attempts < MIN_ATTEMPTS_FOR_FLAGS) return [];
  const flags: QuestionFlag[] = [];
  const negative = (value: number | null) => value !== null && value < 0;
  if (negative(statistics.discrimination) || negative(statistics.upperLowerIndex)) flags.push('MISLEADS_STRONG_LEARNERS');
  if (statistics.shareCorrect >= 0.95) flags.push('TOO_EASY');
  if (statistics.shareCorrect <= 0.2) flags.push('TOO_HARD');
  const attractive = options.some(
    (option) =>
      !option.correct &&
      option.upperChosenShare !== null &&
      option.lowerChosenShare !== null &&
      option.upperChosenShare > option.lowerChosenShare,
  );
  if (attractive) flags.push('DISTRACTOR_ATTRACTS_STRONG_LEARNERS');
  return flags;
}
