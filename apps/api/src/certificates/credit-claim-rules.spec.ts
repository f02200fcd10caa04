import { CreditType } from '../catalog/accreditation.types';
import { amountProblem, creditOpenTo, measuredMinutesOf, needsAttestation } from './credit-claim-rules';

describe('creditOpenTo', () => {
  it('keeps AMA PRA Category 1 Credit to physicians', () => {
    expect(creditOpenTo(CreditType.AMA_PRA_CATEGORY_1, 'PHYSICIAN')).toBe(true);
    for (const profession of ['NURSE_PRACTITIONER', 'PHYSICIAN_ASSOCIATE', 'NURSE', 'PHARMACIST', 'OTHER'] as const) {
      expect(creditOpenTo(CreditType.AMA_PRA_CATEGORY_1, profession)).toBe(false);
    }
  });

  it('gives nursing contact hours to nurses and nurse practitioners, pharmacy credit to pharmacists', () => {
    expect(creditOpenTo(CreditType.NURSING_CONTACT_HOURS, 'NURSE')).toBe(true);
    expect(creditOpenTo(CreditType.NURSING_CONTACT_HOURS, 'NURSE_PRACTITIONER')).toBe(true);
    expect(creditOpenTo(CreditType.NURSING_CONTACT_HOURS, 'PHARMACIST')).toBe(false);
    expect(creditOpenTo(CreditType.PHARMACY, 'PHARMACIST')).toBe(true);
    expect(creditOpenTo(CreditType.PHARMACY, 'PHYSICIAN')).toBe(false);
  });

  it('lets anyone record participation', () => {
    expect(creditOpenTo(CreditType.PARTICIPATION, 'OTHER')).toBe(true);
    expect(creditOpenTo(CreditType.PARTICIPATION, 'PHYSICIAN')).toBe(true);
  });
});

describe('amountProblem', () => {
  const offer = { maximum: 2 };

  it('takes quarter hours from a quarter up to the maximum', () => {
    for (const amount of [0.25, 0.5, 1.75, 2]) expect(amountProblem(amount, offer)).toBeNull();
  });

  it.each([
    [0, 'Claim more than nothing.'],
    [-1, 'Claim more than nothing.'],
    [Number.NaN, 'Claim more than nothing.'],
    [0.1, 'Claim in quarter hours: 0.25, 0.5, 0.75, 1 and so on.'],
    [1.3, 'Claim in quarter hours: 0.25, 0.5, 0.75, 1 and so on.'],
    [2.25, 'Claim at most 2.'],
  ])('refuses %s', (amount, problem) => {
    expect(amountProblem(amount, offer)).toBe(problem);
  });
});

describe('needsAttestation', () => {
  it('asks for one only when the claim is more than the minutes measured', () => {
    expect(needsAttestation(1.5, 90)).toBe(false);
    expect(needsAttestation(1.5, 89)).toBe(true);
    expect(needsAttestation(0.25, 0)).toBe(true);
  });

  it('counts whole minutes measured', () => {
    expect(measuredMinutesOf(5399)).toBe(89);
    expect(measuredMinutesOf(5400)).toBe(90);
  });
});
