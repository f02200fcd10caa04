import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { typedSql } from './typed-sql';

/**
 * Takes the lock called `name` until the transaction ends, so the transactions that take it run
 * one at a time, across every API process.
 */
export async function lockUntilCommit(manager: EntityManager, name: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`.execute(typedSql(manager));
}
