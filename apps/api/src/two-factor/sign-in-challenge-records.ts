import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on `sign_in_challenge`: the step between a right password and a right second factor. Only token hashes are stored. */

export async function insertChallenge(db: Database, userId: string, tokenHash: string, lifetimeSeconds: number): Promise<void> {
  await typedSql(db)
    .insertInto('signInChallenge')
    .values({ userId, tokenHash, expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})` })
    .execute();
}

/** The challenge of a token, whether it is still open, and locked until the transaction ends. */
export function lockChallenge(db: Database, tokenHash: string) {
  return typedSql(db)
    .selectFrom('signInChallenge')
    .select(['id', 'userId', 'usedAt', sql<boolean>`expires_at <= now()`.as('expired')])
    .where('tokenHash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export async function closeChallenge(db: Database, id: string): Promise<void> {
  await typedSql(db).updateTable('signInChallenge').set({ usedAt: sql<Date>`now()` }).where('id', '=', id).execute();
}

/** Challenges end within minutes; those a day old go with the hourly purge. */
export async function deleteOldChallenges(db: Database): Promise<void> {
  await typedSql(db).deleteFrom('signInChallenge').where('expiresAt', '<', sql<Date>`now() - interval '1 day'`).execute();
}
