import type { CreditType } from '../../gql/graphql';

/** As the transcript PDF names each credit type. */
export const creditTypeNames: Record<CreditType, string> = {
  AMA_PRA_CATEGORY_1: 'AMA PRA Category 1 Credit™',
  NURSING_CONTACT_HOURS: 'Nursing contact hours',
  PHARMACY: 'Pharmacy contact hours',
  PARTICIPATION: 'Participation hours',
};

export const creditTypeChoices = (Object.keys(creditTypeNames) as CreditType[]).map((value) => ({ value, label: creditTypeNames[value] }));

/** Hours to two places, as the PDF prints them: "1.25". */
export function hours(amount: number): string {
  return amount.toFixed(2);
}
