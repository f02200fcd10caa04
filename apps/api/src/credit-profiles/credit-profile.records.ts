import { expressionBuilder, sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import type { CreditProfileValues, Profession } from './credit-profile-rules';

/**
 * Every statement on `credit_profile`. Other features read it only through
 * `reportableCreditProfiles()`, for the accreditor's completion file admins export, and
 * `professionsToJoin()`, for the credit a learner's profession may claim.
 */

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

/**
 * Profiles as the accreditor's completion file may carry them, to join on `userId`: the board
 * identifier and birthday only while the learner's consent to share them stands, whatever the row holds.
 */
export function reportableCreditProfiles() {
  return expressionBuilder<DB, never>()
    .selectFrom('creditProfile')
    .select(['userId', 'licenceNumber', 'licenceJurisdiction', 'npi'])
    .select((eb) => {
      const consented = eb('boardConsentAt', 'is not', null);
      return [
        eb.case().when(consented).then(eb.ref('boardIdentifier')).end().as('boardIdentifier'),
        eb.case().when(consented).then(eb.ref('birthMonth')).end().as('birthMonth'),
        eb.case().when(consented).then(eb.ref('birthDay')).end().as('birthDay'),
      ];
    });
}

/** Each learner's profession, to join on `userId`; nothing else of the profile. */
export function professionsToJoin() {
  return expressionBuilder<DB, never>().selectFrom('creditProfile').select(['userId', 'profession']).$narrowType<WithProfession>();
}

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
