import { typedSql, type Database } from '../database/typed-sql';

/** Credits one learner reported from elsewhere: theirs to download, and deleted with their account. */
export function externalCreditsOfHolder(db: Database, userId: string) {
  return typedSql(db).selectFrom('externalCredit').selectAll().where('userId', '=', userId).orderBy('completedOn').orderBy('id').execute();
}

export async function deleteExternalCreditsOf(db: Database, userId: string): Promise<void> {
  await typedSql(db).deleteFrom('externalCredit').where('userId', '=', userId).execute();
}
