import { typedSql, type Database } from '../database/typed-sql';
import { learnerRecordId } from './learner-record';

/** Every statement on signed_credential. */

/** The stored credential with that id, when it was signed over exactly this content. */
export async function storedSignedCredential(db: Database, id: string, contentSha256: string): Promise<Record<string, any> | null> {
  const row = await typedSql(db)
    .selectFrom('signedCredential')
    .select((eb) => eb.ref('document').$castTo<Record<string, any>>().as('document'))
    .where('id', '=', id)
    .where('contentSha256', '=', contentSha256)
    .executeTakeFirst();
  return row?.document ?? null;
}

/** Keeps the newest signing of each credential; two processes signing the same content at once store one. */
export async function storeSignedCredential(db: Database, id: string, contentSha256: string, document: object): Promise<void> {
  await typedSql(db)
    .insertInto('signedCredential')
    .values({ id, contentSha256, document: JSON.stringify(document) })
    .onConflict((conflict) =>
      conflict.column('id').doUpdateSet((eb) => ({ contentSha256: eb.ref('excluded.contentSha256'), document: eb.ref('excluded.document'), signedAt: eb.fn('now') })),
    )
    .execute();
}

/** The learner's record goes with their account; their certificates' credentials stay, as the certificates do. */
export async function forgetLearnerRecord(db: Database, holderId: string): Promise<void> {
  await typedSql(db).deleteFrom('signedCredential').where('id', '=', `urn:uuid:${learnerRecordId(holderId)}`).execute();
}
