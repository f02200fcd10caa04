import { expressionBuilder, sql } from 'kysely';
import type { DB } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import type { Role } from './policy.decorators';

/** Every statement on the `app_user` table. Emails are stored trimmed and lower-cased. */

const USER_COLUMNS = ['id', 'email', 'name', 'roles', 'createdAt'] as const;

/** The database's check keeps `roles` to these names. */
type WithRoles = { roles: Role[] };

export interface Account {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  createdAt: Date;
}

/** Accounts as other features' statements join them: the one way those read `app_user`. */
export function accountsToJoin() {
  return expressionBuilder<DB, never>().selectFrom('appUser').select(USER_COLUMNS).$narrowType<WithRoles>();
}

function accounts(db: Database) {
  return typedSql(db).selectFrom('appUser');
}

export function findAccount(db: Database, id: string): Promise<Account | undefined> {
  return accounts(db).select(USER_COLUMNS).where('id', '=', id).$narrowType<WithRoles>().executeTakeFirst();
}

/** With the password hash, for signing in only. */
export function findAccountToSignIn(db: Database, email: string) {
  return accounts(db)
    .select([...USER_COLUMNS, 'passwordHash', 'emailConfirmedAt'])
    .where('email', '=', email)
    .$narrowType<WithRoles>()
    .executeTakeFirst();
}

/** Ordered by email, which is unique; `pattern` is an ILIKE pattern on email or name. */
export function findAccountsByEmail(db: Database, pattern: string | null, afterEmail: string | null, limit: number): Promise<Account[]> {
  return accounts(db)
    .select(USER_COLUMNS)
    .$if(pattern !== null, (query) => query.where((eb) => eb.or([eb('email', 'ilike', pattern!), eb('name', 'ilike', pattern!)])))
    .$if(afterEmail !== null, (query) => query.where('email', '>', afterEmail!))
    .orderBy('email')
    .limit(limit)
    .$narrowType<WithRoles>()
    .execute();
}

/** Undefined for a deleted account, which has no address to write to. */
export async function emailOfAccount(db: Database, id: string): Promise<string | undefined> {
  return (await accounts(db).select('email').where('id', '=', id).where('deletedAt', 'is', null).executeTakeFirst())?.email;
}

/** Which of these ids are accounts. */
export async function existingAccountIds(db: Database, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await accounts(db).select('id').where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}

export async function countAccounts(db: Database, role?: Role): Promise<number> {
  const { count } = await accounts(db)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$if(role !== undefined, (query) => query.where(sql<boolean>`${role} = ANY(roles)`))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Locked by id, in one statement, so two transactions locking the same accounts queue instead of deadlocking. */
export function lockAccounts(db: Database, ids: string[]): Promise<{ id: string; roles: Role[] }[]> {
  return accounts(db).select(['id', 'roles']).where('id', 'in', ids).orderBy('id').forUpdate().$narrowType<WithRoles>().execute();
}

export function setAccountRoles(db: Database, id: string, roles: Role[]): Promise<Account> {
  return typedSql(db).updateTable('appUser').set({ roles }).where('id', '=', id).returning(USER_COLUMNS).$narrowType<WithRoles>().executeTakeFirstOrThrow();
}

export interface NewAccount {
  email: string;
  name: string;
  passwordHash: string;
  roles: Role[];
  confirmed: boolean;
}

/** Answers the new account's id, or undefined when the email already has an account. */
export async function createAccount(db: Database, account: NewAccount): Promise<string | undefined> {
  const { confirmed, ...columns } = account;
  const created = await typedSql(db)
    .insertInto('appUser')
    .values({ ...columns, emailConfirmedAt: confirmed ? sql<Date>`now()` : null })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return created?.id;
}

/** The account of an address still waiting for confirmation, locked until the transaction ends. */
export function lockUnconfirmedAccount(db: Database, email: string): Promise<{ id: string; name: string } | undefined> {
  return accounts(db).select(['id', 'name']).where('email', '=', email).where('emailConfirmedAt', 'is', null).forUpdate().executeTakeFirst();
}

export async function nameOfAccount(db: Database, email: string): Promise<string | undefined> {
  return (await accounts(db).select('name').where('email', '=', email).executeTakeFirst())?.name;
}

export async function confirmAccountEmail(db: Database, id: string): Promise<void> {
  await typedSql(db)
    .updateTable('appUser')
    .set({ emailConfirmedAt: sql<Date>`coalesce(email_confirmed_at, now())` })
    .where('id', '=', id)
    .execute();
}

/** The name and email of every account holding one of the roles, by email. */
export function accountsWithRoles(db: Database, roles: Role[]): Promise<{ name: string; email: string }[]> {
  return accounts(db).select(['name', 'email']).where(sql<boolean>`roles && ${roles}::text[]`).orderBy('email').execute();
}

export async function setPasswordHash(db: Database, id: string, passwordHash: string): Promise<void> {
  await typedSql(db).updateTable('appUser').set({ passwordHash }).where('id', '=', id).execute();
}

/** Locked until the transaction ends; undefined for a deleted account. */
export function lockAccountWithPassword(db: Database, id: string) {
  return accounts(db).select(['id', 'email', 'name', 'passwordHash']).where('id', '=', id).where('deletedAt', 'is', null).forUpdate().executeTakeFirst();
}

/** Moves the account to a confirmed address; answers false when another account holds it. */
export async function moveAccountEmail(db: Database, id: string, email: string): Promise<boolean> {
  const moved = await typedSql(db)
    .updateTable('appUser')
    .set({ email, emailConfirmedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('appUser as other').select('other.id').where('other.email', '=', email))))
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

/** What the account itself is, for the holder's own copy of their data. */
export function accountProfile(db: Database, id: string) {
  return accounts(db).select([...USER_COLUMNS, 'emailConfirmedAt']).where('id', '=', id).$narrowType<WithRoles>().executeTakeFirstOrThrow();
}

/**
 * A deleted account keeps its row, because certificates, attempts and the audit log point at it,
 * but nothing that names or reaches the person: the email becomes an address that cannot receive
 * mail (unique, so the original can sign up again), the name a placeholder, and no password matches.
 */
export async function anonymiseAccount(db: Database, id: string): Promise<void> {
  await typedSql(db)
    .updateTable('appUser')
    .set({ email: `deleted-${id}@deleted.invalid`, name: 'Deleted account', passwordHash: '', deletedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}
