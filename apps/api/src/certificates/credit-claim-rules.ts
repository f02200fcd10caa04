import { CreditType, type CreditOffer } from '../catalog/accreditation.types';
import type { Profession } from '../credit-profiles/credit-profile-rules';

/**
 * Who may claim each credit type. AMA PRA Category 1 Credit is awarded to physicians only; other
 * professions attending such an activity get a certificate of participation (AMA, "The AMA
 * Physician's Recognition Award and credit system", 2017). Nursing contact hours are for nurses
 * and nurse practitioners, pharmacy credit for pharmacists; anyone may record participation.
 */
const OPEN_TO: Record<CreditType, readonly Profession[] | 'EVERYONE'> = {
  [CreditType.AMA_PRA_CATEGORY_1]: ['PHYSICIAN'],
  [CreditType.NURSING_CONTACT_HOURS]: ['NURSE', 'NURSE_PRACTITIONER'],
  [CreditType.PHARMACY]: ['PHARMACIST'],
  [CreditType.PARTICIPATION]: 'EVERYONE',
};

export function creditOpenTo(type: CreditType, profession: Profession): boolean {
  const open = OPEN_TO[type];
  return open === 'EVERYONE' || open.includes(profession);
}

/** Why the amount cannot be claimed against the offer, or null when it can. */
export function amountProblem(amount: number, offer: Pick<CreditOffer, 'maximum'>): string | null {
  if (!Number.isFinite(amount) || amount <= 0) return 'Claim more than nothing.';
  if (!Number.isInteger(amount * 4)) return 'Claim in quarter hours: 0.25, 0.5, 0.75, 1 and so on.';
  if (amount > offer.maximum) return `Claim at most ${offer.maximum}.`;
  return null;
}

/** A claim of more time than the platform measured needs the learner to attest they spent it. */
export function needsAttestation(amount: number, measuredMinutes: number): boolean {
  return amount * 60 > measuredMinutes;
}

/** What the platform measured, in whole minutes, from the seconds its pages and attempts recorded. */
export function measuredMinutesOf(seconds: number): number {
  return Math.floor(seconds / 60);
}
