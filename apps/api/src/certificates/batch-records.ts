import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql, type Database } from '../database/typed-sql';

/** Every statement on certificate_batch and certificate_batch_learner. */

export type BatchOutcome = 'ISSUED' | 'SKIPPED' | 'FAILED';

/** Answers the new batch's id. */
export async function insertBatch(manager: EntityManager, courseId: string, adminId: string, userIds: string[]): Promise<string> {
  const db = typedSql(manager);
  const batch = await db.insertInto('certificateBatch').values({ courseId, requestedBy: adminId }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('certificateBatchLearner')
    .columns(['batchId', 'userId'])
    .expression(db.selectNoFrom([sql<string>`${batch.id}::uuid`.as('batchId'), sql<string>`unnest(${userIds}::uuid[])`.as('userId')]))
    .execute();
  return batch.id;
}

/** The batch with its learners counted by outcome. */
export function batchProgress(db: Database, batchId: string) {
  const outcomes = (outcome: BatchOutcome) => sql<number>`count(*) FILTER (WHERE l.outcome = ${outcome})::int`;
  return typedSql(db)
    .selectFrom('certificateBatch as b')
    .innerJoin('certificateBatchLearner as l', 'l.batchId', 'b.id')
    .select([
      'b.id',
      'b.courseId',
      'b.createdAt',
      'b.startedAt',
      'b.finishedAt',
      sql<number>`count(*)::int`.as('total'),
      outcomes('ISSUED').as('issued'),
      outcomes('SKIPPED').as('skipped'),
      outcomes('FAILED').as('failed'),
    ])
    .where('b.id', '=', batchId)
    .groupBy('b.id')
    .executeTakeFirst();
}

/** Marks the batch started (the first time) and answers its course and requester. */
export function startBatch(db: Database, batchId: string) {
  return typedSql(db)
    .updateTable('certificateBatch')
    .set((eb) => ({ startedAt: eb.fn.coalesce('startedAt', sql<Date>`now()`) }))
    .where('id', '=', batchId)
    .returning(['courseId', 'requestedBy as adminId'])
    .executeTakeFirst();
}

export async function pendingLearners(db: Database, batchId: string, limit: number): Promise<string[]> {
  const rows = await typedSql(db).selectFrom('certificateBatchLearner').select('userId').where('batchId', '=', batchId).where('outcome', 'is', null).limit(limit).execute();
  return rows.map((row) => row.userId);
}

/** Locks a learner still to be done for this transaction; false when done already or another process has them. */
export async function claimBatchLearner(manager: EntityManager, batchId: string, userId: string): Promise<boolean> {
  const claimed = await typedSql(manager)
    .selectFrom('certificateBatchLearner')
    .select('userId')
    .where('batchId', '=', batchId)
    .where('userId', '=', userId)
    .where('outcome', 'is', null)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return claimed !== undefined;
}

export async function recordOutcome(
  db: Database,
  batchId: string,
  userId: string,
  outcome: { outcome: BatchOutcome; detail: string | null; certificateId: string | null },
): Promise<void> {
  await typedSql(db)
    .updateTable('certificateBatchLearner')
    .set({ ...outcome, processedAt: sql`now()` })
    .where('batchId', '=', batchId)
    .where('userId', '=', userId)
    .where('outcome', 'is', null)
    .execute();
}

export async function finishBatch(db: Database, batchId: string): Promise<void> {
  await typedSql(db).updateTable('certificateBatch').set({ finishedAt: sql`now()` }).where('id', '=', batchId).where('finishedAt', 'is', null).execute();
}
