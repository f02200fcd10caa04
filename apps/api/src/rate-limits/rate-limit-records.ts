import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on the `rate_limit_window` table: fixed windows, each starting at a multiple of its length. */

const windowStart = (windowSeconds: number) => sql<Date>`to_timestamp(floor(extract(epoch FROM now()) / ${windowSeconds}) * ${windowSeconds})`;

/** Counts one event in the current window, in one upsert: the window's row is its own lock. */
export function countInWindow(db: Database, key: string, windowSeconds: number): Promise<{ hits: number; retryAfter: number }> {
  return typedSql(db)
    .insertInto('rateLimitWindow')
    .values({ key, windowStart: windowStart(windowSeconds), hits: 1 })
    .onConflict((conflict) => conflict.columns(['key', 'windowStart']).doUpdateSet((eb) => ({ hits: eb('rateLimitWindow.hits', '+', 1) })))
    .returning(['hits', sql<number>`ceil(extract(epoch FROM window_start + make_interval(secs => ${windowSeconds}) - now()))::int`.as('retryAfter')])
    .executeTakeFirstOrThrow();
}

export async function hitsInWindow(db: Database, key: string, windowSeconds: number): Promise<number> {
  const row = await typedSql(db)
    .selectFrom('rateLimitWindow')
    .select('hits')
    .where('key', '=', key)
    .where('windowStart', '=', windowStart(windowSeconds))
    .executeTakeFirst();
  return row?.hits ?? 0;
}

export async function forgetWindows(db: Database, key: string): Promise<void> {
  await typedSql(db).deleteFrom('rateLimitWindow').where('key', '=', key).execute();
}

/** Deletes the windows that started longer ago than `seconds`. */
export async function deleteWindowsOlderThan(db: Database, seconds: number): Promise<void> {
  await typedSql(db).deleteFrom('rateLimitWindow').where('windowStart', '<', sql<Date>`now() - make_interval(secs => ${seconds})`).execute();
}
