import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reviewers check a course version against current evidence and sign it off. */
export class ReviewerRole1765300000000 implements MigrationInterface {
  name = 'ReviewerRole1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check`);
    await db.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check
        CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['LEARNER','INSTRUCTOR','REVIEWER','ADMIN'])`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE app_user SET roles = array_remove(roles, 'REVIEWER')`);
    await db.query(`UPDATE app_user SET roles = ARRAY['LEARNER'] WHERE cardinality(roles) = 0`);
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check`);
    await db.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check
        CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['LEARNER','INSTRUCTOR','ADMIN'])`);
  }
}
