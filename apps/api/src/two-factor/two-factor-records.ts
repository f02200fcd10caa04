import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql, type Database } from '../database/typed-sql';
import { resealEach } from '../secrets/reseal-each';

/** Every statement on `two_factor` and `two_factor_recovery_code`. Secrets are stored sealed, recovery codes as hashes. */

/** Enabled or waiting for its first code, locked until the transaction ends. */
export function lockTwoFactor(db: Database, userId: string) {
  return typedSql(db).selectFrom('twoFactor').select(['sealedSecret', 'enabledAt', 'lastUsedStep']).where('userId', '=', userId).forUpdate().executeTakeFirst();
}

export async function twoFactorState(db: Database, userId: string) {
  return typedSql(db)
    .selectFrom('twoFactor as t')
    .select((eb) => [
      't.enabledAt',
      eb
        .selectFrom('twoFactorRecoveryCode as r')
        .select((count) => count.fn.countAll<string>().as('left'))
        .whereRef('r.userId', '=', 't.userId')
        .where('r.usedAt', 'is', null)
        .as('recoveryCodesLeft'),
    ])
    .where('t.userId', '=', userId)
    .executeTakeFirst();
}

export async function isTwoFactorEnabled(db: Database, userId: string): Promise<boolean> {
  const found = await typedSql(db).selectFrom('twoFactor').select('userId').where('userId', '=', userId).where('enabledAt', 'is not', null).executeTakeFirst();
  return found !== undefined;
}

/** A new secret waiting for its first code; replaces one that was waiting. Answers false when two-factor is already on. */
export async function savePendingSecret(db: Database, userId: string, sealedSecret: string): Promise<boolean> {
  const saved = await typedSql(db)
    .insertInto('twoFactor')
    .values({ userId, sealedSecret })
    .onConflict((conflict) => conflict.column('userId').doUpdateSet({ sealedSecret, createdAt: sql<Date>`now()`, lastUsedStep: null }).where('twoFactor.enabledAt', 'is', null))
    .executeTakeFirst();
  return Number(saved.numInsertedOrUpdatedRows) === 1;
}

export async function enableTwoFactor(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
  await typedSql(manager).updateTable('twoFactor').set({ enabledAt: sql<Date>`now()` }).where('userId', '=', userId).execute();
  await replaceRecoveryCodes(manager, userId, codeHashes);
}

export async function replaceRecoveryCodes(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
  await typedSql(manager).deleteFrom('twoFactorRecoveryCode').where('userId', '=', userId).execute();
  await typedSql(manager)
    .insertInto('twoFactorRecoveryCode')
    .values(codeHashes.map((codeHash) => ({ userId, codeHash })))
    .execute();
}

/**
 * Records the time step of an accepted code, in one statement that also refuses a step at or
 * before the last one accepted: of two requests with the same code, only one moves the step on.
 */
export async function useTimeStep(db: Database, userId: string, step: number): Promise<boolean> {
  const used = await typedSql(db)
    .updateTable('twoFactor')
    .set({ lastUsedStep: step })
    .where('userId', '=', userId)
    .where((eb) => eb.or([eb('lastUsedStep', 'is', null), eb('lastUsedStep', '<', step)]))
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

/** Marks an unused recovery code used; answers false when there is none with that hash (or it is used). */
export async function useRecoveryCode(db: Database, userId: string, codeHash: string): Promise<boolean> {
  const used = await typedSql(db)
    .updateTable('twoFactorRecoveryCode')
    .set({ usedAt: sql<Date>`now()` })
    .where('userId', '=', userId)
    .where('codeHash', '=', codeHash)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

/** Turns two-factor off (its recovery codes go with it); answers whether it was on or waiting. */
export async function removeTwoFactor(db: Database, userId: string): Promise<boolean> {
  const removed = await typedSql(db).deleteFrom('twoFactor').where('userId', '=', userId).executeTakeFirst();
  return Number(removed.numDeletedRows) === 1;
}

/** Every secret, each re-sealed by `reseal` (null: leave it), locked until the transaction ends. Answers how many changed. */
export async function resealTwoFactorSecrets(manager: EntityManager, reseal: (userId: string, stored: string) => string | null): Promise<number> {
  const rows = await typedSql(manager).selectFrom('twoFactor').select(['userId', 'sealedSecret']).orderBy('userId').forUpdate().execute();
  return resealEach(
    rows,
    (row) => reseal(row.userId, row.sealedSecret),
    (row, sealedSecret) => typedSql(manager).updateTable('twoFactor').set({ sealedSecret }).where('userId', '=', row.userId).execute(),
  );
}
