import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits move to rate-limiter-flexible's PostgreSQL store. Its statements name the columns
 * by position, so the table keeps the library's layout (key, points, expire); the key is text
 * rather than its varchar(255), since a key holds an email address and a client address.
 */
export class RateLimiterStore1766000000000 implements MigrationInterface {
  name = 'RateLimiterStore1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    await db.query(`COMMENT ON COLUMN rate_limit.key IS 'The window length in seconds, then what is limited: 900s:sign-in:address:203.0.113.7'`);
    await db.query(`COMMENT ON COLUMN rate_limit.expire IS 'When the window ends, in milliseconds since 1970'`);
    await db.query(`CREATE INDEX rate_limit_expire_idx ON rate_limit (expire)`);
    // Counts in progress are not carried over: every window is at most a day long.
    await db.query(`DROP TABLE rate_limit_window`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rate_limit_window (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits int NOT NULL CHECK (hits > 0),
        PRIMARY KEY (key, window_start)
      )`);
    await db.query(`DROP TABLE rate_limit`);
  }
}
