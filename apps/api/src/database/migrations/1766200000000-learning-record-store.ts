import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningRecordStore1766200000000 implements MigrationInterface {
  name = 'LearningRecordStore1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE learning_record_store (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        endpoint text NOT NULL,
        auth_key text NOT NULL,
        sealed_auth_secret text NOT NULL,
        enabled boolean NOT NULL,
        sends_from timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`COMMENT ON TABLE learning_record_store IS 'The one LRS the platform sends xAPI statements to'`);
    await db.query(`COMMENT ON COLUMN learning_record_store.sends_from IS 'Events recorded from then on are sent; earlier ones only when an admin sends them'`);

    await db.query(`
      CREATE TABLE learning_record_delivery (
        event_id uuid PRIMARY KEY REFERENCES learning_event(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'SENT', 'FAILED')),
        tries integer NOT NULL DEFAULT 0,
        next_try_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        queued_at timestamptz NOT NULL DEFAULT now(),
        settled_at timestamptz
      )`);
    await db.query(`CREATE INDEX learning_record_delivery_due_idx ON learning_record_delivery (next_try_at) WHERE status = 'WAITING'`);
    await db.query(`CREATE INDEX learning_record_delivery_settled_idx ON learning_record_delivery (status, settled_at DESC)`);

    // In the learner's own transaction, so no committed event is ever without its delivery, whatever
    // order concurrent transactions commit in: one indexed read of a one-row table, and one small
    // row while an LRS is on.
    await db.query(`
      CREATE FUNCTION learning_event_to_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO learning_record_delivery (event_id)
        SELECT NEW.id WHERE EXISTS (SELECT 1 FROM learning_record_store WHERE enabled);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER learning_event_to_delivery AFTER INSERT ON learning_event
      FOR EACH ROW EXECUTE FUNCTION learning_event_to_delivery()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER learning_event_to_delivery ON learning_event`);
    await db.query(`DROP FUNCTION learning_event_to_delivery()`);
    await db.query(`DROP TABLE learning_record_delivery`);
    await db.query(`DROP TABLE learning_record_store`);
  }
}
