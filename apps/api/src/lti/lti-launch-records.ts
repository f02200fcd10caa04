import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/**
 * Every statement on `lti_login` (a login the platform started and the tool has not seen come
 * back; only the state's hash is kept), `lti_account` (which account an LMS user is) and
 * `lti_deep_linking` (an instructor's request to place content, waiting for their choice).
 */

export async function insertLtiLogin(db: Database, login: { platformId: string; stateHash: string; nonce: string }, lifetimeSeconds: number): Promise<void> {
  await typedSql(db).deleteFrom('ltiLogin').where('expiresAt', '<', sql<Date>`now() - interval '1 day'`).execute();
  await typedSql(db)
    .insertInto('ltiLogin')
    .values({ ...login, expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})` })
    .execute();
}

export interface PendingLtiLogin {
  id: string;
  platformId: string;
  nonce: string;
  used: boolean;
  expired: boolean;
}

export function ltiLoginByState(db: Database, stateHash: string): Promise<PendingLtiLogin | undefined> {
  return typedSql(db)
    .selectFrom('ltiLogin')
    .select(['id', 'platformId', 'nonce', sql<boolean>`used_at IS NOT NULL`.as('used'), sql<boolean>`expires_at <= now()`.as('expired')])
    .where('stateHash', '=', stateHash)
    .executeTakeFirst();
}

/** Marks the login used, once: of two launches with one state at the same moment, one finds it taken. */
export async function takeLtiLogin(db: Database, id: string): Promise<boolean> {
  const taken = await typedSql(db)
    .updateTable('ltiLogin')
    .set({ usedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

export async function linkedAccount(db: Database, platformId: string, subject: string): Promise<string | undefined> {
  return (await typedSql(db).selectFrom('ltiAccount').select('userId').where('platformId', '=', platformId).where('subject', '=', subject).executeTakeFirst())?.userId;
}

export async function linkAccount(db: Database, link: { platformId: string; subject: string; userId: string }): Promise<void> {
  await typedSql(db).insertInto('ltiAccount').values(link).execute();
}

export async function insertDeepLinking(
  db: Database,
  request: { platformId: string; userId: string; deploymentId: string; returnUrl: string; data: string | null },
  lifetimeSeconds: number,
): Promise<string> {
  await typedSql(db).deleteFrom('ltiDeepLinking').where('expiresAt', '<', sql<Date>`now() - interval '1 day'`).execute();
  const { id } = await typedSql(db)
    .insertInto('ltiDeepLinking')
    .values({ ...request, expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The open request of this account, or nothing when it is someone else's, used or expired. */
export function openDeepLinking(db: Database, id: string, userId: string) {
  return typedSql(db)
    .selectFrom('ltiDeepLinking')
    .select(['id', 'platformId', 'deploymentId', 'returnUrl', 'data'])
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
}

export async function takeDeepLinking(db: Database, id: string): Promise<boolean> {
  const taken = await typedSql(db).updateTable('ltiDeepLinking').set({ usedAt: sql<Date>`now()` }).where('id', '=', id).where('usedAt', 'is', null).executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}
