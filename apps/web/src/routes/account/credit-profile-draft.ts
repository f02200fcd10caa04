import type { CreditProfileInput, Profession } from '../../gql/graphql';
import { professionNames } from '../../ui/profession-words';

export const professionChoices = (Object.keys(professionNames) as Profession[]).map((value) => ({ value, label: professionNames[value] }));

/** The form's values as typed; NaN is an empty number field. */
export interface CreditProfileDraft {
  profession: Profession | null;
  licenceNumber: string;
  licenceJurisdiction: string;
  npi: string;
  boardReportingConsent: boolean;
  boardIdentifier: string;
  birthMonth: number;
  birthDay: number;
}

export interface StoredCreditProfile {
  profession?: Profession | null;
  licenceNumber?: string | null;
  licenceJurisdiction?: string | null;
  npi?: string | null;
  boardReportingConsent: boolean;
  boardReportingConsentAt?: string | null;
  boardIdentifier?: string | null;
  birthMonth?: number | null;
  birthDay?: number | null;
}

export function draftOf(profile: StoredCreditProfile): CreditProfileDraft {
  return {
    profession: profile.profession ?? null,
    licenceNumber: profile.licenceNumber ?? '',
    licenceJurisdiction: profile.licenceJurisdiction ?? '',
    npi: profile.npi ?? '',
    boardReportingConsent: profile.boardReportingConsent,
    boardIdentifier: profile.boardIdentifier ?? '',
    birthMonth: profile.birthMonth ?? NaN,
    birthDay: profile.birthDay ?? NaN,
  };
}

const textOrNull = (value: string) => (value.trim() === '' ? null : value);
const numberOrNull = (value: number) => (Number.isNaN(value) ? null : value);

/** What is sent: board details only with consent, so unticking the box withdraws them. */
export function inputOf(draft: CreditProfileDraft): CreditProfileInput {
  const consented = draft.boardReportingConsent;
  return {
    profession: draft.profession,
    licenceNumber: textOrNull(draft.licenceNumber),
    licenceJurisdiction: textOrNull(draft.licenceJurisdiction),
    npi: textOrNull(draft.npi),
    boardReportingConsent: consented,
    boardIdentifier: consented ? textOrNull(draft.boardIdentifier) : null,
    birthMonth: consented ? numberOrNull(draft.birthMonth) : null,
    birthDay: consented ? numberOrNull(draft.birthDay) : null,
  };
}
