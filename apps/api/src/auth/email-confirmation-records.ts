import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on the `email_confirmation` table: single-use links, stored as hashes of their tokens. */

export interface ConfirmationLink {
  id: string;
  userId: string;
  used: boolean;
  expired: boolean;
}

/** A new link replaces the account's unused ones, so only the newest message counts. */
export async function replaceConfirmationLinks(db: Database, userId: string, tokenHash: string, lifetimeHours: number): Promise<void> {
  const links = typedSql(db);
  await links.deleteFrom('emailConfirmation').where('userId', '=', userId).where('usedAt', 'is', null).execute();
  await links
    .insertInto('emailConfirmation')
    .values({ userId, tokenHash, expiresAt: sql<Date>`now() + make_interval(hours => ${lifetimeHours})` })
    .execute();
}

/** Locked until the transaction ends, so two clicks at the same moment are one use and one "already used". */
export function lockConfirmationLink(db: Database, tokenHash: string): Promise<ConfirmationLink | undefined> {
  return typedSql(db)
    .selectFrom('emailConfirmation')
    .select(['id', 'userId', sql<boolean>`used_at IS NOT NULL`.as('used'), sql<boolean>`expires_at <= now()`.as('expired')])
    .where('tokenHash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function markConfirmationLinkUsed(db: Database, id: string): Promise<void> {
  await typedSql(db).updateTable('emailConfirmation').set({ usedAt: sql<Date>`now()` }).where('id', '=', id).execute();
}
