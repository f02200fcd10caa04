import { typedSql, type Database } from '../database/typed-sql';

/** Certificates ever issued, and how many of them were revoked since (none is ever deleted). */
export async function certificateCounts(db: Database): Promise<{ issued: number; revoked: number }> {
  const counts = await typedSql(db)
    .selectFrom('certificate')
    .select((eb) => [eb.fn.countAll<string>().as('issued'), eb.fn.count<string>('revokedAt').as('revoked')])
    .executeTakeFirstOrThrow();
  return { issued: Number(counts.issued), revoked: Number(counts.revoked) };
}
