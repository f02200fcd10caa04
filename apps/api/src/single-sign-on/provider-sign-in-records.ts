import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on `oidc_sign_in`: a sign-in sent to a provider and not yet back. Only the state's hash is stored. */

export interface PendingProviderSignIn {
  providerId: string;
  stateHash: string;
  codeVerifier: string;
  nonce: string;
}

export async function insertProviderSignIn(db: Database, pending: PendingProviderSignIn, lifetimeSeconds: number): Promise<void> {
  await typedSql(db).deleteFrom('oidcSignIn').where('expiresAt', '<', sql<Date>`now() - interval '1 day'`).execute();
  await typedSql(db)
    .insertInto('oidcSignIn')
    .values({ ...pending, expiresAt: sql<Date>`now() + make_interval(secs => ${lifetimeSeconds})` })
    .execute();
}

/**
 * Takes the sign-in of a state, once: the one statement marks it used and answers it, so a
 * replayed callback finds nothing. Expired sign-ins are not answered either.
 */
export function takeProviderSignIn(db: Database, stateHash: string) {
  return typedSql(db)
    .updateTable('oidcSignIn')
    .set({ usedAt: sql<Date>`now()` })
    .where('stateHash', '=', stateHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .returning(['providerId', 'codeVerifier', 'nonce'])
    .executeTakeFirst();
}
