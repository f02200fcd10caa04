import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { courseIdBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { decodeCursor, isTimestamp, isUuid, toConnection, type Connection } from '../common/pagination';
import { streamRows } from '../database/row-stream';
import { learningEvents } from '../progress/learning-events.records';
import type { LearningEvent } from './activity.types';

@Injectable()
export class ActivityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async log(courseSlug: string | undefined, first = 20, after?: string): Promise<Connection<LearningEvent>> {
    const cursor = decodeCursor(after, (key) => key.length === 2 && isTimestamp(key[0]) && isUuid(key[1]));
    const courseId = await this.courseIdOf(courseSlug);
    const since = cursor ? { occurredAt: cursor[0], id: cursor[1] } : null;
    const rows = await learningEvents(this.dataSource, { courseId, after: since, limit: first + 1 }).execute();
    return toConnection(rows, first, (row) => [row.cursorTime, row.id], ({ cursorTime: _, ...event }) => event);
  }

  /** Every event, newest first, read through a cursor; an unknown course fails before any row is sent. */
  /** Names and emails leave the platform in it, so each download is recorded in the audit log before the first row is sent. */
  async export(viewer: Viewer, courseSlug: string | undefined): Promise<AsyncIterable<LearningEvent>> {
    const courseId = await this.courseIdOf(courseSlug);
    await this.audit.record(this.dataSource.manager, { actorId: viewer.id, action: 'ACTIVITY_LOG_EXPORTED', details: { courseSlug: courseSlug ?? null } });
    return streamRows(this.dataSource, learningEvents(this.dataSource, { courseId, after: null, limit: null }));
  }

  private async courseIdOf(courseSlug: string | undefined): Promise<string | null> {
    if (courseSlug === undefined) return null;
    const courseId = await courseIdBySlug(this.dataSource, courseSlug);
    if (!courseId) throw new PlatformError('NOT_FOUND', `No course has the slug "${courseSlug}".`);
    return courseId;
  }
}
