import { CamelCasePlugin, type Compilable } from 'kysely';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';

/** setTimeout's longest delay: a read timeout that does not fire while an export runs. */
const NO_READ_TIMEOUT_MS = 2 ** 31 - 1;

/** Gives streamed rows the camelCase keys that typedSql's statements answer with. */
const naming = new CamelCasePlugin();

/**
 * The rows of a typed query, read through a database cursor a batch at a time, so an export
 * holds a few hundred rows in memory however many it sends. Reads go to a replica when one is set up.
 *
 * An export reads only as fast as its client downloads, which can take minutes, so the request
 * timeouts are lifted for it: PostgreSQL would cancel the cursor, and node-postgres would end
 * the stream early without an error, which would pass for a complete file.
 */
export async function* streamRows<Row extends object>(dataSource: DataSource, query: Compilable<Row>): AsyncGenerator<Row> {
  const compiled = query.compile();
  const runner = dataSource.createQueryRunner('slave');
  try {
    await runner.startTransaction();
    await runner.query('SET LOCAL statement_timeout = 0');
    const client = (await runner.connect()) as PoolClient;
    const stream = new QueryStream(compiled.sql, [...compiled.parameters]);
    const rows = client.query(Object.assign(stream, { query_timeout: NO_READ_TIMEOUT_MS }));
    for await (const row of rows) {
      const [named] = (await naming.transformResult({ queryId: compiled.queryId, result: { rows: [row as Record<string, unknown>] } })).rows;
      yield named as Row;
    }
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
