import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1764210000000 implements MigrationInterface {
  name = 'AccountsAndAudit1764210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await db.query(`CREATE INDEX session_user_idx ON session (user_id) WHERE revoked_at IS NULL`);
    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES app_user(id),
        action text NOT NULL,
        subject_user_id uuid REFERENCES app_user(id),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX audit_log_recent_idx ON audit_log (created_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE rate_limit_window (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        hits int NOT NULL CHECK (hits > 0),
        PRIMARY KEY (key, window_start)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE rate_limit_window`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP TABLE session`);
  }
}
