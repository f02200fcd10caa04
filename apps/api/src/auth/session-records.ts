import { sql } from 'kysely';
import { compiledOnce, typedSql, type Database, type TypedSql } from '../database/typed-sql';
import { accountsToJoin } from './account-records';
import type { SessionDevice } from './session-device';
import type { Viewer } from './viewer';

/** Every statement on the `session` table. Only a hash of each token is stored. */

export async function insertSession(db: Database, userId: string, tokenHash: string, lifetimeSeconds: number, device: SessionDevice): Promise<void> {
  await typedSql(db)
    .insertInto('session')
    .values({ userId, tokenHash, ...device, expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})` })
    .execute();
}

export interface LiveSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  address: string | null;
}

/** The account's sessions that still work, the most recently used first. */
export function liveSessionsOf(db: Database, userId: string): Promise<LiveSession[]> {
  return typedSql(db)
    .selectFrom('session')
    .select(['id', 'createdAt', 'lastSeenAt', 'userAgent', 'address'])
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .orderBy('lastSeenAt', 'desc')
    .orderBy('id')
    .execute();
}

/** Ends one session of the account; answers false when the account has no such live session. */
export async function revokeSessionOf(db: Database, userId: string, sessionId: string): Promise<boolean> {
  const revoked = await typedSql(db)
    .updateTable('session')
    .set({ revokedAt: sql<Date>`now()` })
    .where('id', '=', sessionId)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows) === 1;
}

export async function deleteSessionsOf(db: Database, userId: string): Promise<void> {
  await typedSql(db).deleteFrom('session').where('userId', '=', userId).execute();
}

export async function revokeSession(db: Database, sessionId: string): Promise<void> {
  await typedSql(db).updateTable('session').set({ revokedAt: sql<Date>`now()` }).where('id', '=', sessionId).where('revokedAt', 'is', null).execute();
}

/** Answers how many sessions it ended. */
export async function revokeSessionsOf(db: Database, userId: string): Promise<number> {
  const revoked = await typedSql(db)
    .updateTable('session')
    .set({ revokedAt: sql<Date>`now()` })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows);
}

/** The session a request presents, as the statements finding its account ask for it. */
export type PresentedSession = { tokenHash: string; userAgent: SessionDevice['userAgent']; address: SessionDevice['address'] };

/**
 * The account of a live session, as it is now, in one statement: every request asks it. The same
 * statement notes the session's use, from this device, once its last noted use is over 5 minutes
 * old: noting every request would turn every read into a write.
 */
export async function findViewerBySession(db: Database, session: PresentedSession): Promise<Viewer | undefined> {
  const [viewer] = await viewerOfSession(db, session);
  return viewer;
}

/**
 * The statement of findViewerBySession, one row named `viewer` at most, for a feature that selects
 * what it reads of the viewer beside it (a subquery on `viewer.id`), so both take one round trip.
 */
export function viewerOfSessionQuery(db: TypedSql, { tokenHash, userAgent, address }: PresentedSession) {
  return db
    .with('viewer', (db) =>
      db
        .selectFrom('session as s')
        .innerJoin(accountsToJoin().as('u'), 'u.id', 's.userId')
        .select(['u.id', 'u.email', 'u.name', 'u.roles', 'u.createdAt', 's.id as sessionId'])
        .where('s.tokenHash', '=', tokenHash)
        .where('s.revokedAt', 'is', null)
        .where('s.expiresAt', '>', sql<Date>`now()`),
    )
    .with('noted', (db) =>
      db
        .updateTable('session')
        .set({ userAgent, address, lastSeenAt: sql<Date>`now()` })
        .where('id', 'in', (eb) => eb.selectFrom('viewer').select('viewer.sessionId'))
        .where('lastSeenAt', '<', sql<Date>`now() - interval '5 minutes'`),
    )
    .selectFrom('viewer')
    .selectAll('viewer');
}

const viewerOfSession = compiledOnce((db, session: PresentedSession) => viewerOfSessionQuery(db, session));
