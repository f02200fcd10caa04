import type { EvaluationForm } from '@ptp/content';
import { resultsOfForm } from './evaluation-tally';

const FORM: EvaluationForm = {
  items: [
    { id: 'useful', kind: 'RATING', prompt: 'Useful', scale: ['No', 'Somewhat', 'Yes'], required: true, purpose: null },
    { id: 'free-of-bias', kind: 'YES_NO', prompt: 'Free of commercial bias?', scale: [], required: true, purpose: 'COMMERCIAL_BIAS' },
    { id: 'change', kind: 'TEXT', prompt: 'One change', scale: [], required: false, purpose: 'COMMITMENT_TO_CHANGE' },
  ],
};
const tally = (itemId: string, answer: { rating?: number; agreed?: boolean; comment?: string }, count: number) => ({
  itemId,
  rating: answer.rating ?? null,
  agreed: answer.agreed ?? null,
  comment: answer.comment ?? null,
  count,
});

describe('resultsOfForm', () => {
  const [useful, bias, change] = resultsOfForm(FORM, [
    tally('useful', { rating: 2 }, 1),
    tally('useful', { rating: 3 }, 3),
    tally('free-of-bias', { agreed: false }, 1),
    tally('free-of-bias', { agreed: true }, 3),
    tally('change', { comment: 'Audit referrals' }, 2),
    tally('change', { comment: 'Check overuse' }, 1),
    tally('retired-item', { rating: 1 }, 9),
  ]);

  it('counts every point of a rating scale, the empty ones too, with the mean', () => {
    expect(useful).toMatchObject({
      answered: 4,
      ratings: [
        { value: 1, label: 'No', count: 0 },
        { value: 2, label: 'Somewhat', count: 1 },
        { value: 3, label: 'Yes', count: 3 },
      ],
      meanRating: 2.75,
      comments: [],
    });
  });

  it('counts yes and no', () => {
    expect(bias).toMatchObject({ answered: 4, yes: 3, no: 1, ratings: [], meanRating: null, purpose: 'COMMERCIAL_BIAS' });
  });

  it('lists each comment as often as it was given, in the order tallied', () => {
    expect(change.comments).toEqual(['Audit referrals', 'Audit referrals', 'Check overuse']);
  });

  it('leaves out answers to items the form no longer has', () => {
    expect(resultsOfForm(FORM, []).map((item) => item.itemId)).toEqual(['useful', 'free-of-bias', 'change']);
  });
});
