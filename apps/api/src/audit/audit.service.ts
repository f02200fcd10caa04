import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, isTimestamp, isUuid, toConnection, type Connection } from '../common/pagination';
import { auditEntries, insertAuditEntry, type AuditRecord } from './audit-records';
import type { AuditEntry } from './audit.types';

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so the record commits or rolls back with the change itself. */
  record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    return insertAuditEntry(manager, entry);
  }

  /** Newest first. */
  async entries(first = 20, after?: string): Promise<Connection<AuditEntry>> {
    const cursor = decodeCursor(after, ([time, id]) => isTimestamp(time) && isUuid(id));
    const rows = await auditEntries(this.dataSource, cursor ? [cursor[0], cursor[1]] : null, first + 1);
    return toConnection(rows, first, (row) => [row.cursorTime, row.id], ({ cursorTime: _, ...entry }) => entry);
  }
}
