import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, isTimestamp, isUuid, toConnection, type Connection } from '../common/pagination';
import type { AuditEntry } from './audit.types';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectUserId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so the record commits or rolls back with the change itself. */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, subject_user_id, details) VALUES ($1, $2, $3, $4)`,
      [entry.actorId, entry.action, entry.subjectUserId ?? null, entry.details ?? {}],
    );
  }

  /** Newest first. */
  async entries(first = 20, after?: string): Promise<Connection<AuditEntry>> {
    const cursor = decodeCursor(after, ([time, id]) => isTimestamp(time) && isUuid(id));
    const rows: (AuditEntry & { cursorTime: string })[] = await this.dataSource.query(
      `SELECT a.id, a.action, a.details, a.created_at AS "createdAt", a.created_at::text AS "cursorTime",
              actor.email AS "actorEmail", subject.email AS "subjectEmail"
         FROM audit_log a
         LEFT JOIN app_user actor ON actor.id = a.actor_id
         LEFT JOIN app_user subject ON subject.id = a.subject_user_id
        WHERE $1::timestamptz IS NULL OR (a.created_at, a.id) < ($1::timestamptz, $2::uuid)
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $3`,
      [cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    return toConnection(rows, first, (row) => [row.cursorTime, row.id], ({ cursorTime: _, ...entry }) => entry);
  }
}
