import { expressionBuilder, sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { accountsToJoin } from '../auth/account-records';
import { coursesToJoin } from '../catalog/published-courses.records';
import type { DB } from '../database/schema';
import { compiledOnce, typedSql, type Database } from '../database/typed-sql';
import { enrolmentToLock } from './progress.records';

/** Every statement on learning_event: what learners did, stored once each, as xAPI statements tell it. */

export interface LearningEventRecord {
  learnerId: string;
  verb: 'ENROLLED' | 'COMPLETED' | 'STARTED' | 'SUBMITTED' | 'EXPIRED' | 'ISSUED' | 'REVOKED';
  objectType: 'COURSE' | 'LESSON' | 'QUIZ_ATTEMPT' | 'CERTIFICATE';
  objectId: string;
  objectName: string;
  courseId: string;
  result?: Record<string, unknown> | null;
  occurredAt?: Date;
}

/**
 * Records an event in the caller's transaction, so it commits or rolls back with the change
 * itself. A retried event is stored once; answers whether this call stored it.
 */
type NewLearningEvent = {
  actorId: string;
  verb: string;
  objectType: string;
  objectId: string;
  objectName: string;
  courseId: string;
  result: string | null;
  occurredAt: Date | null;
};

// Every completion, attempt and certificate records one, so built and compiled once.
const insertedLearningEvent = compiledOnce((db, event: NewLearningEvent) =>
  db
    .insertInto('learningEvent')
    .values({
      actorId: event.actorId,
      verb: event.verb,
      objectType: event.objectType,
      objectId: event.objectId,
      objectName: event.objectName,
      courseId: event.courseId,
      result: event.result,
      occurredAt: sql<Date>`COALESCE(${event.occurredAt}::timestamptz, now())`,
    })
    .onConflict((conflict) => conflict.columns(['actorId', 'verb', 'objectType', 'objectId']).doNothing())
    .returning('id'),
);

export async function recordLearningEvent(manager: EntityManager, event: LearningEventRecord): Promise<boolean> {
  const stored = await insertedLearningEvent(manager, newLearningEvent(event));
  return stored.length > 0;
}

// Every quiz attempt started or submitted takes the lock and records its event, so built and compiled once.
const lockedAndRecorded = compiledOnce((db, event: NewLearningEvent) =>
  db
    .with('locked', (db) => enrolmentToLock(db, event.actorId, event.courseId))
    .with('stored', (db) =>
      db
        .insertInto('learningEvent')
        .columns(['actorId', 'verb', 'objectType', 'objectId', 'objectName', 'courseId', 'result', 'occurredAt'])
        .expression((eb) =>
          eb
            .selectFrom('locked')
            .select([
              sql<string>`${event.actorId}::uuid`.as('actorId'),
              sql<string>`${event.verb}::text`.as('verb'),
              sql<string>`${event.objectType}::text`.as('objectType'),
              sql<string>`${event.objectId}::uuid`.as('objectId'),
              sql<string>`${event.objectName}::text`.as('objectName'),
              sql<string>`${event.courseId}::uuid`.as('courseId'),
              sql<string>`${event.result}::jsonb`.as('result'),
              sql<Date>`COALESCE(${event.occurredAt}::timestamptz, now())`.as('occurredAt'),
            ]),
        )
        .onConflict((conflict) => conflict.columns(['actorId', 'verb', 'objectType', 'objectId']).doNothing())
        .returning('id'),
    )
    .selectNoFrom([sql<boolean>`EXISTS (SELECT FROM locked)`.as('locked'), sql<boolean>`EXISTS (SELECT FROM stored)`.as('stored')]),
);

/**
 * Takes the learner's enrolment lock (progress.records.ts) and, when there was an
 * enrolment to lock, records the event under it: one round trip where a submission made two.
 */
export async function lockEnrolmentAndRecord(manager: EntityManager, event: LearningEventRecord): Promise<{ locked: boolean; stored: boolean }> {
  const [outcome] = await lockedAndRecorded(manager, newLearningEvent(event));
  return outcome;
}

function newLearningEvent(event: LearningEventRecord): NewLearningEvent {
  return {
    actorId: event.learnerId,
    verb: event.verb,
    objectType: event.objectType,
    objectId: event.objectId,
    objectName: event.objectName,
    courseId: event.courseId,
    result: event.result ? JSON.stringify(event.result) : null,
    occurredAt: event.occurredAt ?? null,
  };
}

/** Learning events as other features' statements join them (the xAPI deliveries): the one way those read `learning_event`. */
export function learningEventsToJoin() {
  return expressionBuilder<DB, never>()
    .selectFrom('learningEvent')
    .select((eb) => [
      'id',
      'actorId',
      eb.ref('verb').$castTo<LearningEventRecord['verb']>().as('verb'),
      eb.ref('objectType').$castTo<LearningEventRecord['objectType']>().as('objectType'),
      'objectId',
      'objectName',
      'courseId',
      eb.ref('result').$castTo<Record<string, unknown> | null>().as('result'),
      'occurredAt',
      'recordedAt',
    ]);
}

/** Where a page of learning events starts: after the event at this time (as text, to the microsecond) with this id. */
export interface LearningEventCursor {
  occurredAt: string;
  id: string;
}

/**
 * Learning events newest first, for one course or all, after a cursor if given, with the learner
 * and course they concern; each variant walks its own index. Execute it, or stream it for an export.
 */
export function learningEvents(db: Database, which: { courseId: string | null; after: LearningEventCursor | null; limit: number | null }) {
  let query = typedSql(db)
    .selectFrom('learningEvent as e')
    .innerJoin(accountsToJoin().as('u'), 'u.id', 'e.actorId')
    .innerJoin(coursesToJoin().as('c'), 'c.id', 'e.courseId')
    .select((eb) => [
      'e.id',
      'e.actorId as learnerId',
      'u.name as learnerName',
      'u.email as learnerEmail',
      eb.ref('e.verb').$castTo<LearningEventRecord['verb']>().as('verb'),
      eb.ref('e.objectType').$castTo<LearningEventRecord['objectType']>().as('objectType'),
      'e.objectId',
      'e.objectName',
      'c.slug as courseSlug',
      eb.ref('e.result').$castTo<Record<string, unknown> | null>().as('result'),
      'e.occurredAt',
      sql<string>`e.occurred_at::text`.as('cursorTime'),
    ])
    .orderBy('e.occurredAt', 'desc')
    .orderBy('e.id', 'desc');
  if (which.courseId !== null) query = query.where('e.courseId', '=', which.courseId);
  if (which.after !== null) {
    const { occurredAt, id } = which.after;
    query = query.where(sql<boolean>`(e.occurred_at, e.id) < (${occurredAt}::timestamptz, ${id}::uuid)`);
  }
  return which.limit === null ? query : query.limit(which.limit);
}
