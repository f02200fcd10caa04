import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { decodeCursor, isTimestamp, isUuid, toConnection, type Connection } from '../common/pagination';
import { streamRows } from '../reports/row-stream';
import type { LearningEvent, LearningObjectType, LearningVerb } from './activity.types';

export interface LearningEventRecord {
  learnerId: string;
  verb: `${LearningVerb}`;
  objectType: `${LearningObjectType}`;
  objectId: string;
  objectName: string;
  courseId: string;
  result?: Record<string, unknown> | null;
  occurredAt?: Date;
}

type EventRow = LearningEvent & { cursorTime: string };

const EVENT_COLUMNS = `
  e.id, e.actor_id AS "learnerId", u.name AS "learnerName", u.email AS "learnerEmail", e.verb,
  e.object_type AS "objectType", e.object_id AS "objectId", e.object_name AS "objectName",
  c.slug AS "courseSlug", e.result, e.occurred_at AS "occurredAt", e.occurred_at::text AS "cursorTime"`;

/** Newest first, for one course or all; each variant walks its own index. */
function eventsQuery(courseId: string | null, cursor: string[] | null, limit: number | null) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (courseId) where.push(`e.course_id = $${params.push(courseId)}`);
  if (cursor) where.push(`(e.occurred_at, e.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
  const sql = `SELECT ${EVENT_COLUMNS}
      FROM learning_event e
      JOIN app_user u ON u.id = e.actor_id
      JOIN course c ON c.id = e.course_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY e.occurred_at DESC, e.id DESC
     ${limit === null ? '' : `LIMIT $${params.push(limit)}`}`;
  return { sql, params };
}

@Injectable()
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Pass the transaction's manager so the event commits or rolls back with the change itself.
   * A retried event is stored once; answers whether this call stored it.
   */
  async record(manager: EntityManager, event: LearningEventRecord): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO learning_event (actor_id, verb, object_type, object_id, object_name, course_id, result, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, now()))
       ON CONFLICT (actor_id, verb, object_type, object_id) DO NOTHING
       RETURNING id`,
      [event.learnerId, event.verb, event.objectType, event.objectId, event.objectName, event.courseId, event.result ?? null, event.occurredAt ?? null],
    );
    return inserted.length > 0;
  }

  async log(courseSlug: string | undefined, first = 20, after?: string): Promise<Connection<LearningEvent>> {
    const cursor = decodeCursor(after, (key) => key.length === 2 && isTimestamp(key[0]) && isUuid(key[1]));
    const { sql, params } = eventsQuery(await this.courseIdOf(courseSlug), cursor, first + 1);
    const rows: EventRow[] = await this.dataSource.query(sql, params);
    return toConnection(rows, first, (row) => [row.cursorTime, row.id], ({ cursorTime: _, ...event }) => event);
  }

  /** Every event, newest first, read through a cursor; an unknown course fails before any row is sent. */
  async export(courseSlug: string | undefined): Promise<AsyncIterable<LearningEvent>> {
    const { sql, params } = eventsQuery(await this.courseIdOf(courseSlug), null, null);
    return streamRows<LearningEvent>(this.dataSource, sql, params);
  }

  private async courseIdOf(courseSlug: string | undefined): Promise<string | null> {
    if (courseSlug === undefined) return null;
    const [course] = await this.dataSource.query(`SELECT id FROM course WHERE slug = $1`, [courseSlug]);
    if (!course) throw new PlatformError('NOT_FOUND', `No course has the slug "${courseSlug}".`);
    return course.id;
  }
}
