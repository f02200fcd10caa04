import { CreditType } from '../catalog/accreditation.types';
import { claimedCreditLabel, creditLabel } from './credit-labels';

describe('creditLabel', () => {
  it('names each credit type with its maximum, singular or plural', () => {
    expect(creditLabel({ type: CreditType.AMA_PRA_CATEGORY_1, maximum: 1 })).toBe('A maximum of 1 AMA PRA Category 1 Credit™');
    expect(creditLabel({ type: CreditType.AMA_PRA_CATEGORY_1, maximum: 2.5 })).toBe('A maximum of 2.5 AMA PRA Category 1 Credits™');
    expect(creditLabel({ type: CreditType.NURSING_CONTACT_HOURS, maximum: 2 })).toBe('A maximum of 2 nursing contact hours');
    expect(creditLabel({ type: CreditType.PHARMACY, maximum: 1 })).toBe('A maximum of 1 pharmacy contact hour');
    expect(creditLabel({ type: CreditType.PARTICIPATION, maximum: 2 })).toBe('Certificate of participation: up to 2 hours');
  });
});

describe('claimedCreditLabel', () => {
  it('states the amount claimed in the unit of its credit type', () => {
    expect(claimedCreditLabel({ creditType: CreditType.AMA_PRA_CATEGORY_1, amount: 1 })).toBe('1 AMA PRA Category 1 Credit™ claimed');
    expect(claimedCreditLabel({ creditType: CreditType.NURSING_CONTACT_HOURS, amount: 1.75 })).toBe('1.75 nursing contact hours claimed');
    expect(claimedCreditLabel({ creditType: CreditType.PHARMACY, amount: 0.25 })).toBe('0.25 pharmacy contact hours claimed');
    expect(claimedCreditLabel({ creditType: CreditType.PARTICIPATION, amount: 1.5 })).toBe('1.5 hours of participation claimed');
  });
});
