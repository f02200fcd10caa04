import { sql } from 'kysely';
import { compiledOnce, typedSql, type Database } from '../database/typed-sql';
import { accountsToJoin } from './account-records';
import type { Viewer } from './viewer';

/** Every statement on the `session` table. Only a hash of each token is stored. */

export async function insertSession(db: Database, userId: string, tokenHash: string, lifetimeSeconds: number): Promise<void> {
  await typedSql(db)
    .insertInto('session')
    .values({ userId, tokenHash, expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})` })
    .execute();
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

/** The account of a live session, as it is now, in one statement: every request asks it. */
export async function findViewerBySession(db: Database, tokenHash: string): Promise<Viewer | undefined> {
  const [viewer] = await viewerOfSession(db, { tokenHash });
  return viewer;
}

const viewerOfSession = compiledOnce((db, { tokenHash }: { tokenHash: string }) =>
  db
    .selectFrom('session as s')
    .innerJoin(accountsToJoin().as('u'), 'u.id', 's.userId')
    .select(['u.id', 'u.email', 'u.name', 'u.roles', 'u.createdAt', 's.id as sessionId'])
    .where('s.tokenHash', '=', tokenHash)
    .where('s.revokedAt', 'is', null)
    .where('s.expiresAt', '>', sql<Date>`now()`)
);
