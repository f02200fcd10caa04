import { typedSql, type Database } from '../database/typed-sql';

/** The certificates, credit claims and attestations of one holder, for their own copy of their data. */
export async function certificatesOfHolderWithClaims(db: Database, userId: string) {
  const records = typedSql(db);
  // One after another: inside the export's transaction they share one connection.
  const certificates = await records.selectFrom('certificate').selectAll().where('userId', '=', userId).orderBy('issuedAt').execute();
  const creditClaims = await records.selectFrom('creditClaim').selectAll().where('userId', '=', userId).orderBy('claimedAt').execute();
  const attestations = await records.selectFrom('certificateAttestation').selectAll().where('userId', '=', userId).orderBy('acceptedAt').execute();
  return { certificates, creditClaims, attestations };
}
