import { typedSql, type Database } from '../database/typed-sql';

/**
 * The one statement on `rate_limit` that is the platform's own: rate-limiter-flexible counts,
 * reads and forgets, and this purge deletes what it left behind.
 */
export async function deleteEndedWindows(db: Database, nowMs: number): Promise<void> {
  await typedSql(db).deleteFrom('rateLimit').where('expire', '<', String(nowMs)).execute();
}
