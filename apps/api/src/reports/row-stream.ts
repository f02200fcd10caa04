import type { DataSource } from 'typeorm';

/**
 * The rows of a query, read through a database cursor a batch at a time, so an export holds a
 * few hundred rows in memory however many it sends. Reads go to a replica when one is set up.
 */
export async function* streamRows<Row>(dataSource: DataSource, sql: string, params: unknown[]): AsyncGenerator<Row> {
  const runner = dataSource.createQueryRunner('slave');
  try {
    const rows = await runner.stream(sql, params);
    for await (const row of rows) yield row as Row;
  } finally {
    await runner.release();
  }
}
