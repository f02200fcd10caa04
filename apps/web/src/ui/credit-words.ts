import type { CreditType } from '../gql/graphql';

/** As the PDF names a credit offer: "A maximum of 1 AMA PRA Category 1 Credit™", "Certificate of participation: up to 2 hours". */
export function creditLabel({ type, maximum }: { type: CreditType; maximum: number }): string {
  const plural = maximum === 1 ? '' : 's';
  switch (type) {
    case 'AMA_PRA_CATEGORY_1':
      return `A maximum of ${maximum} AMA PRA Category 1 Credit${plural}™`;
    case 'NURSING_CONTACT_HOURS':
      return `A maximum of ${maximum} nursing contact hour${plural}`;
    case 'PHARMACY':
      return `A maximum of ${maximum} pharmacy contact hour${plural}`;
    case 'PARTICIPATION':
      return `Certificate of participation: up to ${maximum} hour${plural}`;
  }
}

/** Each credit type by its name, as reports and transcripts list them. */
export const creditTypeNames: Record<CreditType, string> = {
  AMA_PRA_CATEGORY_1: 'AMA PRA Category 1 Credit™',
  NURSING_CONTACT_HOURS: 'Nursing contact hours',
  PHARMACY: 'Pharmacy contact hours',
  PARTICIPATION: 'Participation hours',
};

/** As the certificate states a claim: "1.75 nursing contact hours claimed". */
export function claimedCreditLabel({ creditType, amount }: { creditType: CreditType; amount: number }): string {
  const plural = amount === 1 ? '' : 's';
  switch (creditType) {
    case 'AMA_PRA_CATEGORY_1':
      return `${amount} AMA PRA Category 1 Credit${plural}™ claimed`;
    case 'NURSING_CONTACT_HOURS':
      return `${amount} nursing contact hour${plural} claimed`;
    case 'PHARMACY':
      return `${amount} pharmacy contact hour${plural} claimed`;
    case 'PARTICIPATION':
      return `${amount} hour${plural} of participation claimed`;
  }
}

/** "1 hour 5 minutes", "45 minutes". */
export function durationWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest > 0 || hours === 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}
