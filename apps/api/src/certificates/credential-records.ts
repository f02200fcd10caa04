import type { JsonWebKey } from 'node:crypto';
import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql, type Database } from '../database/typed-sql';
import { resealEach } from '../secrets/reseal-each';

/** Every statement on credential_signing_key and credential_status_list. */

/** RS256 signs the VC-JWTs; Ed25519 the Data Integrity proofs. */
export type KeyAlgorithm = 'RS256' | 'Ed25519';

export function activeSigningKey(db: Database, algorithm: KeyAlgorithm = 'RS256') {
  return typedSql(db)
    .selectFrom('credentialSigningKey')
    .select((eb) => ['id', 'sealedPrivateKey', eb.ref('publicJwk').$castTo<JsonWebKey>().as('jwk')])
    .where('retiredAt', 'is', null)
    .where('algorithm', '=', algorithm)
    .executeTakeFirst();
}

/** Processes starting together queue here, in the transaction that creates the key. */
export async function lockSigningKeyCreation(manager: EntityManager, algorithm: KeyAlgorithm = 'RS256'): Promise<void> {
  // The RS256 lock keeps the name it always had, so a process of the previous version still queues with this one.
  const name = algorithm === 'RS256' ? 'platform:credential-signing-key' : `platform:credential-signing-key:${algorithm}`;
  await sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`.execute(typedSql(manager));
}

export async function insertSigningKey(
  manager: EntityManager,
  key: { id: string; algorithm: string; publicJwk: JsonWebKey; sealedPrivateKey: string },
): Promise<void> {
  await typedSql(manager)
    .insertInto('credentialSigningKey')
    .values({ ...key, publicJwk: JSON.stringify(key.publicJwk) })
    .execute();
}

/** Every private key, retired ones too, each re-sealed by `reseal` (which sees the key's id and its stored value), locked until the transaction ends. */
export async function resealSigningKeys(manager: EntityManager, reseal: (id: string, stored: string) => string | null): Promise<number> {
  const keys = await typedSql(manager).selectFrom('credentialSigningKey').select(['id', 'sealedPrivateKey']).orderBy('id').forUpdate().execute();
  return resealEach(
    keys,
    (key) => reseal(key.id, key.sealedPrivateKey),
    (key, sealedPrivateKey) => typedSql(manager).updateTable('credentialSigningKey').set({ sealedPrivateKey }).where('id', '=', key.id).execute(),
  );
}

/** Retired keys too, newest first, so credentials they signed still verify. */
export function publishedSigningKeys(db: Database, algorithm: KeyAlgorithm = 'RS256') {
  return typedSql(db)
    .selectFrom('credentialSigningKey')
    .select((eb) => ['id', eb.ref('publicJwk').$castTo<JsonWebKey>().as('jwk')])
    .where('algorithm', '=', algorithm)
    .orderBy('createdAt', 'desc')
    .execute();
}

export function newestStatusList(manager: EntityManager) {
  return typedSql(manager).selectFrom('credentialStatusList').select(['id', 'length']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

export async function openStatusList(manager: EntityManager, length: number): Promise<number> {
  const opened = await typedSql(manager).insertInto('credentialStatusList').values({ length }).returning('id').executeTakeFirstOrThrow();
  return opened.id;
}

/** A status list's length and the entries of its revoked certificates. */
export function statusListWithRevocations(db: Database, listId: number) {
  return typedSql(db)
    .selectFrom('credentialStatusList as l')
    .select((eb) => [
      'l.length',
      eb.fn
        .coalesce(
          eb
            .selectFrom('certificate as c')
            .select(sql<number[]>`array_agg(c.status_index)`.as('revoked'))
            .whereRef('c.statusListId', '=', 'l.id')
            .where('c.revokedAt', 'is not', null)
            .$asScalar(),
          sql<number[]>`'{}'::int[]`,
        )
        .as('revoked'),
    ])
    .where('l.id', '=', listId)
    .executeTakeFirst();
}
