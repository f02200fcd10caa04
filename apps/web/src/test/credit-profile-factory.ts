/** Credit profiles as the API returns them. */
import type { MyCreditProfileQuery, UpdateCreditProfileMutation } from '../gql/graphql';
import type { ApiShape } from './api-shape';

export type CreditProfileData = ApiShape<MyCreditProfileQuery['myCreditProfile'] & UpdateCreditProfileMutation['updateCreditProfile']>;

/** A profile nobody has filled in yet, unless overridden. */
export function buildCreditProfile(overrides: Partial<CreditProfileData> = {}): CreditProfileData {
  return {
    profession: null,
    licenceNumber: null,
    licenceJurisdiction: null,
    npi: null,
    boardReportingConsent: false,
    boardReportingConsentAt: null,
    boardIdentifier: null,
    birthMonth: null,
    birthDay: null,
    ...overrides,
  };
}
