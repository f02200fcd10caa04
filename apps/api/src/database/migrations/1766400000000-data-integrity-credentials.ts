import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataIntegrityCredentials1766400000000 implements MigrationInterface {
  name = 'DataIntegrityCredentials1766400000000';

  async up(db: QueryRunner): Promise<void> {
    // One active key per algorithm: RS256 signs the VC-JWTs, Ed25519 the Data Integrity proofs.
    await db.query(`ALTER TABLE credential_signing_key DROP CONSTRAINT credential_signing_key_algorithm_check`);
    await db.query(`ALTER TABLE credential_signing_key ADD CONSTRAINT credential_signing_key_algorithm_check CHECK (algorithm IN ('RS256', 'Ed25519'))`);
    await db.query(`DROP INDEX credential_signing_key_one_active`);
    await db.query(`CREATE UNIQUE INDEX credential_signing_key_one_active ON credential_signing_key (algorithm) WHERE retired_at IS NULL`);
    await db.query(`COMMENT ON COLUMN credential_signing_key.id IS 'The key id: the RFC 7638 JWK thumbprint of an RS256 key, the multibase public key of an Ed25519 key'`);

    await db.query(`
      CREATE TABLE signed_credential (
        id text PRIMARY KEY,
        content_sha256 text NOT NULL,
        document jsonb NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`COMMENT ON TABLE signed_credential IS 'Credentials with a Data Integrity proof, signed once and served again while their content is unchanged'`);
    await db.query(`COMMENT ON COLUMN signed_credential.id IS 'The credential''s id (urn:uuid:...)'`);
    await db.query(`COMMENT ON COLUMN signed_credential.content_sha256 IS 'SHA-256 of what was signed, with the key; a different one means the stored proof is stale'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE signed_credential`);
    await db.query(`DELETE FROM credential_signing_key WHERE algorithm <> 'RS256'`);
    await db.query(`DROP INDEX credential_signing_key_one_active`);
    await db.query(`CREATE UNIQUE INDEX credential_signing_key_one_active ON credential_signing_key ((true)) WHERE retired_at IS NULL`);
    await db.query(`ALTER TABLE credential_signing_key DROP CONSTRAINT credential_signing_key_algorithm_check`);
    await db.query(`ALTER TABLE credential_signing_key ADD CONSTRAINT credential_signing_key_algorithm_check CHECK (algorithm = 'RS256')`);
  }
}
