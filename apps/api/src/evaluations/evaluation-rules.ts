import type { EvaluationForm, EvaluationItem } from '@ptp/content';

/** One answer as a learner sends it: a rating, a yes or no, or a comment, as the item's kind asks. */
export interface EvaluationAnswer {
  itemId: string;
  rating?: number | null;
  agreed?: boolean | null;
  comment?: string | null;
}

/** An answer as stored: exactly one of the three is set. */
export interface StoredAnswer {
  itemId: string;
  rating: number | null;
  agreed: boolean | null;
  comment: string | null;
}

export const LONGEST_COMMENT = 4000;

export type EvaluationReading = { answers: StoredAnswer[]; problems: null } | { answers: null; problems: Record<string, string> };

/**
 * Checks a learner's answers against the form, item by item: every problem is reported under the
 * item's id, so the form can show each beside its question. Blank comments count as unanswered.
 */
export function readEvaluationAnswers(form: EvaluationForm, sent: EvaluationAnswer[]): EvaluationReading {
  const problems: Record<string, string> = {};
  const byId = new Map<string, EvaluationAnswer>();
  for (const answer of sent) {
    if (byId.has(answer.itemId)) problems[answer.itemId] = 'Answer each question once.';
    byId.set(answer.itemId, answer);
  }
  const items = new Map(form.items.map((item) => [item.id, item]));
  for (const itemId of byId.keys()) {
    if (!items.has(itemId)) problems[itemId] = 'The evaluation has no such question.';
  }
  const answers: StoredAnswer[] = [];
  for (const item of form.items) {
    const answer = byId.get(item.id);
    const reading = answer ? readAnswer(item, answer) : null;
    if (typeof reading === 'string') {
      problems[item.id] ??= reading;
    } else if (reading) {
      answers.push(reading);
    } else if (item.required) {
      problems[item.id] ??= 'This question needs an answer.';
    }
  }
  return Object.keys(problems).length > 0 ? { answers: null, problems } : { answers, problems: null };
}

/** The stored answer, null when the learner left it blank, or the reason it is refused. */
function readAnswer(item: EvaluationItem, answer: EvaluationAnswer): StoredAnswer | null | string {
  const comment = answer.comment?.trim() || null;
  const given = [answer.rating ?? null, answer.agreed ?? null, comment].filter((value) => value !== null).length;
  if (given === 0) return null;
  if (given > 1) return 'Give one answer to this question.';
  const stored = { itemId: item.id, rating: null, agreed: null, comment: null };
  switch (item.kind) {
    case 'RATING': {
      const rating = answer.rating ?? null;
      if (rating === null) return 'Choose a point on the scale.';
      if (!Number.isInteger(rating) || rating < 1 || rating > item.scale.length) return `Choose a point from 1 to ${item.scale.length}.`;
      return { ...stored, rating };
    }
    case 'YES_NO':
      return answer.agreed === undefined || answer.agreed === null ? 'Answer yes or no.' : { ...stored, agreed: answer.agreed };
    case 'TEXT':
      if (comment === null) return 'Write the answer as text.';
      if (comment.length > LONGEST_COMMENT) return `Keep the answer within ${LONGEST_COMMENT} characters.`;
      return { ...stored, comment };
  }
}
