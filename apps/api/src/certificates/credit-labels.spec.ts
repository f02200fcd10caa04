import { CreditType } from '../catalog/accreditation.types';
import { creditLabel } from './credit-labels';

describe('creditLabel', () => {
  it('names each credit type with its maximum, singular or plural', () => {
    expect(creditLabel({ type: CreditType.AMA_PRA_CATEGORY_1, maximum: 1 })).toBe('A maximum of 1 AMA PRA Category 1 Credit™');
    expect(creditLabel({ type: CreditType.AMA_PRA_CATEGORY_1, maximum: 2.5 })).toBe('A maximum of 2.5 AMA PRA Category 1 Credits™');
    expect(creditLabel({ type: CreditType.NURSING_CONTACT_HOURS, maximum: 2 })).toBe('A maximum of 2 nursing contact hours');
    expect(creditLabel({ type: CreditType.PHARMACY, maximum: 1 })).toBe('A maximum of 1 pharmacy contact hour');
    expect(creditLabel({ type: CreditType.PARTICIPATION, maximum: 2 })).toBe('Certificate of participation: up to 2 hours');
  });
});
