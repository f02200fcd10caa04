import type { EvaluationForm } from '@ptp/content';
import { readEvaluationAnswers } from './evaluation-rules';

const FORM: EvaluationForm = {
  items: [
    { id: 'objectives-met', kind: 'RATING', prompt: 'Objectives met', scale: ['No', 'Somewhat', 'Yes'], required: true, purpose: null },
    { id: 'free-of-bias', kind: 'YES_NO', prompt: 'Free of commercial bias?', scale: [], required: true, purpose: 'COMMERCIAL_BIAS' },
    { id: 'change', kind: 'TEXT', prompt: 'One change', scale: [], required: false, purpose: 'COMMITMENT_TO_CHANGE' },
  ],
};
const RATED = { itemId: 'objectives-met', rating: 3 };
const UNBIASED = { itemId: 'free-of-bias', agreed: false };

describe('readEvaluationAnswers', () => {
  it('stores each answer under its kind, in the order of the form, and skips an optional item left out', () => {
    expect(readEvaluationAnswers(FORM, [UNBIASED, RATED])).toEqual({
      answers: [
        { itemId: 'objectives-met', rating: 3, agreed: null, comment: null },
        { itemId: 'free-of-bias', rating: null, agreed: false, comment: null },
      ],
      problems: null,
    });
  });

  it('trims a comment, and counts a blank one as not given', () => {
    expect(readEvaluationAnswers(FORM, [RATED, UNBIASED, { itemId: 'change', comment: '  Audit my referrals.  ' }]).answers?.[2]).toEqual({
      itemId: 'change',
      rating: null,
      agreed: null,
      comment: 'Audit my referrals.',
    });
    expect(readEvaluationAnswers(FORM, [RATED, UNBIASED, { itemId: 'change', comment: '   ' }]).answers).toHaveLength(2);
  });

  it.each([
    ['a required item left out', [UNBIASED], 'objectives-met', 'This question needs an answer.'],
    ['a rating past the end of the scale', [{ itemId: 'objectives-met', rating: 4 }, UNBIASED], 'objectives-met', 'Choose a point from 1 to 3.'],
    ['a rating of zero', [{ itemId: 'objectives-met', rating: 0 }, UNBIASED], 'objectives-met', 'Choose a point from 1 to 3.'],
    ['a comment where a rating is asked', [{ itemId: 'objectives-met', comment: 'Great' }, UNBIASED], 'objectives-met', 'Choose a point on the scale.'],
    ['two answers to one item', [{ itemId: 'objectives-met', rating: 2, agreed: true }, UNBIASED], 'objectives-met', 'Give one answer to this question.'],
    ['a yes or no given as a rating', [RATED, { itemId: 'free-of-bias', rating: 1 }], 'free-of-bias', 'Answer yes or no.'],
    ['an item answered twice', [RATED, RATED, UNBIASED], 'objectives-met', 'Answer each question once.'],
    ['an item the form does not have', [RATED, UNBIASED, { itemId: 'speaker', rating: 1 }], 'speaker', 'The evaluation has no such question.'],
    ['a comment too long', [RATED, UNBIASED, { itemId: 'change', comment: 'x'.repeat(4001) }], 'change', 'Keep the answer within 4000 characters.'],
  ])('refuses %s, under the item', (_case, answers, itemId, message) => {
    const reading = readEvaluationAnswers(FORM, answers);

    expect(reading.answers).toBeNull();
    expect(reading.problems).toEqual({ [itemId]: message });
  });
});
