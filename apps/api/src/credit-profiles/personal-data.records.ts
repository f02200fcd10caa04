import { typedSql, type Database } from '../database/typed-sql';

/** The whole profile row, board details included: it is the holder's own. */
export function creditProfileOfHolder(db: Database, userId: string) {
  return typedSql(db).selectFrom('creditProfile').selectAll().where('userId', '=', userId).executeTakeFirst();
}

export async function deleteCreditProfileOf(db: Database, userId: string): Promise<void> {
  await typedSql(db).deleteFrom('creditProfile').where('userId', '=', userId).execute();
}
