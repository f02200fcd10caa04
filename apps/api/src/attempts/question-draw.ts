import { createHash } from 'node:crypto';
import type { QuestionType } from '@ptp/content';

export interface DrawRules {
  /** How many questions one attempt shows; null shows the whole pool. */
  drawCount: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

/** A question of the pool, in the order the quiz lists it. */
export interface PoolQuestion {
  id: string;
  type: QuestionType;
  optionIds: string[];
}

/** A question as one attempt shows it, with its options in the order shown. */
export interface DrawnQuestion {
  questionId: string;
  /** The authored option ids, in the order shown. */
  optionIds: string[];
  /** The ids the learner sees in their place, position by position: random and the attempt's own. */
  shownOptionIds: string[];
}

/** The draw before the attempt gives the options its own ids. */
export type DrawnOrder = Omit<DrawnQuestion, 'shownOptionIds'>;

/** sfc32, seeded from a hash of the seed: the same seed always yields the same sequence. */
function randomSequence(seed: string): () => number {
  const digest = createHash('sha256').update(seed).digest();
  let [a, b, c, d] = [0, 4, 8, 12].map((offset) => digest.readUInt32LE(offset));
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/**
 * Chooses and orders the questions of one attempt; the same seed gives the same draw. The seed
 * must be secret: from a seed the learner knows (such as the attempt's id) anyone could undo the
 * shuffle and read off each option's place in the quiz file. The attempt stores the result, so a
 * later edit of the rules cannot reorder it. True/false keeps its natural order: "False, True"
 * only confuses.
 */
export function drawQuestions(seed: string, pool: PoolQuestion[], rules: DrawRules): DrawnOrder[] {
  const random = randomSequence(seed);
  const count = Math.min(rules.drawCount ?? pool.length, pool.length);
  const chosen = count < pool.length ? new Set(shuffled(pool, random).slice(0, count)) : new Set(pool);
  const inQuizOrder = pool.filter((question) => chosen.has(question));
  const ordered = rules.shuffleQuestions ? shuffled(inQuizOrder, random) : inQuizOrder;
  return ordered.map((question) => ({
    questionId: question.id,
    optionIds: rules.shuffleOptions && question.type !== 'TRUE_FALSE' ? shuffled(question.optionIds, random) : [...question.optionIds],
  }));
}
