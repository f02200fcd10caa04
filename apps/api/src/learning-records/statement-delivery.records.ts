import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { learningEventsToJoin } from '../progress/learning-events.records';
import { typedSql, type Database } from '../database/typed-sql';
import type { RecordedLearningEvent } from './xapi-statements';

/**
 * Every statement on `learning_record_delivery`: one row per learning event to send, made by a
 * trigger on `learning_event` in the learner's own transaction while an LRS is on.
 */

export type DeliveryStatus = 'WAITING' | 'SENT' | 'FAILED';

/** The first try waits this long after a failure, each next one twice as long, up to an hour. */
export const FIRST_RETRY_SECONDS = 5;
export const MAX_TRIES = 12;

function deliveriesWithEvents(db: Database) {
  return typedSql(db).selectFrom('learningRecordDelivery as d').innerJoin(learningEventsToJoin().as('e'), 'e.id', 'd.eventId');
}

/**
 * Up to `limit` deliveries that are due, with their events, locked until the transaction ends;
 * rows another process holds are skipped, so two workers never send the same event at once.
 */
export function lockDueDeliveries(manager: EntityManager, limit: number): Promise<RecordedLearningEvent[]> {
  return deliveriesWithEvents(manager)
    .select(['e.id', 'e.actorId', 'e.verb', 'e.objectType', 'e.objectId', 'e.objectName', 'e.courseId', 'e.result', 'e.occurredAt'])
    .where('d.status', '=', 'WAITING')
    .where('d.nextTryAt', '<=', sql<Date>`now()`)
    .orderBy('d.nextTryAt')
    .limit(limit)
    .forUpdate('d')
    .skipLocked()
    .execute();
}

/** Whether an LRS is on, and whether a delivery is due; one statement, for the look every few seconds. */
export async function deliveryState(db: Database): Promise<{ on: boolean; due: boolean }> {
  const [state] = await typedSql(db)
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('learningRecordStore').select('id').where('enabled', '=', true)).as('on'),
      eb
        .exists(eb.selectFrom('learningRecordDelivery').select('eventId').where('status', '=', 'WAITING').where('nextTryAt', '<=', sql<Date>`now()`))
        .as('due'),
    ])
    .execute();
  return { on: Boolean(state.on), due: Boolean(state.due) };
}

/** Settled for good: sent, or given up on without another try (the LRS refused the statement itself, or it is not valid xAPI). */
export async function markSettled(manager: EntityManager, eventIds: string[], outcome: { status: 'SENT'; error?: never } | { status: 'FAILED'; error: string }): Promise<void> {
  if (eventIds.length === 0) return;
  await typedSql(manager)
    .updateTable('learningRecordDelivery')
    .set((eb) => ({ status: outcome.status, tries: eb('tries', '+', 1), lastError: outcome.error ?? null, settledAt: sql<Date>`now()` }))
    .where('eventId', 'in', eventIds)
    .execute();
}

/** Tried again later, each time twice as long after; failed for good after MAX_TRIES. */
export async function markForRetry(manager: EntityManager, eventIds: string[], error: string): Promise<void> {
  if (eventIds.length === 0) return;
  await typedSql(manager)
    .updateTable('learningRecordDelivery')
    .set((eb) => ({
      tries: eb('tries', '+', 1),
      lastError: error,
      status: sql<string>`CASE WHEN tries + 1 >= ${MAX_TRIES} THEN 'FAILED' ELSE 'WAITING' END`,
      nextTryAt: sql<Date>`now() + least(make_interval(secs => ${FIRST_RETRY_SECONDS} * power(2, tries)), interval '1 hour')`,
      settledAt: sql<Date | null>`CASE WHEN tries + 1 >= ${MAX_TRIES} THEN now() END`,
    }))
    .where('eventId', 'in', eventIds)
    .execute();
}

/** Failed deliveries start again from their first try; answers how many. */
export async function retryFailedDeliveries(manager: EntityManager): Promise<number> {
  const retried = await typedSql(manager)
    .updateTable('learningRecordDelivery')
    .set({ status: 'WAITING', tries: 0, nextTryAt: sql<Date>`now()`, settledAt: null })
    .where('status', '=', 'FAILED')
    .executeTakeFirst();
  return Number(retried.numUpdatedRows);
}

/** After the settings change, waiting deliveries need not sit out the back-off the old ones earned. */
export async function tryWaitingNow(manager: EntityManager): Promise<void> {
  await typedSql(manager).updateTable('learningRecordDelivery').set({ nextTryAt: sql<Date>`now()` }).where('status', '=', 'WAITING').execute();
}

/** Queues every recorded event that has never been queued (those from before the LRS was on); answers how many. */
export async function queueEarlierEvents(manager: EntityManager): Promise<number> {
  const queued = await typedSql(manager)
    .insertInto('learningRecordDelivery')
    .columns(['eventId'])
    .expression(
      typedSql(manager)
        .selectFrom(learningEventsToJoin().as('e'))
        .leftJoin('learningRecordDelivery as d', 'd.eventId', 'e.id')
        .select('e.id')
        .where('d.eventId', 'is', null),
    )
    .onConflict((conflict) => conflict.column('eventId').doNothing())
    .executeTakeFirst();
  return Number(queued.numInsertedOrUpdatedRows ?? 0);
}

export async function deliveryCounts(db: Database) {
  const counts = await typedSql(db)
    .selectFrom('learningRecordDelivery')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('status', '=', 'WAITING').as('waiting'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'WAITING').filterWhere('tries', '>', 0).as('retrying'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'SENT').as('sent'),
      eb.fn.countAll<string>().filterWhere('status', '=', 'FAILED').as('failed'),
    ])
    .executeTakeFirstOrThrow();
  return { waiting: Number(counts.waiting), retrying: Number(counts.retrying), sent: Number(counts.sent), failed: Number(counts.failed) };
}

/** Waiting and failed deliveries only: both counts walk small indexes, so a metrics scrape can afford them. */
export async function deliveryBacklog(db: Database): Promise<{ waiting: number; failed: number }> {
  const counts = await typedSql(db)
    .selectNoFrom((eb) => [
      eb.selectFrom('learningRecordDelivery').select(eb.fn.countAll<string>().as('n')).where('status', '=', 'WAITING').as('waiting'),
      eb.selectFrom('learningRecordDelivery').select(eb.fn.countAll<string>().as('n')).where('status', '=', 'FAILED').as('failed'),
    ])
    .executeTakeFirstOrThrow();
  return { waiting: Number(counts.waiting), failed: Number(counts.failed) };
}

/** The newest deliveries in one state (those waiting: only the ones a try has failed), with their events. */
export function deliveriesIn(db: Database, status: DeliveryStatus, limit: number) {
  let query = deliveriesWithEvents(db)
    .select([
      'e.id as eventId',
      'e.actorId as learnerId',
      'e.verb',
      'e.objectType',
      'e.objectName',
      'e.occurredAt',
      'd.tries',
      'd.lastError',
      'd.nextTryAt',
      'd.settledAt',
      sql<DeliveryStatus>`d.status`.as('status'),
    ])
    .where('d.status', '=', status);
  query = status === 'WAITING' ? query.where('d.tries', '>', 0).orderBy('d.nextTryAt', 'desc') : query.orderBy('d.settledAt', 'desc');
  return query.orderBy('d.eventId').limit(limit).execute();
}
