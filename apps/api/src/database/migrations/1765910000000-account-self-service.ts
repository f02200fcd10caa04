import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSelfService1765910000000 implements MigrationInterface {
  name = 'AccountSelfService1765910000000';

  async up(db: QueryRunner): Promise<void> {
    // What the account page shows of each session: the browser, the address it signed in from,
    // and when it was last used (refreshed at most every few minutes, not on every request).
    await db.query(`
      ALTER TABLE session
        ADD COLUMN user_agent text CHECK (char_length(user_agent) <= 500),
        ADD COLUMN address text CHECK (char_length(address) <= 100),
        ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now()`);

    // A deleted account keeps its row, anonymised, because certificates, attempts and the audit
    // log are records that point at it.
    await db.query(`ALTER TABLE app_user ADD COLUMN deleted_at timestamptz`);

    for (const [table, extra] of [
      ['password_reset', ''],
      ['email_change', `new_email text NOT NULL CHECK (new_email = lower(btrim(new_email)) AND new_email LIKE '%_@_%'),`],
    ]) {
      await db.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
          ${extra}
          token_hash text NOT NULL UNIQUE,
          created_at timestamptz NOT NULL DEFAULT now(),
          expires_at timestamptz NOT NULL,
          used_at timestamptz,
          CHECK (expires_at > created_at)
        )`);
      await db.query(`CREATE INDEX ${table}_user_idx ON ${table} (user_id) WHERE used_at IS NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_change`);
    await db.query(`DROP TABLE password_reset`);
    await db.query(`ALTER TABLE app_user DROP COLUMN deleted_at`);
    await db.query(`ALTER TABLE session DROP COLUMN user_agent, DROP COLUMN address, DROP COLUMN last_seen_at`);
  }
}
