import { randomBytes } from 'node:crypto';
import type { DrawnQuestion } from './question-draw';

/**
 * The id a learner sees for one option in one attempt: 96 random bits, so it says nothing of the
 * authored id (`a`, `b`, `true`...), of the option's place in the quiz file, or of any other attempt.
 */
export function newShownOptionId(): string {
  return randomBytes(12).toString('base64url');
}

/** The attempt's own ids for one question's options, as stored with the attempt. */
export type ShownQuestion = Pick<DrawnQuestion, 'questionId' | 'optionIds' | 'shownOptionIds'>;

/** Authored ids, in the attempt's order, with the ids the attempt shows in their place. */
export function withShownOptionIds(drawn: Omit<DrawnQuestion, 'shownOptionIds'>[], newId = newShownOptionId): DrawnQuestion[] {
  return drawn.map((question) => ({ ...question, shownOptionIds: question.optionIds.map(() => newId()) }));
}

/** Translates between what the learner sends and sees and what the quiz's answer key uses. */
export class ShownOptions {
  private readonly toAuthored = new Map<string, Map<string, string>>();
  private readonly toShown = new Map<string, Map<string, string>>();

  constructor(questions: ShownQuestion[]) {
    for (const { questionId, optionIds, shownOptionIds } of questions) {
      this.toAuthored.set(questionId, new Map(shownOptionIds.map((shown, index) => [shown, optionIds[index]])));
      this.toShown.set(questionId, new Map(optionIds.map((authored, index) => [authored, shownOptionIds[index]])));
    }
  }

  /** The ids this attempt shows for a question, in its order. */
  shownIdsOf(questionId: string): string[] {
    return [...(this.toAuthored.get(questionId)?.keys() ?? [])];
  }

  /** The caller has checked that every id is one this attempt showed for the question. */
  authored(questionId: string, shownIds: string[]): string[] {
    const map = this.toAuthored.get(questionId)!;
    return shownIds.map((id) => map.get(id)!);
  }

  /** An authored id the attempt did not show is left out rather than shown as it is. */
  shown(questionId: string, authoredIds: string[]): string[];
  shown(questionId: string, authoredIds: string[] | null): string[] | null;
  shown(questionId: string, authoredIds: string[] | null): string[] | null {
    const map = this.toShown.get(questionId);
    return authoredIds && authoredIds.flatMap((id) => map?.get(id) ?? []);
  }
}
