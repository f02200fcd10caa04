import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql, type Database } from '../database/typed-sql';
import { resealEach } from '../secrets/reseal-each';

/** Every statement on `learning_record_store`: the one LRS statements go to. Its secret is stored sealed. */

export interface LrsSettingsRow {
  endpoint: string;
  authKey: string;
  sealedAuthSecret: string;
  enabled: boolean;
  sendsFrom: Date;
  updatedAt: Date;
}

export function lrsSettings(db: Database): Promise<LrsSettingsRow | undefined> {
  return typedSql(db)
    .selectFrom('learningRecordStore')
    .select(['endpoint', 'authKey', 'sealedAuthSecret', 'enabled', 'sendsFrom', 'updatedAt'])
    .executeTakeFirst();
}

export interface SavedLrsSettings {
  endpoint: string;
  authKey: string;
  /** Null keeps the stored secret. */
  sealedAuthSecret: string | null;
  enabled: boolean;
}

/** Creates or changes the settings; events are sent from the first time they are turned on. */
export async function saveLrsSettings(manager: EntityManager, settings: SavedLrsSettings): Promise<void> {
  const { sealedAuthSecret, ...columns } = settings;
  const values = { ...columns, updatedAt: sql<Date>`now()` };
  await typedSql(manager)
    .insertInto('learningRecordStore')
    .values({ ...values, id: 1, sealedAuthSecret: sealedAuthSecret ?? '', sendsFrom: sql<Date>`now()` })
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet({
        ...values,
        ...(sealedAuthSecret === null ? {} : { sealedAuthSecret }),
        sendsFrom: sql<Date>`CASE WHEN learning_record_store.enabled OR NOT excluded.enabled THEN learning_record_store.sends_from ELSE now() END`,
      }),
    )
    .execute();
}

/** The secret re-sealed by `reseal` (null: leave it), locked until the transaction ends. Answers how many changed. */
export async function resealLrsSecret(manager: EntityManager, reseal: (stored: string) => string | null): Promise<number> {
  const rows = await typedSql(manager).selectFrom('learningRecordStore').select(['id', 'sealedAuthSecret']).forUpdate().execute();
  return resealEach(
    rows,
    (row) => reseal(row.sealedAuthSecret),
    (row, sealedAuthSecret) => typedSql(manager).updateTable('learningRecordStore').set({ sealedAuthSecret }).where('id', '=', row.id).execute(),
  );
}
