import { expressionBuilder } from 'kysely';
import type { DB } from '../database/schema';
import type { Database } from '../database/typed-sql';
import { typedSql } from '../database/typed-sql';

/** Every statement on disclosure_acknowledgement. */

export interface AcknowledgementRow {
  acknowledgedAt: Date;
}

/** Records that the learner saw the version's disclosures; acknowledging again keeps the first record. */
export async function insertAcknowledgement(
  db: Database,
  acknowledgement: { userId: string; courseId: string; courseVersionId: string },
): Promise<AcknowledgementRow> {
  const inserted = await typedSql(db)
    .insertInto('disclosureAcknowledgement')
    .values(acknowledgement)
    .onConflict((conflict) => conflict.columns(['userId', 'courseVersionId']).doNothing())
    .returning('acknowledgedAt')
    .executeTakeFirst();
  return inserted ?? (await findAcknowledgement(db, acknowledgement.userId, acknowledgement.courseVersionId))!;
}

export async function findAcknowledgement(db: Database, userId: string, courseVersionId: string): Promise<AcknowledgementRow | null> {
  const found = await typedSql(db)
    .selectFrom('disclosureAcknowledgement')
    .select('acknowledgedAt')
    .where('userId', '=', userId)
    .where('courseVersionId', '=', courseVersionId)
    .executeTakeFirst();
  return found ?? null;
}

/** The acknowledgements of these learners on these versions, in one statement. */
export function findAcknowledgements(db: Database, userIds: readonly string[], courseVersionIds: readonly string[]) {
  return typedSql(db)
    .selectFrom('disclosureAcknowledgement')
    .select(['userId', 'courseVersionId', 'acknowledgedAt'])
    .where('userId', 'in', userIds)
    .where('courseVersionId', 'in', courseVersionIds)
    .execute();
}

/** Acknowledgements as other features' statements join them: the one way those read `disclosure_acknowledgement`. */
export const acknowledgementsToJoin = () =>
  expressionBuilder<DB, never>().selectFrom('disclosureAcknowledgement').select(['userId', 'courseVersionId', 'acknowledgedAt']);
