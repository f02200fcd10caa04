import { CreditType, type CreditOffer } from '../catalog/accreditation.types';

/** How a certificate names a credit offer and its maximum, e.g. "A maximum of 1 AMA PRA Category 1 Credit™". */
export function creditLabel({ type, maximum }: Pick<CreditOffer, 'type' | 'maximum'>): string {
  const plural = maximum === 1 ? '' : 's';
  switch (type) {
    case CreditType.AMA_PRA_CATEGORY_1:
      return `A maximum of ${maximum} AMA PRA Category 1 Credit${plural}™`;
    case CreditType.NURSING_CONTACT_HOURS:
      return `A maximum of ${maximum} nursing contact hour${plural}`;
    case CreditType.PHARMACY:
      return `A maximum of ${maximum} pharmacy contact hour${plural}`;
    case CreditType.PARTICIPATION:
      return `Certificate of participation: up to ${maximum} hour${plural}`;
  }
}
