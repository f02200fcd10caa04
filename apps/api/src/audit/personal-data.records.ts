import { typedSql, type Database } from '../database/typed-sql';

/** Audit entries by or about one account, oldest first: theirs to read, kept when the account is deleted. */
export function auditEntriesAbout(db: Database, userId: string) {
  return typedSql(db)
    .selectFrom('auditLog')
    .select(['id', 'action', 'actorId', 'subjectUserId', 'details', 'createdAt'])
    .where((eb) => eb.or([eb('actorId', '=', userId), eb('subjectUserId', '=', userId)]))
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}
