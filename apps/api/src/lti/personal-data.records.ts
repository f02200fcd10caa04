import { typedSql, type Database } from '../database/typed-sql';

/**
 * What the LTI tables hold about one person: which LMS knows them under which id, and where their
 * grades go. Theirs to download, and forgotten with their account, so a later launch from the
 * LMS makes a new account instead of signing into the deleted one.
 */
export function ltiLinksOfHolder(db: Database, userId: string) {
  return typedSql(db)
    .selectFrom('ltiAccount as a')
    .innerJoin('ltiPlatform as p', 'p.id', 'a.platformId')
    .select(['p.name as lms', 'p.issuer', 'a.subject as lmsUserId', 'a.createdAt as linkedAt'])
    .where('a.userId', '=', userId)
    .orderBy('a.createdAt')
    .execute();
}

export async function forgetLtiLinksOf(db: Database, userId: string): Promise<void> {
  const lti = typedSql(db);
  await lti.deleteFrom('ltiScoreTarget').where('userId', '=', userId).execute();
  await lti.deleteFrom('ltiDeepLinking').where('userId', '=', userId).execute();
  await lti.deleteFrom('ltiAccount').where('userId', '=', userId).execute();
}
