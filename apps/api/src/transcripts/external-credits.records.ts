import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { CreditType } from '../catalog/accreditation.types';
import { claimedCreditsBetween, type ClaimedCredit } from '../certificates/claimed-credits.records';
import { compiledOnce, typedSql, type Database, type TypedSql } from '../database/typed-sql';
import type { ExternalCreditChange } from './external-credit-rules';
import type { TranscriptRange } from './transcript-rules';

/** Every statement on `external_credit`: credits a learner reports having earned elsewhere. */

/** A credit earned elsewhere, with its amount as a number and its day as YYYY-MM-DD. */
export interface ExternalCredit {
  id: string;
  activityTitle: string;
  provider: string;
  creditType: CreditType;
  amount: number;
  completedOn: string;
}

function externalCreditsBetween(db: TypedSql, { userId, from, to }: { userId: string } & TranscriptRange) {
  return db
    .selectFrom('externalCredit as x')
    .select((eb) => [
      'x.id',
      'x.activityTitle',
      'x.provider',
      eb.ref('x.creditType').$castTo<CreditType>().as('creditType'),
      eb.cast<number>('x.amount', 'float8').as('amount'),
      sql<string>`to_char(${eb.ref('x.completedOn')}, 'YYYY-MM-DD')`.as('completedOn'),
    ])
    .where('x.userId', '=', userId)
    .where(sql<boolean>`(${from}::date IS NULL OR x.completed_on >= ${from}::date)`)
    .where(sql<boolean>`(${to}::date IS NULL OR x.completed_on <= ${to}::date)`)
    .orderBy('x.completedOn')
    .orderBy('x.recordedAt')
    .orderBy('x.id');
}

const transcriptCreditsInRange = compiledOnce((db, range: { userId: string } & TranscriptRange) =>
  db.selectNoFrom([jsonArrayFrom(claimedCreditsBetween(db, range)).as('claimed'), jsonArrayFrom(externalCreditsBetween(db, range)).as('external')]),
);

/**
 * The learner's credit between two days, each list oldest first: claimed on this platform's
 * certificates, and reported as earned elsewhere. One statement however many there are.
 */
export async function transcriptCreditsOf(db: Database, userId: string, range: TranscriptRange): Promise<{ claimed: ClaimedCredit[]; external: ExternalCredit[] }> {
  const [credits] = await transcriptCreditsInRange(db, { userId, ...range });
  return credits;
}

/** Stores the credit as read by the rules, which the database's checks repeat. */
export async function recordExternalCredit(db: Database, userId: string, credit: ExternalCreditChange): Promise<ExternalCredit> {
  const { id } = await typedSql(db).insertInto('externalCredit').values({ userId, ...credit }).returning('id').executeTakeFirstOrThrow();
  return { id, ...credit };
}

/** Deletes the credit only if it is the learner's own; answers whether one was deleted. */
export async function deleteExternalCredit(db: Database, userId: string, id: string): Promise<boolean> {
  const { numDeletedRows } = await typedSql(db).deleteFrom('externalCredit').where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
  return numDeletedRows > 0n;
}
