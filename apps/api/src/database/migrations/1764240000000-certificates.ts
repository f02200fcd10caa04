import type { MigrationInterface, QueryRunner } from 'typeorm';

const CODE_PATTERN = '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]$';

export class Certificates1764240000000 implements MigrationInterface {
  name = 'Certificates1764240000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE certificate_attestation (
        user_id uuid NOT NULL REFERENCES app_user(id),
        course_id uuid NOT NULL REFERENCES course(id),
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        statement text NOT NULL CHECK (length(btrim(statement)) > 0),
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, course_id)
      )`);

    // W3C Bitstring Status List: at least 131,072 entries so one revocation hides among many.
    await db.query(`
      CREATE TABLE credential_status_list (
        id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        length int NOT NULL CHECK (length >= 131072 AND length % 8 = 0),
        created_at timestamptz NOT NULL DEFAULT date_trunc('second', now())
      )`);
    await db.query(`INSERT INTO credential_status_list (length) VALUES (131072)`);

    await db.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '${CODE_PATTERN}'),
        user_id uuid NOT NULL REFERENCES app_user(id),
        course_id uuid NOT NULL REFERENCES course(id),
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        holder_name text NOT NULL CHECK (length(btrim(holder_name)) > 0),
        course_title text NOT NULL,
        credit_hours numeric(5,1) NOT NULL CHECK (credit_hours > 0),
        status_list_id int NOT NULL REFERENCES credential_status_list(id),
        status_index int NOT NULL CHECK (status_index >= 0),
        issued_at timestamptz NOT NULL DEFAULT date_trunc('second', now()),
        expires_at timestamptz CHECK (expires_at > issued_at),
        issued_by uuid REFERENCES app_user(id),
        issue_key text CHECK (length(issue_key) <= 100),
        override_reason text CHECK (length(btrim(override_reason)) > 0),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user(id),
        revocation_reason text CHECK (length(btrim(revocation_reason)) > 0),
        superseded_at timestamptz,
        expiry_reminder_sent_at timestamptz,
        UNIQUE (status_list_id, status_index),
        CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
        CHECK (superseded_at IS NULL OR expires_at <= superseded_at)
      )`);
    await db.query(`COMMENT ON COLUMN certificate.issued_by IS 'The admin who issued it; null when issued automatically on completion'`);
    await db.query(`COMMENT ON COLUMN certificate.issue_key IS
      'The idempotency key the admin sent, so a retried issue whose reply was lost gets this certificate back'`);
    await db.query(`COMMENT ON COLUMN certificate.superseded_at IS
      'Set when an expired certificate is replaced by a recertification; it then stops counting as the active one'`);
    // One active certificate per learner and course. Expiry is a matter of time, which an index
    // predicate cannot read, so an expired certificate stays "active" here until the recertifying
    // transaction marks it superseded; revoked ones never count.
    await db.query(`CREATE UNIQUE INDEX certificate_one_active ON certificate (user_id, course_id)
      WHERE revoked_at IS NULL AND superseded_at IS NULL`);
    await db.query(`CREATE INDEX certificate_issue_key_idx ON certificate (issued_by, issue_key) WHERE issue_key IS NOT NULL`);
    await db.query(`CREATE INDEX certificate_holder_idx ON certificate (user_id, issued_at DESC)`);
    await db.query(`CREATE INDEX certificate_course_idx ON certificate (course_id, issued_at DESC, id DESC)`);
    await db.query(`CREATE INDEX certificate_revoked_idx ON certificate (status_list_id) WHERE revoked_at IS NOT NULL`);
    await db.query(`CREATE INDEX certificate_reminder_due_idx ON certificate (expires_at)
      WHERE revoked_at IS NULL AND superseded_at IS NULL AND expiry_reminder_sent_at IS NULL`);
    await db.query(`
      CREATE FUNCTION refuse_unrevoking() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
            OR NEW.revocation_reason IS DISTINCT FROM OLD.revocation_reason) THEN
          RAISE EXCEPTION 'a revocation is permanent' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER certificate_revocation_is_permanent BEFORE UPDATE ON certificate
      FOR EACH ROW EXECUTE FUNCTION refuse_unrevoking()`);

    await db.query(`
      CREATE TABLE credential_signing_key (
        id text PRIMARY KEY,
        algorithm text NOT NULL CHECK (algorithm = 'RS256'),
        public_jwk jsonb NOT NULL,
        private_key_pem text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await db.query(`COMMENT ON COLUMN credential_signing_key.id IS 'The key id (kid): its RFC 7638 JWK thumbprint'`);
    await db.query(`CREATE UNIQUE INDEX credential_signing_key_one_active ON credential_signing_key ((true)) WHERE retired_at IS NULL`);

    await db.query(`
      CREATE TABLE certificate_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        CHECK (finished_at IS NULL OR started_at IS NOT NULL)
      )`);
    await db.query(`
      CREATE TABLE certificate_batch_learner (
        batch_id uuid NOT NULL REFERENCES certificate_batch(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        outcome text CHECK (outcome IN ('ISSUED','SKIPPED','FAILED')),
        detail text,
        certificate_id uuid REFERENCES certificate(id),
        processed_at timestamptz,
        PRIMARY KEY (batch_id, user_id),
        CHECK ((outcome IS NULL) = (processed_at IS NULL)),
        CHECK ((outcome = 'ISSUED') = (certificate_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX certificate_batch_pending_idx ON certificate_batch_learner (batch_id) WHERE outcome IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['certificate_batch_learner', 'certificate_batch', 'credential_signing_key']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP TABLE certificate`);
    await db.query(`DROP FUNCTION refuse_unrevoking()`);
    await db.query(`DROP TABLE credential_status_list`);
    await db.query(`DROP TABLE certificate_attestation`);
  }
}
