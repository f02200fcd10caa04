import { typedSql, type Database } from '../database/typed-sql';

/** The certificates, credit claims and attestations of one holder, for their own copy of their data. */
export async function certificatesOfHolderWithClaims(db: Database, userId: string) {
  const records = typedSql(db);
  const [certificates, creditClaims, attestations] = await Promise.all([
    records.selectFrom('certificate').selectAll().where('userId', '=', userId).orderBy('issuedAt').execute(),
    records.selectFrom('creditClaim').selectAll().where('userId', '=', userId).orderBy('claimedAt').execute(),
    records.selectFrom('certificateAttestation').selectAll().where('userId', '=', userId).orderBy('acceptedAt').execute(),
  ]);
  return { certificates, creditClaims, attestations };
}
