import type { EvaluationForm } from '@ptp/content';
import type { AnswerTally } from './evaluation.records';
import type { EvaluationItemResult } from './evaluation-results.types';
import { EvaluationItemKind, EvaluationPurpose } from './evaluation.types';

/** The form's items in order, each with the tallies of its answers; answers to items the form no longer has are left out. */
export function resultsOfForm(form: EvaluationForm, tallies: AnswerTally[]): EvaluationItemResult[] {
  return form.items.map((item) => {
    const mine = tallies.filter((tally) => tally.itemId === item.id);
    const answered = mine.reduce((sum, tally) => sum + tally.count, 0);
    const countOf = (matches: (tally: AnswerTally) => boolean) => mine.filter(matches).reduce((sum, tally) => sum + tally.count, 0);
    const ratings =
      item.kind === 'RATING' ? item.scale.map((label, index) => ({ value: index + 1, label, count: countOf((tally) => tally.rating === index + 1) })) : [];
    const ratingSum = ratings.reduce((sum, point) => sum + point.value * point.count, 0);
    return {
      itemId: item.id,
      kind: EvaluationItemKind[item.kind],
      prompt: item.prompt,
      purpose: item.purpose ? EvaluationPurpose[item.purpose] : null,
      answered,
      ratings,
      meanRating: item.kind === 'RATING' && answered > 0 ? Math.round((ratingSum / answered) * 100) / 100 : null,
      yes: countOf((tally) => tally.agreed === true),
      no: countOf((tally) => tally.agreed === false),
      comments: mine.flatMap((tally) => (tally.comment === null ? [] : Array<string>(tally.count).fill(tally.comment))),
    };
  });
}
