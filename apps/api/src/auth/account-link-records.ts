import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/**
 * Every statement on the tables of single-use links mailed to an account: `email_confirmation`,
 * `password_reset` and `email_change`. Each stores only a hash of its token.
 */

export type LinkTable = 'emailConfirmation' | 'passwordReset' | 'emailChange';

export interface AccountLink {
  id: string;
  userId: string;
  used: boolean;
  expired: boolean;
}

/** A new link ends the account's unused ones of the kind, so only the newest message counts. */
export async function replaceLink(db: Database, table: LinkTable, userId: string, tokenHash: string, lifetimeMinutes: number, newEmail?: string): Promise<void> {
  const links = typedSql(db);
  await links.deleteFrom(table).where('userId', '=', userId).where('usedAt', 'is', null).execute();
  const expiresAt = sql<Date>`now() + make_interval(mins => ${lifetimeMinutes})`;
  if (table === 'emailChange') await links.insertInto(table).values({ userId, tokenHash, expiresAt, newEmail: newEmail! }).execute();
  else await links.insertInto(table).values({ userId, tokenHash, expiresAt }).execute();
}

/** Locked until the transaction ends, so two uses at the same moment are one use and one "already used". */
export function lockLink(db: Database, table: LinkTable, tokenHash: string): Promise<AccountLink | undefined> {
  return typedSql(db)
    .selectFrom(table)
    .select(['id', 'userId', sql<boolean>`used_at IS NOT NULL`.as('used'), sql<boolean>`expires_at <= now()`.as('expired')])
    .where('tokenHash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function markLinkUsed(db: Database, table: LinkTable, id: string): Promise<void> {
  await typedSql(db).updateTable(table).set({ usedAt: sql<Date>`now()` }).where('id', '=', id).execute();
}

/** The address an email change moves the account to. */
export async function newEmailOfChange(db: Database, id: string): Promise<string> {
  return (await typedSql(db).selectFrom('emailChange').select('newEmail').where('id', '=', id).executeTakeFirstOrThrow()).newEmail;
}

/** Ends every link mailed to the account, used or not: a deleted account keeps none. */
export async function deleteLinksOf(db: Database, userId: string): Promise<void> {
  const links = typedSql(db);
  for (const table of ['emailConfirmation', 'passwordReset', 'emailChange'] as const) await links.deleteFrom(table).where('userId', '=', userId).execute();
}
