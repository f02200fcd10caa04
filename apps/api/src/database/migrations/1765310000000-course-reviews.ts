import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course version's life: when it was released, who signed it off against current evidence and
 * until when it holds. A version terminates three years after its last sign-off (or its release,
 * if never signed off), or earlier if the reviewer said so; after that it takes no new enrolments
 * and grants no certificates, which the triggers below enforce whatever the application does.
 * Their refusals carry their own SQLSTATEs: PT410 for a terminated version, PT403 for a sign-off
 * or certificate nobody was entitled to give.
 */
export class CourseReviews1765310000000 implements MigrationInterface {
  name = 'CourseReviews1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE course_version ADD COLUMN released_at timestamptz`);
    await db.query(`UPDATE course_version v SET released_at = v.created_at FROM course c WHERE c.published_version_id = v.id`);
    await db.query(`ALTER TABLE course_version ADD CONSTRAINT course_version_id_content_hash_key UNIQUE (id, content_hash)`);

    await db.query(`
      CREATE TABLE course_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_version_id uuid NOT NULL,
        content_hash text NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES app_user(id),
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        note text NOT NULL CHECK (char_length(btrim(note)) BETWEEN 10 AND 2000),
        terminates_at timestamptz NOT NULL,
        FOREIGN KEY (course_version_id, content_hash) REFERENCES course_version (id, content_hash),
        UNIQUE (id, course_version_id),
        CHECK (terminates_at > reviewed_at AND terminates_at <= reviewed_at + interval '3 years')
      )`);
    await db.query(`CREATE INDEX course_review_version_idx ON course_review (course_version_id, reviewed_at DESC, id DESC)`);
    await db.query(`
      CREATE FUNCTION course_review_by_reviewer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM app_user WHERE id = NEW.reviewer_id AND 'REVIEWER' = ANY (roles)) THEN
          RAISE EXCEPTION 'Only an account with the REVIEWER role signs off a course version.' USING ERRCODE = 'PT403';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER course_review_by_reviewer BEFORE INSERT ON course_review FOR EACH ROW EXECUTE FUNCTION course_review_by_reviewer()`);
    await db.query(`
      CREATE FUNCTION course_review_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A sign-off is a record: it cannot be edited or deleted.' USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`CREATE TRIGGER course_review_unchangeable BEFORE UPDATE OR DELETE ON course_review FOR EACH ROW EXECUTE FUNCTION course_review_unchangeable()`);

    // The one definition of a version's termination, for the triggers and for every read.
    await db.query(`
      CREATE FUNCTION course_version_terminates_at(version_id uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT r.terminates_at FROM course_review r WHERE r.course_version_id = version_id ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1),
          (SELECT v.released_at + interval '3 years' FROM course_version v WHERE v.id = version_id))
      $$`);
    // Once per statement over the rows it inserted (ON CONFLICT leaves out the learners already
    // enrolled), so a bulk enrolment checks each course once rather than each learner.
    await db.query(`
      CREATE FUNCTION enrolment_in_current_course() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM course c
           WHERE c.id IN (SELECT DISTINCT course_id FROM inserted)
             AND course_version_terminates_at(c.published_version_id) <= now()
        ) THEN
          RAISE EXCEPTION 'The course has reached its termination date and takes no new enrolments.' USING ERRCODE = 'PT410';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER enrolment_in_current_course AFTER INSERT ON enrolment
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION enrolment_in_current_course()`);

    // A certificate names the sign-off its version had when issued; without one, only an admin issues it.
    await db.query(`ALTER TABLE certificate ADD COLUMN course_review_id uuid`);
    await db.query(`
      ALTER TABLE certificate ADD CONSTRAINT certificate_course_review_fkey
        FOREIGN KEY (course_review_id, course_version_id) REFERENCES course_review (id, course_version_id)`);
    await db.query(`ALTER TABLE certificate ADD COLUMN quiz_versions jsonb NOT NULL DEFAULT '[]'`);
    // On insert only: certificates issued automatically before sign-offs existed stay as they are.
    await db.query(`
      CREATE FUNCTION certificate_of_current_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF course_version_terminates_at(NEW.course_version_id) <= now() THEN
          RAISE EXCEPTION 'The course version has reached its termination date and grants no certificates.' USING ERRCODE = 'PT410';
        END IF;
        IF NEW.course_review_id IS NULL AND NEW.issued_by IS NULL THEN
          RAISE EXCEPTION 'A course version nobody has signed off grants certificates only on an admin''s approval.' USING ERRCODE = 'PT403';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER certificate_of_current_version BEFORE INSERT ON certificate FOR EACH ROW EXECUTE FUNCTION certificate_of_current_version()`);

    await db.query(`
      CREATE TABLE course_review_reminder (
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        terminates_at timestamptz NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (course_version_id, terminates_at)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE course_review_reminder`);
    await db.query(`DROP TRIGGER certificate_of_current_version ON certificate`);
    await db.query(`DROP FUNCTION certificate_of_current_version()`);
    await db.query(`ALTER TABLE certificate DROP COLUMN quiz_versions`);
    await db.query(`ALTER TABLE certificate DROP COLUMN course_review_id`);
    await db.query(`DROP TRIGGER enrolment_in_current_course ON enrolment`);
    await db.query(`DROP FUNCTION enrolment_in_current_course()`);
    await db.query(`DROP FUNCTION course_version_terminates_at(uuid)`);
    await db.query(`DROP TABLE course_review`);
    await db.query(`DROP FUNCTION course_review_unchangeable()`);
    await db.query(`DROP FUNCTION course_review_by_reviewer()`);
    await db.query(`ALTER TABLE course_version DROP CONSTRAINT course_version_id_content_hash_key`);
    await db.query(`ALTER TABLE course_version DROP COLUMN released_at`);
  }
}
