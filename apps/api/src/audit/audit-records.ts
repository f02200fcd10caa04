import { sql } from 'kysely';
import { accountsToJoin } from '../auth/account-records';
import { asJsonb } from '../database/json-text';
import { typedSql, type Database } from '../database/typed-sql';
import type { AuditEntry } from './audit.types';

/** Every statement on the `audit_log` table. */

export interface AuditRecord {
  actorId: string | null;
  action: string;
  subjectUserId?: string | null;
  details?: Record<string, unknown>;
}

export async function insertAuditEntry(db: Database, entry: AuditRecord): Promise<void> {
  await typedSql(db)
    .insertInto('auditLog')
    .values({
      actorId: entry.actorId,
      action: entry.action,
      subjectUserId: entry.subjectUserId ?? null,
      details: asJsonb(entry.details ?? {}),
    })
    .execute();
}

/**
 * Newest first, after the entry at `after` (its time as text, and its id), with the emails of the
 * accounts concerned, so a page is one statement.
 */
export function auditEntries(db: Database, after: [string, string] | null, limit: number) {
  return typedSql(db)
    .selectFrom('auditLog as a')
    .leftJoin(accountsToJoin().as('actor'), 'actor.id', 'a.actorId')
    .leftJoin(accountsToJoin().as('subject'), 'subject.id', 'a.subjectUserId')
    .select([
      'a.id',
      'a.action',
      'a.createdAt',
      sql<string>`a.created_at::text`.as('cursorTime'),
      'actor.email as actorEmail',
      'subject.email as subjectEmail',
    ])
    .select(sql<AuditEntry['details']>`a.details`.as('details'))
    .$if(after !== null, (query) => query.where(sql<boolean>`(a.created_at, a.id) < (${after![0]}::timestamptz, ${after![1]}::uuid)`))
    .orderBy('a.createdAt', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}
