import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { courseIdBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { decodeCursor, isTimestamp, isUuid, toConnection, type Connection } from '../common/pagination';
import { streamRows } from '../database/row-stream';
import { recordLearningEvent, type LearningEventRecord } from '../progress/progress.records';
import type { LearningEvent } from './activity.types';
import { eventLog } from './event-log';

@Injectable()
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so the event commits or rolls back with the change itself. */
  record(manager: EntityManager, event: LearningEventRecord): Promise<boolean> {
    return recordLearningEvent(manager, event);
  }

  async log(courseSlug: string | undefined, first = 20, after?: string): Promise<Connection<LearningEvent>> {
    const cursor = decodeCursor(after, (key) => key.length === 2 && isTimestamp(key[0]) && isUuid(key[1]));
    const courseId = await this.courseIdOf(courseSlug);
    const rows = await eventLog(this.dataSource, courseId, cursor ? [cursor[0], cursor[1]] : null).limit(first + 1).execute();
    return toConnection(rows, first, (row) => [row.cursorTime, row.id], ({ cursorTime: _, ...event }) => event);
  }

  /** Every event, newest first, read through a cursor; an unknown course fails before any row is sent. */
  async export(courseSlug: string | undefined): Promise<AsyncIterable<LearningEvent>> {
    return streamRows(this.dataSource, eventLog(this.dataSource, await this.courseIdOf(courseSlug), null));
  }

  private async courseIdOf(courseSlug: string | undefined): Promise<string | null> {
    if (courseSlug === undefined) return null;
    const courseId = await courseIdBySlug(this.dataSource, courseSlug);
    if (!courseId) throw new PlatformError('NOT_FOUND', `No course has the slug "${courseSlug}".`);
    return courseId;
  }
}
