import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A learner's profile for continuing-education credit: profession, licence, NPI, and for board
 * reporting a board identifier and birth month and day. The board details are kept only while
 * the learner consents to share them (`board_consent_at`, when consent was given); no year of
 * birth is ever stored. The checks repeat the API's rules so no statement can store a value the
 * form would refuse.
 */
export class CreditProfiles1765700000000 implements MigrationInterface {
  name = 'CreditProfiles1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE credit_profile (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        profession text CHECK (profession IN ('PHYSICIAN','NURSE_PRACTITIONER','PHYSICIAN_ASSOCIATE','NURSE','PHARMACIST','OTHER')),
        licence_number text CHECK (char_length(licence_number) BETWEEN 1 AND 40),
        licence_jurisdiction text CHECK (char_length(licence_jurisdiction) BETWEEN 2 AND 60),
        npi text CHECK (npi ~ '^[0-9]{10}$'),
        board_consent_at timestamptz,
        board_identifier text CHECK (char_length(board_identifier) BETWEEN 1 AND 40),
        birth_month smallint CHECK (birth_month BETWEEN 1 AND 12),
        birth_day smallint CHECK (birth_day BETWEEN 1 AND 31),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((licence_number IS NULL) = (licence_jurisdiction IS NULL)),
        CHECK ((birth_month IS NULL) = (birth_day IS NULL)),
        CHECK (birth_day <= CASE WHEN birth_month = 2 THEN 29 WHEN birth_month IN (4, 6, 9, 11) THEN 30 ELSE 31 END),
        CHECK (board_consent_at IS NOT NULL OR (board_identifier IS NULL AND birth_month IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE credit_profile`);
  }
}
