import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CatalogAndQuizzes1764200000000 implements MigrationInterface {
  name = 'CatalogAndQuizzes1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['LEARNER','INSTRUCTOR','ADMIN']),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        published_version_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE course_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id),
        version int NOT NULL CHECK (version > 0),
        content_hash text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        credit_hours numeric(5,1) NOT NULL CHECK (credit_hours > 0),
        source_title text NOT NULL,
        completion_rules jsonb NOT NULL,
        certificate_policy jsonb NOT NULL,
        final_quiz_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (course_id, version)
      )`);
    await db.query(`ALTER TABLE course ADD CONSTRAINT course_published_version_fk
      FOREIGN KEY (published_version_id) REFERENCES course_version(id)`);

    await db.query(`
      CREATE TABLE source_passage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        anchor text NOT NULL,
        section text NOT NULL,
        text text NOT NULL,
        position int NOT NULL,
        UNIQUE (course_version_id, anchor),
        UNIQUE (course_version_id, position)
      )`);

    await db.query(`
      CREATE TABLE quiz (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course(id),
        slug text NOT NULL,
        published_version_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (course_id, slug)
      )`);
    await db.query(`
      CREATE TABLE quiz_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL REFERENCES quiz(id),
        version int NOT NULL CHECK (version > 0),
        status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED')),
        title text NOT NULL,
        passing_score int NOT NULL CHECK (passing_score BETWEEN 0 AND 100),
        max_attempts int CHECK (max_attempts > 0),
        cooldown_seconds int NOT NULL DEFAULT 0 CHECK (cooldown_seconds >= 0),
        time_limit_seconds int CHECK (time_limit_seconds > 0),
        draw_count int CHECK (draw_count > 0),
        shuffle_questions boolean NOT NULL,
        shuffle_options boolean NOT NULL,
        feedback text NOT NULL CHECK (feedback IN ('NONE','AFTER_SUBMIT','AFTER_PASS')),
        scoring text NOT NULL CHECK (scoring IN ('ALL_OR_NOTHING','PARTIAL_CREDIT')),
        content_hash text,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (quiz_id, version),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX quiz_version_one_draft ON quiz_version (quiz_id) WHERE status = 'DRAFT'`);
    await db.query(`ALTER TABLE quiz ADD CONSTRAINT quiz_published_version_fk
      FOREIGN KEY (published_version_id) REFERENCES quiz_version(id)`);
    await db.query(`ALTER TABLE course_version ADD CONSTRAINT course_version_final_quiz_fk
      FOREIGN KEY (final_quiz_id) REFERENCES quiz(id)`);
    await db.query(`
      CREATE TABLE question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_version_id uuid NOT NULL REFERENCES quiz_version(id),
        key text NOT NULL,
        position int NOT NULL,
        type text NOT NULL CHECK (type IN ('SINGLE_CHOICE','MULTIPLE_CHOICE','TRUE_FALSE','NUMERIC','SHORT_TEXT')),
        prompt text NOT NULL,
        explanation text NOT NULL,
        passage_anchor text NOT NULL,
        options jsonb NOT NULL DEFAULT '[]',
        numeric_answer jsonb,
        accepted_answers jsonb NOT NULL DEFAULT '[]',
        UNIQUE (quiz_version_id, key),
        UNIQUE (quiz_version_id, position)
      )`);

    await db.query(`
      CREATE TABLE course_module (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        slug text NOT NULL,
        title text NOT NULL,
        position int NOT NULL,
        objectives jsonb NOT NULL DEFAULT '[]',
        quiz_id uuid REFERENCES quiz(id),
        UNIQUE (course_version_id, slug),
        UNIQUE (course_version_id, position)
      )`);
    await db.query(`
      CREATE TABLE lesson (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        module_id uuid NOT NULL REFERENCES course_module(id),
        slug text NOT NULL,
        title text NOT NULL,
        position int NOT NULL,
        markdown text NOT NULL,
        html text NOT NULL,
        UNIQUE (course_version_id, slug),
        UNIQUE (module_id, position)
      )`);
    await db.query(`
      CREATE TABLE lesson_passage (
        lesson_id uuid NOT NULL REFERENCES lesson(id),
        passage_id uuid NOT NULL REFERENCES source_passage(id),
        position int NOT NULL,
        PRIMARY KEY (lesson_id, passage_id),
        UNIQUE (lesson_id, position)
      )`);
    await db.query(`CREATE INDEX lesson_module_idx ON lesson (module_id, position)`);
    await db.query(`CREATE INDEX question_quiz_version_idx ON question (quiz_version_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['lesson_passage', 'lesson', 'course_module', 'question']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE course_version DROP CONSTRAINT course_version_final_quiz_fk`);
    await db.query(`ALTER TABLE quiz DROP CONSTRAINT quiz_published_version_fk`);
    await db.query(`DROP TABLE quiz_version`);
    await db.query(`DROP TABLE quiz`);
    await db.query(`DROP TABLE source_passage`);
    await db.query(`ALTER TABLE course DROP CONSTRAINT course_published_version_fk`);
    await db.query(`DROP TABLE course_version`);
    await db.query(`DROP TABLE course`);
    await db.query(`DROP TABLE app_user`);
  }
}
