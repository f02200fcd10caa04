import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuizAttempts1764300000000 implements MigrationInterface {
  name = 'QuizAttempts1764300000000';

  async up(db: QueryRunner): Promise<void> {
    // Attempts and certificates point at exact versions, so a published version must never change.
    await db.query(`
      CREATE FUNCTION refuse_published_quiz_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        published boolean;
      BEGIN
        IF TG_TABLE_NAME = 'quiz_version' THEN
          published := OLD.status = 'PUBLISHED';
        ELSE
          published := EXISTS (SELECT 1 FROM quiz_version WHERE id = OLD.quiz_version_id AND status = 'PUBLISHED');
        END IF;
        IF published THEN
          RAISE EXCEPTION 'a published quiz version and its questions cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER quiz_version_published_is_final BEFORE UPDATE OR DELETE ON quiz_version
      FOR EACH ROW EXECUTE FUNCTION refuse_published_quiz_change()`);
    await db.query(`CREATE TRIGGER question_published_is_final BEFORE UPDATE OR DELETE ON question
      FOR EACH ROW EXECUTE FUNCTION refuse_published_quiz_change()`);

    await db.query(`
      CREATE TABLE quiz_attempt (
        id uuid PRIMARY KEY,
        quiz_id uuid NOT NULL REFERENCES quiz(id),
        quiz_version_id uuid NOT NULL REFERENCES quiz_version(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        attempt_number int NOT NULL CHECK (attempt_number > 0),
        status text NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN ('IN_PROGRESS','SUBMITTED','EXPIRED')),
        questions jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array' AND jsonb_array_length(questions) > 0),
        started_at timestamptz NOT NULL DEFAULT now(),
        deadline timestamptz CHECK (deadline > started_at),
        submitted_at timestamptz,
        submission_key text CHECK (length(submission_key) <= 100),
        score numeric(5,2) CHECK (score BETWEEN 0 AND 100),
        passed boolean,
        UNIQUE (user_id, quiz_id, attempt_number),
        CHECK ((status = 'IN_PROGRESS') = (submitted_at IS NULL)),
        CHECK ((status = 'IN_PROGRESS') = (score IS NULL)),
        CHECK ((score IS NULL) = (passed IS NULL))
      )`);
    await db.query(`COMMENT ON COLUMN quiz_attempt.questions IS
      'The questions this attempt shows, in order, each with its option ids in the order shown'`);
    await db.query(`CREATE UNIQUE INDEX quiz_attempt_one_open ON quiz_attempt (user_id, quiz_id) WHERE status = 'IN_PROGRESS'`);
    await db.query(`CREATE INDEX quiz_attempt_overdue_idx ON quiz_attempt (deadline) WHERE status = 'IN_PROGRESS'`);

    await db.query(`
      CREATE TABLE attempt_answer (
        attempt_id uuid NOT NULL REFERENCES quiz_attempt(id),
        question_id uuid NOT NULL REFERENCES question(id),
        option_ids text[],
        number double precision,
        text text CHECK (length(text) <= 1000),
        saved_at timestamptz NOT NULL DEFAULT now(),
        credit numeric CHECK (credit BETWEEN 0 AND 1),
        PRIMARY KEY (attempt_id, question_id),
        CHECK (num_nonnulls(option_ids, number, text) = 1)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attempt_answer`);
    await db.query(`DROP TABLE quiz_attempt`);
    await db.query(`DROP TRIGGER question_published_is_final ON question`);
    await db.query(`DROP TRIGGER quiz_version_published_is_final ON quiz_version`);
    await db.query(`DROP FUNCTION refuse_published_quiz_change()`);
  }
}
