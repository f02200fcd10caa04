import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course version keeps the accreditation and disclosures of the package it was imported from
 * (null for versions imported before packages stated them). `disclosure_acknowledgement` records
 * that a learner saw a version's disclosures and when: one row per learner and version, never
 * changed or deleted, so a learner who acknowledged version 1 acknowledges version 2 again.
 */
export class Accreditation1765600000000 implements MigrationInterface {
  name = 'Accreditation1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE course_version ADD COLUMN accreditation jsonb, ADD COLUMN disclosures jsonb`);
    await db.query(`
      CREATE TABLE disclosure_acknowledgement (
        user_id uuid NOT NULL REFERENCES app_user(id),
        course_id uuid NOT NULL,
        course_version_id uuid NOT NULL,
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, course_version_id),
        FOREIGN KEY (course_version_id, course_id) REFERENCES course_version (id, course_id)
      )`);
    await db.query(`CREATE INDEX disclosure_acknowledgement_course_idx ON disclosure_acknowledgement (course_id, user_id)`);
    await db.query(`
      CREATE FUNCTION disclosure_acknowledgement_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A disclosure acknowledgement is a record: it cannot be changed or deleted.' USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER disclosure_acknowledgement_record BEFORE UPDATE OR DELETE ON disclosure_acknowledgement
        FOR EACH ROW EXECUTE FUNCTION disclosure_acknowledgement_record()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE disclosure_acknowledgement`);
    await db.query(`DROP FUNCTION disclosure_acknowledgement_record()`);
    await db.query(`ALTER TABLE course_version DROP COLUMN accreditation, DROP COLUMN disclosures`);
  }
}
