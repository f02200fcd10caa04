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
