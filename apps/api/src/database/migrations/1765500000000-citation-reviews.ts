import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a new course version changes a source passage or reference, every lesson and question
 * citing it is flagged until a reviewer clears it. `source_fingerprint` keeps each version's
 * passages and references as citations rely on them (fingerprint and text), so the next version
 * can tell what changed and show old and new side by side. `citation_review` is one flag. A flag
 * is a record: once cleared it cannot be changed, it is never deleted, and only an account with
 * the REVIEWER or ADMIN role clears one on the platform, whatever the application does.
 */
export class CitationReviews1765500000000 implements MigrationInterface {
  name = 'CitationReviews1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE course_version ADD CONSTRAINT course_version_id_course_id_key UNIQUE (id, course_id)`);
    await db.query(`
      CREATE TABLE source_fingerprint (
        course_version_id uuid NOT NULL REFERENCES course_version(id),
        cited_kind text NOT NULL CHECK (cited_kind IN ('PASSAGE','REFERENCE')),
        cited_key text NOT NULL,
        fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{16}$'),
        review_text text NOT NULL,
        PRIMARY KEY (course_version_id, cited_kind, cited_key)
      )`);
    await db.query(`
      CREATE TABLE citation_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL,
        course_version_id uuid NOT NULL,
        citing_kind text NOT NULL CHECK (citing_kind IN ('LESSON','QUESTION')),
        citing_slug text NOT NULL,
        question_key text,
        cited_kind text NOT NULL,
        cited_key text NOT NULL,
        reviewed_fingerprint text NOT NULL CHECK (reviewed_fingerprint ~ '^[0-9a-f]{16}$'),
        reviewed_text text,
        flagged_at timestamptz NOT NULL DEFAULT now(),
        cleared_at timestamptz,
        cleared_in text CHECK (cleared_in IN ('PLATFORM','PACKAGE')),
        cleared_by_id uuid REFERENCES app_user(id),
        cleared_by_name text CHECK (char_length(btrim(cleared_by_name)) BETWEEN 1 AND 200),
        clearance_note text CHECK (char_length(btrim(clearance_note)) BETWEEN 10 AND 2000),
        FOREIGN KEY (course_version_id, course_id) REFERENCES course_version (id, course_id),
        FOREIGN KEY (course_version_id, cited_kind, cited_key) REFERENCES source_fingerprint (course_version_id, cited_kind, cited_key),
        CHECK ((citing_kind = 'QUESTION') = (question_key IS NOT NULL)),
        CHECK ((cleared_at IS NULL) = (cleared_in IS NULL) AND (cleared_at IS NULL) = (clearance_note IS NULL)),
        CHECK (cleared_in IS DISTINCT FROM 'PLATFORM' OR (cleared_by_id IS NOT NULL AND cleared_by_name IS NULL)),
        CHECK (cleared_in IS DISTINCT FROM 'PACKAGE' OR (cleared_by_id IS NULL AND cleared_by_name IS NOT NULL))
      )`);
    // One flag per citation of a version; a lesson has no question key.
    await db.query(`
      CREATE UNIQUE INDEX citation_review_one_per_citation
        ON citation_review (course_version_id, citing_kind, citing_slug, coalesce(question_key, ''), cited_kind, cited_key)`);
    await db.query(`CREATE INDEX citation_review_cleared_by_course_idx ON citation_review (course_id) WHERE cleared_at IS NOT NULL`);

    await db.query(`
      CREATE FUNCTION citation_review_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'A citation flag is a record: it cannot be deleted.' USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.cleared_at IS NOT NULL THEN
          RAISE EXCEPTION 'A cleared citation flag is a record: it cannot be cleared again or edited.' USING ERRCODE = 'restrict_violation';
        END IF;
        IF (NEW.id, NEW.course_id, NEW.course_version_id, NEW.citing_kind, NEW.citing_slug, NEW.question_key, NEW.cited_kind,
            NEW.cited_key, NEW.reviewed_fingerprint, NEW.reviewed_text, NEW.flagged_at)
           IS DISTINCT FROM
           (OLD.id, OLD.course_id, OLD.course_version_id, OLD.citing_kind, OLD.citing_slug, OLD.question_key, OLD.cited_kind,
            OLD.cited_key, OLD.reviewed_fingerprint, OLD.reviewed_text, OLD.flagged_at) THEN
          RAISE EXCEPTION 'A citation flag can only be cleared, not changed.' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER citation_review_record BEFORE UPDATE OR DELETE ON citation_review
        FOR EACH ROW EXECUTE FUNCTION citation_review_record()`);
    await db.query(`
      CREATE FUNCTION citation_review_cleared_by_reviewer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.cleared_in = 'PLATFORM'
           AND NOT EXISTS (SELECT 1 FROM app_user WHERE id = NEW.cleared_by_id AND roles && ARRAY['REVIEWER','ADMIN']) THEN
          RAISE EXCEPTION 'Only an account with the REVIEWER or ADMIN role clears a citation flag.' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER citation_review_cleared_by_reviewer BEFORE INSERT OR UPDATE ON citation_review
        FOR EACH ROW EXECUTE FUNCTION citation_review_cleared_by_reviewer()`);
    await db.query(`
      CREATE FUNCTION source_fingerprint_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A course version''s source fingerprints are written with it and never changed.' USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER source_fingerprint_unchangeable BEFORE UPDATE OR DELETE ON source_fingerprint
        FOR EACH ROW EXECUTE FUNCTION source_fingerprint_unchangeable()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE citation_review`);
    await db.query(`DROP TABLE source_fingerprint`);
    await db.query(`DROP FUNCTION citation_review_record(), citation_review_cleared_by_reviewer(), source_fingerprint_unchangeable()`);
    await db.query(`ALTER TABLE course_version DROP CONSTRAINT course_version_id_course_id_key`);
  }
}
