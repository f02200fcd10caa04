import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Lti1766100000000 implements MigrationInterface {
  name = 'Lti1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE lti_platform (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        issuer text NOT NULL,
        client_id text NOT NULL,
        login_url text NOT NULL,
        access_token_url text NOT NULL,
        key_set_url text NOT NULL,
        deployment_ids text[] NOT NULL CHECK (cardinality(deployment_ids) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (issuer, client_id)
      )`);
    await db.query(`
      CREATE TABLE lti_tool_key (
        purpose text PRIMARY KEY DEFAULT 'tool' CHECK (purpose = 'tool'),
        kid text NOT NULL UNIQUE,
        public_jwk jsonb NOT NULL,
        sealed_private_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`COMMENT ON TABLE lti_tool_key IS 'The one RSA key the tool signs client assertions and deep-linking answers with; its private half sealed under SECRETS_KEY'`);
    await db.query(`
      CREATE TABLE lti_login (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        platform_id uuid NOT NULL REFERENCES lti_platform(id) ON DELETE CASCADE,
        state_hash text NOT NULL UNIQUE,
        nonce text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX lti_login_expiry_idx ON lti_login (expires_at)`);
    await db.query(`
      CREATE TABLE lti_account (
        platform_id uuid NOT NULL REFERENCES lti_platform(id) ON DELETE CASCADE,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform_id, subject)
      )`);
    await db.query(`CREATE INDEX lti_account_user_idx ON lti_account (user_id)`);
    await db.query(`
      CREATE TABLE lti_score_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        platform_id uuid NOT NULL REFERENCES lti_platform(id) ON DELETE CASCADE,
        resource_link_id text NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        subject text NOT NULL,
        course_id uuid NOT NULL REFERENCES course(id) ON DELETE CASCADE,
        quiz_id uuid REFERENCES quiz(id) ON DELETE CASCADE,
        line_item_url text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (platform_id, resource_link_id, user_id)
      )`);
    await db.query(`CREATE INDEX lti_score_target_user_idx ON lti_score_target (user_id)`);
    await db.query(`COMMENT ON TABLE lti_score_target IS 'Where a learner''s grade goes: the line item of the LMS resource link they launched, kept from the launch''s Assignment and Grade Services claim'`);
    await db.query(`
      CREATE TABLE lti_deep_linking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        platform_id uuid NOT NULL REFERENCES lti_platform(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        deployment_id text NOT NULL,
        return_url text NOT NULL,
        data text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['lti_deep_linking', 'lti_score_target', 'lti_account', 'lti_login', 'lti_tool_key', 'lti_platform']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
