import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course versions carry what a learner needs to judge the source: its provenance, the
 * references the course cites, and an appraisal of every passage. Versions imported before
 * this have none of it, so the columns stay nullable for them.
 */
export class SourceAppraisal1765000000000 implements MigrationInterface {
  name = 'SourceAppraisal1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE course_version
        ADD COLUMN audience text,
        ADD COLUMN scope text,
        ADD COLUMN source_provenance jsonb CHECK (jsonb_typeof(source_provenance) = 'object'),
        ADD COLUMN estimated_minutes int CHECK (estimated_minutes > 0)`);
    await db.query(`
      CREATE TABLE course_reference (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_version_id uuid NOT NULL REFERENCES course_version(id) ON DELETE CASCADE,
        key text NOT NULL,
        position int NOT NULL,
        title text NOT NULL,
        publisher text NOT NULL,
        year int NOT NULL,
        identifier text,
        url text,
        read_on date NOT NULL,
        UNIQUE (course_version_id, key),
        UNIQUE (course_version_id, position),
        CHECK (identifier IS NOT NULL OR url IS NOT NULL)
      )`);
    await db.query(`
      ALTER TABLE source_passage
        ADD COLUMN appraisal_verdict text
          CHECK (appraisal_verdict IN ('CONSISTENT','OUTDATED','INCORRECT','UNSUPPORTED','PROMOTIONAL')),
        ADD COLUMN appraisal_correction_html text,
        ADD COLUMN appraisal_reference_keys text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE TABLE lesson_reference (
        lesson_id uuid NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        reference_id uuid NOT NULL REFERENCES course_reference(id) ON DELETE CASCADE,
        position int NOT NULL,
        PRIMARY KEY (lesson_id, reference_id)
      )`);
    await db.query(`CREATE INDEX lesson_reference_by_reference_idx ON lesson_reference (reference_id)`);
    await db.query(`
      ALTER TABLE question
        ALTER COLUMN passage_anchor DROP NOT NULL,
        ADD COLUMN reference_keys text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT question_cites_something CHECK (passage_anchor IS NOT NULL OR cardinality(reference_keys) > 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE question DROP CONSTRAINT question_cites_something, DROP COLUMN reference_keys`);
    await db.query(`ALTER TABLE question ALTER COLUMN passage_anchor SET NOT NULL`);
    await db.query(`DROP TABLE lesson_reference`);
    await db.query(`
      ALTER TABLE source_passage
        DROP COLUMN appraisal_verdict, DROP COLUMN appraisal_correction_html, DROP COLUMN appraisal_reference_keys`);
    await db.query(`DROP TABLE course_reference`);
    await db.query(`
      ALTER TABLE course_version
        DROP COLUMN audience, DROP COLUMN scope, DROP COLUMN source_provenance, DROP COLUMN estimated_minutes`);
  }
}
