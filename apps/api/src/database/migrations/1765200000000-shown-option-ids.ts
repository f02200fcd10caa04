import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attempts show learners their own random option ids instead of the authored ones (`a`, `b`,
 * `true`...), which gave the answer key away. Attempts started before this get theirs here, so
 * an open attempt keeps working and an old one's review stops naming authored ids. Answers stay
 * stored with authored ids: grading and item analysis read them as before.
 */
export class ShownOptionIds1765200000000 implements MigrationInterface {
  name = 'ShownOptionIds1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE quiz_attempt a
         SET questions = (
           SELECT jsonb_agg(q.question || jsonb_build_object('shownOptionIds', (
                    SELECT COALESCE(jsonb_agg(replace(gen_random_uuid()::text, '-', '') ORDER BY o.position), '[]'::jsonb)
                      FROM jsonb_array_elements(q.question -> 'optionIds') WITH ORDINALITY AS o(id, position)))
                  ORDER BY q.position)
             FROM jsonb_array_elements(a.questions) WITH ORDINALITY AS q(question, position))
       WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(a.questions) q WHERE NOT q ? 'shownOptionIds')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE quiz_attempt a
         SET questions = (
           SELECT jsonb_agg(q.question - 'shownOptionIds' ORDER BY q.position)
             FROM jsonb_array_elements(a.questions) WITH ORDINALITY AS q(question, position))
       WHERE jsonb_array_length(a.questions) > 0`);
  }
}
