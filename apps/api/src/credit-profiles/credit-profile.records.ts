import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql, type Database } from '../database/typed-sql';
import type { CreditProfileValues, Profession } from './credit-profile-rules';

/** Every statement on `credit_profile`. No other feature reads it: the profile is the learner's and admins' only. */

const PROFILE_COLUMNS = [
  'userId',
  'profession',
  'licenceNumber',
  'licenceJurisdiction',
  'npi',
  'boardConsentAt',
  'boardIdentifier',
  'birthMonth',
  'birthDay',
  'updatedAt',
] as const;

/** The database's check keeps `profession` to these names. */
type WithProfession = { profession: Profession | null };

export function findCreditProfile(db: Database, userId: string) {
  return typedSql(db).selectFrom('creditProfile').select(PROFILE_COLUMNS).where('userId', '=', userId).$narrowType<WithProfession>().executeTakeFirst();
}

/** The profile's row, locked until the transaction ends, so two saves at once keep one consent time. */
export function lockCreditProfile(manager: EntityManager, userId: string) {
  return typedSql(manager).selectFrom('creditProfile').select(['boardConsentAt']).where('userId', '=', userId).forUpdate().executeTakeFirst();
}

/**
 * Writes the whole profile. Consent keeps the time it was first given while it lasts; without it
 * the board details are stored as nothing, whatever the caller passed.
 */
export function saveCreditProfile(manager: EntityManager, userId: string, values: CreditProfileValues) {
  const consented = values.boardReportingConsent;
  const row = {
    profession: values.profession,
    licenceNumber: values.licenceNumber,
    licenceJurisdiction: values.licenceJurisdiction,
    npi: values.npi,
    boardIdentifier: consented ? values.boardIdentifier : null,
    birthMonth: consented ? values.birthMonth : null,
    birthDay: consented ? values.birthDay : null,
  };
  return typedSql(manager)
    .insertInto('creditProfile')
    .values({ userId, ...row, boardConsentAt: consented ? sql<Date>`now()` : null })
    .onConflict((conflict) =>
      conflict.column('userId').doUpdateSet({
        ...row,
        boardConsentAt: consented ? sql<Date>`coalesce(credit_profile.board_consent_at, now())` : null,
        updatedAt: sql<Date>`now()`,
      }),
    )
    .returning(PROFILE_COLUMNS)
    .$narrowType<WithProfession>()
    .executeTakeFirstOrThrow();
}
