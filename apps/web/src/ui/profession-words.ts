import type { Profession } from '../gql/graphql';

/** Each profession as a learner picks it on their credit profile and admins read it in reports. */
export const professionNames: Record<Profession, string> = {
  PHYSICIAN: 'Physician',
  NURSE_PRACTITIONER: 'Nurse practitioner',
  PHYSICIAN_ASSOCIATE: 'Physician associate',
  NURSE: 'Nurse',
  PHARMACIST: 'Pharmacist',
  OTHER: 'Other',
};
