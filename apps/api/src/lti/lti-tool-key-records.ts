import type { EntityManager } from 'typeorm';
import { asJsonb } from '../database/json-text';
import { typedSql, type Database } from '../database/typed-sql';
import { resealEach } from '../secrets/reseal-each';

/** Every statement on `lti_tool_key`: the one key pair the tool signs with, its private half sealed. */

export interface ToolKeyRow {
  kid: string;
  publicJwk: Record<string, string>;
  sealedPrivateKey: string;
}

export async function toolKey(db: Database): Promise<ToolKeyRow | undefined> {
  const row = await typedSql(db).selectFrom('ltiToolKey').select(['kid', 'publicJwk', 'sealedPrivateKey']).executeTakeFirst();
  return row && { ...row, publicJwk: row.publicJwk as Record<string, string> };
}

/** The first process to need the key stores it; another that made one at the same moment keeps the stored one. */
export async function insertToolKeyUnlessStored(db: Database, key: ToolKeyRow): Promise<void> {
  await typedSql(db)
    .insertInto('ltiToolKey')
    .values({ kid: key.kid, publicJwk: asJsonb(key.publicJwk), sealedPrivateKey: key.sealedPrivateKey })
    .onConflict((conflict) => conflict.column('purpose').doNothing())
    .execute();
}

/** Re-seals the private key with `reseal` (null: leave it), locked until the transaction ends. Answers how many changed. */
export async function resealToolKey(manager: EntityManager, reseal: (kid: string, stored: string) => string | null): Promise<number> {
  const rows = await typedSql(manager).selectFrom('ltiToolKey').select(['kid', 'sealedPrivateKey']).forUpdate().execute();
  return resealEach(
    rows,
    (row) => reseal(row.kid, row.sealedPrivateKey),
    (row, sealedPrivateKey) => typedSql(manager).updateTable('ltiToolKey').set({ sealedPrivateKey }).where('kid', '=', row.kid).execute(),
  );
}
