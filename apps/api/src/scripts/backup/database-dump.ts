import type { Client } from 'pg';
import { to as copyTo, from as copyFrom } from 'pg-copy-streams';
import { END_OF_ROWS, type BackupEntry, type BackupWriter } from './backup-file';

export type WaitingJob = Extract<BackupEntry, { job: unknown }>['job'];
export type BackupCounts = Extract<BackupEntry, { end: unknown }>['end'];

/** TypeORM's own record of the migrations: a restore writes it by migrating, never from the backup. */
const MIGRATIONS_TABLE = 'migrations';

const TABLES = `
  SELECT c.relname AS name, array_agg(quote_ident(a.attname) ORDER BY a.attnum) AS columns
    FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     AND c.relname <> '${MIGRATIONS_TABLE}' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
   GROUP BY c.relname ORDER BY c.relname`;

/**
 * Every row of the platform's tables, its sequences and its waiting jobs, as of one moment: one
 * REPEATABLE READ transaction sees a single snapshot, so a certificate is never in the backup
 * without the enrolment it was issued on, whatever commits while the dump runs.
 */
export async function dumpDatabase(client: Client, writer: BackupWriter, header: (migrations: string[]) => Promise<void>) {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const migrations = (await client.query(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp`)).rows.map((row) => row.name as string);
    await header(migrations);
    let rows = 0;
    for (const table of (await client.query(TABLES)).rows as { name: string; columns: string[] }[]) {
      await writer.line({ table: table.name, columns: table.columns });
      const copy = client.query(copyTo(`COPY (SELECT ${table.columns.join(', ')} FROM ${quote(table.name)}) TO STDOUT`));
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        rows += countLines(chunk);
        await writer.write(chunk);
      }
      await writer.line(END_OF_ROWS);
    }
    const sequences = await client.query(`SELECT relname AS name FROM pg_class WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace ORDER BY relname`);
    for (const { name } of sequences.rows as { name: string }[]) {
      const [{ last_value, is_called }] = (await client.query(`SELECT last_value::text, is_called FROM ${quote(name)}`)).rows;
      await writer.line({ sequence: name, lastValue: last_value, isCalled: is_called });
    }
    const jobs = await waitingJobs(client);
    for (const job of jobs) await writer.line({ job });
    return { migrations, rows, jobs: jobs.length };
  } finally {
    await client.query('COMMIT');
  }
}

/** Jobs not yet done: new, due to be retried, or running now (their handlers are safe to run again). */
async function waitingJobs(client: Client): Promise<WaitingJob[]> {
  const [{ installed }] = (await client.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`)).rows;
  if (!installed) return [];
  const { rows } = await client.query(`SELECT name, data, singleton_key FROM pgboss.job WHERE state IN ('created', 'retry', 'active') ORDER BY created_on`);
  return rows.map((row) => ({ name: row.name, data: row.data, singletonKey: row.singleton_key }));
}

/**
 * Loads the tables of a backup into a database migrated to the backup's migrations, in one
 * transaction with triggers and foreign-key checks off (`session_replication_role = replica`,
 * which needs a superuser, as pg_restore's --disable-triggers does): the rows were consistent
 * when dumped, and rules that depend on today's date (a terminated course takes no certificate)
 * must not refuse a row that was valid when written. Calls `other` for each job and file; commits
 only once the end line confirms every row arrived, and answers the counts it gives.
 */
export async function loadDatabase(client: Client, lines: AsyncIterator<string>, other: (entry: BackupEntry) => Promise<void>): Promise<BackupCounts> {
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    const tables = (await client.query(TABLES)).rows as { name: string }[];
    if (tables.length) await client.query(`TRUNCATE ${tables.map((table) => quote(table.name)).join(', ')}`);
    let rows = 0;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const entry = JSON.parse(next.value) as BackupEntry;
      if ('table' in entry) rows += await loadTable(client, entry, lines);
      else if ('sequence' in entry) await client.query(`SELECT setval($1, $2::bigint, $3)`, [quote(entry.sequence), entry.lastValue, entry.isCalled]);
      else if ('end' in entry) {
        if (entry.end.rows !== rows) throw new Error(`The backup holds ${rows} rows but was written with ${entry.end.rows}: it is damaged.`);
        await client.query('COMMIT');
        return entry.end;
      } else await other(entry);
    }
    throw new Error('The backup has no end line: it is cut short.');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function loadTable(client: Client, { table, columns }: { table: string; columns: string[] }, lines: AsyncIterator<string>): Promise<number> {
  const copy = client.query(copyFrom(`COPY ${quote(table)} (${columns.join(', ')}) FROM STDIN`));
  const finished = new Promise<void>((resolve, reject) => copy.on('finish', resolve).on('error', reject));
  let rows = 0;
  let batch = '';
  for (;;) {
    const next = await lines.next();
    if (next.done) throw new Error(`The backup ends inside the rows of ${table}: it is cut short.`);
    if (next.value === END_OF_ROWS) break;
    batch += `${next.value}\n`;
    rows += 1;
    if (batch.length >= 1 << 16) {
      if (!copy.write(batch)) await new Promise((resolve) => copy.once('drain', resolve));
      batch = '';
    }
  }
  copy.end(batch);
  await finished;
  return rows;
}

function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines += 1;
  return lines;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
