import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgressAndActivity1764310000000 implements MigrationInterface {
  name = 'ProgressAndActivity1764310000000';

  async up(db: QueryRunner): Promise<void> {
    // The summary columns are rewritten in the same transaction as every change they summarise,
    // so a cohort report reads one row per learner and never recomputes.
    await db.query(`
      CREATE TABLE enrolment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        course_id uuid NOT NULL REFERENCES course(id),
        learner_name text NOT NULL,
        learner_email text NOT NULL,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        last_lesson_slug text,
        summary_version_id uuid NOT NULL REFERENCES course_version(id),
        completed_lessons int NOT NULL DEFAULT 0 CHECK (completed_lessons >= 0),
        percent numeric(4,1) NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        status text NOT NULL DEFAULT 'NOT_STARTED' CHECK (status IN ('NOT_STARTED','IN_PROGRESS','COMPLETE')),
        eligible_for_certificate boolean NOT NULL DEFAULT false,
        module_progress jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(module_progress) = 'array'),
        final_exam_best_score numeric(5,2) CHECK (final_exam_best_score BETWEEN 0 AND 100),
        completed_at timestamptz,
        UNIQUE (user_id, course_id),
        CHECK ((status = 'COMPLETE') = (percent = 100)),
        CHECK (NOT eligible_for_certificate OR status = 'COMPLETE'),
        CHECK (status <> 'COMPLETE' OR completed_at IS NOT NULL)
      )`);
    await db.query(`COMMENT ON COLUMN enrolment.completed_at IS 'When the learner first completed the course; kept if a later version adds work'`);
    await db.query(`COMMENT ON COLUMN enrolment.summary_version_id IS 'The course version the summary columns were computed against'`);
    for (const [name, key] of [
      ['name', 'lower(learner_name)'],
      ['email', 'learner_email'],
      ['percent', 'percent'],
      ['activity', 'last_activity_at'],
    ]) {
      await db.query(`CREATE INDEX enrolment_cohort_by_${name}_idx ON enrolment (course_id, ${key}, id)`);
    }

    // Copies of the learner's name and email let the report sort by them with an index; the
    // share lock makes an enrolment wait for a rename in flight, so the copy is never stale.
    await db.query(`
      CREATE FUNCTION enrolment_copy_learner_identity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT name, email INTO NEW.learner_name, NEW.learner_email FROM app_user WHERE id = NEW.user_id FOR SHARE;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER enrolment_learner_identity BEFORE INSERT ON enrolment
      FOR EACH ROW EXECUTE FUNCTION enrolment_copy_learner_identity()`);
    await db.query(`
      CREATE FUNCTION app_user_identity_to_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrolment SET learner_name = NEW.name, learner_email = NEW.email WHERE user_id = NEW.id;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER app_user_identity_to_enrolments AFTER UPDATE OF name, email ON app_user
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
      EXECUTE FUNCTION app_user_identity_to_enrolments()`);

    // Keyed by lesson slug, not lesson id, so a new course version keeps what was read.
    await db.query(`
      CREATE TABLE lesson_completion (
        user_id uuid NOT NULL,
        course_id uuid NOT NULL,
        lesson_slug text NOT NULL,
        lesson_id uuid NOT NULL REFERENCES lesson(id),
        completed_at timestamptz NOT NULL DEFAULT now(),
        time_spent_seconds int CHECK (time_spent_seconds BETWEEN 0 AND 86400),
        PRIMARY KEY (user_id, course_id, lesson_slug),
        FOREIGN KEY (user_id, course_id) REFERENCES enrolment (user_id, course_id)
      )`);

    // One row per learning event, shaped after an xAPI statement: id, actor, verb, object, result.
    await db.query(`
      CREATE TABLE learning_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid NOT NULL REFERENCES app_user(id),
        verb text NOT NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        object_name text NOT NULL,
        course_id uuid NOT NULL REFERENCES course(id),
        result jsonb CHECK (jsonb_typeof(result) = 'object'),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (actor_id, verb, object_type, object_id),
        CHECK ((verb, object_type) IN (
          ('ENROLLED','COURSE'), ('COMPLETED','LESSON'),
          ('STARTED','QUIZ_ATTEMPT'), ('SUBMITTED','QUIZ_ATTEMPT'), ('EXPIRED','QUIZ_ATTEMPT'),
          ('ISSUED','CERTIFICATE'), ('REVOKED','CERTIFICATE')))
      )`);
    await db.query(`COMMENT ON COLUMN learning_event.id IS 'Usable as the xAPI statement id'`);
    await db.query(`CREATE INDEX learning_event_recent_idx ON learning_event (occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX learning_event_course_recent_idx ON learning_event (course_id, occurred_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE learning_event`);
    await db.query(`DROP TABLE lesson_completion`);
    await db.query(`DROP TRIGGER app_user_identity_to_enrolments ON app_user`);
    await db.query(`DROP FUNCTION app_user_identity_to_enrolments()`);
    await db.query(`DROP TABLE enrolment`);
    await db.query(`DROP FUNCTION enrolment_copy_learner_identity()`);
  }
}
