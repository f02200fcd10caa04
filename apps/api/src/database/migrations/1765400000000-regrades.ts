import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regrading after an item is fixed. A regrade is a rule in force from the moment it is recorded:
 * attempts at earlier versions of the quiz are graded by the keys of a later one (CORRECTED_KEYS),
 * or one question gives everyone who was shown it full credit (CREDIT_ALL). A background job
 * applies it to the attempts already graded, each exactly once (attempt_regrade's key), keeping
 * the score before and after; attempts graded later are graded by the rule itself.
 */
export class Regrades1765400000000 implements MigrationInterface {
  name = 'Regrades1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE regrade (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL REFERENCES quiz(id),
        mode text NOT NULL CHECK (mode IN ('CORRECTED_KEYS','CREDIT_ALL')),
        question_key text CHECK (length(question_key) <= 200),
        key_version_id uuid NOT NULL REFERENCES quiz_version(id),
        key_version int NOT NULL CHECK (key_version > 0),
        requested_by uuid NOT NULL REFERENCES app_user(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','COMPLETE')),
        attempts_total int NOT NULL CHECK (attempts_total >= 0),
        attempts_done int NOT NULL DEFAULT 0 CHECK (attempts_done >= 0),
        attempts_open int NOT NULL DEFAULT 0 CHECK (attempts_open >= 0),
        after_attempt_id uuid,
        started_at timestamptz,
        finished_at timestamptz,
        CHECK ((mode = 'CREDIT_ALL') = (question_key IS NOT NULL)),
        CHECK ((status = 'COMPLETE') = (finished_at IS NOT NULL)),
        CHECK ((status = 'QUEUED') = (started_at IS NULL))
      )`);
    await db.query(`COMMENT ON COLUMN regrade.key_version IS
      'The number of key_version_id, copied: a published version never changes, and attempts compare their version with it'`);
    await db.query(`COMMENT ON COLUMN regrade.after_attempt_id IS
      'Where the job resumes: attempts are worked through in id order, and this is the last one done'`);
    // Two regrades of one quiz at once would each grade the other's attempts half-way; one waits for the other.
    await db.query(`CREATE UNIQUE INDEX regrade_one_running_per_quiz ON regrade (quiz_id) WHERE status <> 'COMPLETE'`);
    await db.query(`CREATE INDEX regrade_quiz_idx ON regrade (quiz_id, requested_at)`);

    await db.query(`
      CREATE TABLE attempt_regrade (
        regrade_id uuid NOT NULL REFERENCES regrade(id),
        attempt_id uuid NOT NULL REFERENCES quiz_attempt(id),
        old_score numeric(5,2) NOT NULL CHECK (old_score BETWEEN 0 AND 100),
        new_score numeric(5,2) NOT NULL CHECK (new_score BETWEEN 0 AND 100),
        old_passed boolean NOT NULL,
        new_passed boolean NOT NULL,
        regraded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (regrade_id, attempt_id)
      )`);
    await db.query(`CREATE INDEX attempt_regrade_attempt_idx ON attempt_regrade (attempt_id)`);
    await db.query(`CREATE INDEX attempt_regrade_lost_pass_idx ON attempt_regrade (regrade_id) WHERE old_passed AND NOT new_passed`);

    await db.query(`
      CREATE TABLE certificate_regrade_decision (
        certificate_id uuid NOT NULL REFERENCES certificate(id),
        regrade_id uuid NOT NULL REFERENCES regrade(id),
        decision text NOT NULL CHECK (decision IN ('KEEP','REVOKE')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
        decided_by uuid NOT NULL REFERENCES app_user(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (certificate_id, regrade_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE certificate_regrade_decision`);
    await db.query(`DROP TABLE attempt_regrade`);
    await db.query(`DROP TABLE regrade`);
  }
}
