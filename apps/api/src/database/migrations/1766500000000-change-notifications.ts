import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes every API process hears at once (see `ChangeNotifications`), by channel. */
const NOTIFYING_TABLES = [
  { channel: 'published_courses', tables: ['course', 'course_version'] },
  { channel: 'lti_platforms', tables: ['lti_platform'] },
];

export class ChangeNotifications1766500000000 implements MigrationInterface {
  name = 'ChangeNotifications1766500000000';

  async up(db: QueryRunner): Promise<void> {
    // Sent when the writing transaction commits, and once per transaction however many rows it wrote.
    await db.query(`
      CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify(TG_ARGV[0], '');
        RETURN NULL;
      END $$`);
    for (const { channel, tables } of NOTIFYING_TABLES) {
      for (const table of tables) {
        await db.query(
          `CREATE TRIGGER ${table}_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
             FOR EACH STATEMENT EXECUTE FUNCTION notify_change('${channel}')`,
        );
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { tables } of NOTIFYING_TABLES) {
      for (const table of tables) await db.query(`DROP TRIGGER ${table}_notify_change ON ${table}`);
    }
    await db.query(`DROP FUNCTION notify_change()`);
  }
}
