import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';
import type { LearningObjectType, LearningVerb } from './activity.types';

/**
 * The learning events of one course or all, newest first, after the event at `after` (its time
 * as text, and its id); each variant walks its own index. Events are the progress feature's
 * `learning_event` rows, read here with their learner's name and course's slug in one statement.
 */
export function eventLog(db: Database, courseId: string | null, after: [string, string] | null) {
  return typedSql(db)
    .selectFrom('learningEvent as e')
    .innerJoin('appUser as u', 'u.id', 'e.actorId')
    .innerJoin('course as c', 'c.id', 'e.courseId')
    .select([
      'e.id',
      'e.actorId as learnerId',
      'u.name as learnerName',
      'u.email as learnerEmail',
      'e.verb',
      'e.objectType',
      'e.objectId',
      'e.objectName',
      'c.slug as courseSlug',
      sql<Record<string, unknown> | null>`e.result`.as('result'),
      'e.occurredAt',
      sql<string>`e.occurred_at::text`.as('cursorTime'),
    ])
    .$narrowType<{ verb: LearningVerb; objectType: LearningObjectType }>()
    .$if(courseId !== null, (query) => query.where('e.courseId', '=', courseId!))
    .$if(after !== null, (query) => query.where(sql<boolean>`(e.occurred_at, e.id) < (${after![0]}::timestamptz, ${after![1]}::uuid)`))
    .orderBy('e.occurredAt', 'desc')
    .orderBy('e.id', 'desc');
}
