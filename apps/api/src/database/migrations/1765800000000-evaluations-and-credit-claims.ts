import type { MigrationInterface, QueryRunner } from 'typeorm';

const CREDIT_TYPES = `('AMA_PRA_CATEGORY_1','NURSING_CONTACT_HOURS','PHARMACY','PARTICIPATION')`;
const QUARTER_HOURS = (column: string) => `${column} > 0 AND ${column} <= 999 AND ${column} * 4 = trunc(${column} * 4)`;

/**
 * Continuing-education records: a course version keeps the evaluation form of its package; a
 * learner who completed a version evaluates it once (`course_evaluation`, one answer row per item);
 * the credit claimed on a certificate (`credit_claim`, at most one per certificate), which needs
 * that version's evaluation and, when it exceeds the time the platform measured, an attestation;
 * credits a learner earned elsewhere (`external_credit`, self-reported). Evaluations and claims are
 * records: never changed or deleted.
 */
export class EvaluationsAndCreditClaims1765800000000 implements MigrationInterface {
  name = 'EvaluationsAndCreditClaims1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE course_version ADD COLUMN evaluation jsonb`);
    await db.query(`
      CREATE TABLE course_evaluation (
        user_id uuid NOT NULL REFERENCES app_user(id),
        course_id uuid NOT NULL,
        course_version_id uuid NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, course_version_id),
        FOREIGN KEY (course_version_id, course_id) REFERENCES course_version (id, course_id)
      )`);
    await db.query(`CREATE INDEX course_evaluation_version_idx ON course_evaluation (course_version_id)`);
    await db.query(`
      CREATE TABLE course_evaluation_answer (
        user_id uuid NOT NULL,
        course_version_id uuid NOT NULL,
        item_id text NOT NULL,
        rating smallint CHECK (rating BETWEEN 1 AND 10),
        agreed boolean,
        comment text CHECK (char_length(comment) BETWEEN 1 AND 4000),
        PRIMARY KEY (course_version_id, item_id, user_id),
        FOREIGN KEY (user_id, course_version_id) REFERENCES course_evaluation (user_id, course_version_id),
        CHECK (num_nonnulls(rating, agreed, comment) = 1)
      )`);
    await db.query(`
      CREATE TABLE credit_claim (
        certificate_id uuid PRIMARY KEY REFERENCES certificate(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        course_id uuid NOT NULL,
        course_version_id uuid NOT NULL,
        credit_type text NOT NULL CHECK (credit_type IN ${CREDIT_TYPES}),
        amount numeric(5,2) NOT NULL CHECK (${QUARTER_HOURS('amount')}),
        measured_minutes int NOT NULL CHECK (measured_minutes >= 0),
        attested boolean NOT NULL,
        profession text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (user_id, course_version_id) REFERENCES course_evaluation (user_id, course_version_id),
        CHECK (attested OR amount * 60 <= measured_minutes)
      )`);
    await db.query(`CREATE INDEX credit_claim_user_idx ON credit_claim (user_id, claimed_at)`);
    await db.query(`CREATE INDEX credit_claim_course_idx ON credit_claim (course_id, claimed_at)`);
    await db.query(`
      CREATE FUNCTION continuing_education_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is a record: it cannot be changed or deleted.', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['course_evaluation', 'course_evaluation_answer', 'credit_claim']) {
      await db.query(`
        CREATE TRIGGER ${table}_record BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION continuing_education_record()`);
    }
    await db.query(`
      CREATE TABLE external_credit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        activity_title text NOT NULL CHECK (char_length(activity_title) BETWEEN 1 AND 200),
        provider text NOT NULL CHECK (char_length(provider) BETWEEN 1 AND 200),
        credit_type text NOT NULL CHECK (credit_type IN ${CREDIT_TYPES}),
        amount numeric(5,2) NOT NULL CHECK (${QUARTER_HOURS('amount')}),
        completed_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX external_credit_user_idx ON external_credit (user_id, completed_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE external_credit`);
    await db.query(`DROP TABLE credit_claim`);
    await db.query(`DROP TABLE course_evaluation_answer`);
    await db.query(`DROP TABLE course_evaluation`);
    await db.query(`DROP FUNCTION continuing_education_record()`);
    await db.query(`ALTER TABLE course_version DROP COLUMN evaluation`);
  }
}
