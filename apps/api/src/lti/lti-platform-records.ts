import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on `lti_platform`: the LMS platforms admins registered the tool with. */

export interface LtiPlatformRow {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  loginUrl: string;
  accessTokenUrl: string;
  keySetUrl: string;
  deploymentIds: string[];
}

const COLUMNS = ['id', 'name', 'issuer', 'clientId', 'loginUrl', 'accessTokenUrl', 'keySetUrl', 'deploymentIds'] as const;

export function allLtiPlatforms(db: Database): Promise<LtiPlatformRow[]> {
  return typedSql(db).selectFrom('ltiPlatform').select(COLUMNS).orderBy('name').orderBy('issuer').execute();
}

export function ltiPlatformById(db: Database, id: string): Promise<LtiPlatformRow | undefined> {
  return typedSql(db).selectFrom('ltiPlatform').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The registrations of an issuer: one, unless the LMS registered the tool under several client ids. */
export function ltiPlatformsOfIssuer(db: Database, issuer: string): Promise<LtiPlatformRow[]> {
  return typedSql(db).selectFrom('ltiPlatform').select(COLUMNS).where('issuer', '=', issuer).orderBy('createdAt').limit(20).execute();
}

export async function anyLtiPlatform(db: Database): Promise<boolean> {
  return (await typedSql(db).selectFrom('ltiPlatform').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Creates or updates by id. Answers false when another registration has the same issuer and client id. */
export async function saveLtiPlatform(db: Database, platform: LtiPlatformRow): Promise<boolean> {
  const { id, ...values } = platform;
  const changed = { ...values, updatedAt: sql<Date>`now()` };
  const saved = await typedSql(db)
    .insertInto('ltiPlatform')
    .values({ id, ...changed })
    .onConflict((conflict) => conflict.column('id').doUpdateSet(changed))
    .executeTakeFirst()
    .catch((error: { code?: string }) => {
      if (error.code === '23505') return null;
      throw error;
    });
  return saved !== null;
}

export async function deleteLtiPlatform(db: Database, id: string): Promise<boolean> {
  const deleted = await typedSql(db).deleteFrom('ltiPlatform').where('id', '=', id).executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}
