import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactorAndSingleSignOn1765950000000 implements MigrationInterface {
  name = 'TwoFactorAndSingleSignOn1765950000000';

  async up(db: QueryRunner): Promise<void> {
    // The platform seals the key under SECRETS_KEY on start; rows written before hold plain PEM until then.
    await db.query(`ALTER TABLE credential_signing_key RENAME COLUMN private_key_pem TO sealed_private_key`);

    await db.query(`
      CREATE TABLE two_factor (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        sealed_secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        enabled_at timestamptz,
        last_used_step integer
      )`);
    await db.query(`COMMENT ON COLUMN two_factor.enabled_at IS 'Null until the first code confirms the authenticator app'`);
    await db.query(`COMMENT ON COLUMN two_factor.last_used_step IS 'The TOTP time step of the last code accepted: no code of that step or earlier is accepted again'`);
    await db.query(`
      CREATE TABLE two_factor_recovery_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES two_factor(user_id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        UNIQUE (user_id, code_hash)
      )`);
    await db.query(`
      CREATE TABLE sign_in_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      )`);

    await db.query(`
      CREATE TABLE oidc_provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        display_name text NOT NULL,
        issuer text NOT NULL,
        client_id text NOT NULL,
        sealed_client_secret text NOT NULL,
        allowed_domains text[] NOT NULL CHECK (cardinality(allowed_domains) > 0),
        groups_claim text NOT NULL DEFAULT 'groups',
        group_roles jsonb NOT NULL DEFAULT '[]',
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`COMMENT ON COLUMN oidc_provider.group_roles IS 'A list of { "group": name, "role": role }: members of the group get the role when they sign in'`);
    await db.query(`
      CREATE TABLE oidc_sign_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES oidc_provider(id) ON DELETE CASCADE,
        state_hash text NOT NULL UNIQUE,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(`CREATE INDEX oidc_sign_in_expiry_idx ON oidc_sign_in (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE oidc_sign_in`);
    await db.query(`DROP TABLE oidc_provider`);
    await db.query(`DROP TABLE sign_in_challenge`);
    await db.query(`DROP TABLE two_factor_recovery_code`);
    await db.query(`DROP TABLE two_factor`);
    await db.query(`ALTER TABLE credential_signing_key RENAME COLUMN sealed_private_key TO private_key_pem`);
  }
}
