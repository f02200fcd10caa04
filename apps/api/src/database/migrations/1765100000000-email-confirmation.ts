import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailConfirmation1765100000000 implements MigrationInterface {
  name = 'EmailConfirmation1765100000000';

  async up(db: QueryRunner): Promise<void> {
    // Accounts that exist now, and those admins or the seeder create, count as confirmed (the
    // default); a sign-up stores NULL until its link is followed.
    await db.query(`ALTER TABLE app_user ADD COLUMN email_confirmed_at timestamptz DEFAULT now()`);
    await db.query(`
      CREATE TABLE email_confirmation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await db.query(`CREATE INDEX email_confirmation_user_idx ON email_confirmation (user_id) WHERE used_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_confirmation`);
    await db.query(`ALTER TABLE app_user DROP COLUMN email_confirmed_at`);
  }
}
