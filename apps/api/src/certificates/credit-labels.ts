// The package's names of the types, not catalog's GraphQL enum, so the offline credential verifier loads no decorators.
import type { CreditType } from '@ptp/content';

/** "1.75 nursing contact hours": the amount with the unit its credit type is counted in. */
function amountOf(type: CreditType, amount: number): string {
  const plural = amount === 1 ? '' : 's';
  switch (type) {
    case 'AMA_PRA_CATEGORY_1':
      return `${amount} AMA PRA Category 1 Credit${plural}™`;
    case 'NURSING_CONTACT_HOURS':
      return `${amount} nursing contact hour${plural}`;
    case 'PHARMACY':
      return `${amount} pharmacy contact hour${plural}`;
    case 'PARTICIPATION':
      return `${amount} hour${plural} of participation`;
  }
}

/** How a certificate names a credit offer and its maximum, e.g. "A maximum of 1 AMA PRA Category 1 Credit™". */
export function creditLabel({ type, maximum }: { type: CreditType; maximum: number }): string {
  if (type === 'PARTICIPATION') return `Certificate of participation: up to ${maximum} hour${maximum === 1 ? '' : 's'}`;
  return `A maximum of ${amountOf(type, maximum)}`;
}

/** How a certificate states the credit claimed on it, e.g. "1.75 nursing contact hours claimed". */
export function claimedCreditLabel({ creditType, amount }: { creditType: CreditType; amount: number }): string {
  return `${amountOf(creditType, amount)} claimed`;
}
