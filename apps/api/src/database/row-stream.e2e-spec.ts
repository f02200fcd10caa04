import { sql } from 'kysely';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { createTestDatabase } from '../testing/test-database';
import { dataSourceOptions } from './data-source';
import { streamRows } from './row-stream';
import { typedSql } from './typed-sql';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('streaming the rows of an export', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let quick: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The API's pool with its timeouts cut to a fraction of what they are, and one connection, so every query below shares it.
    const options = dataSourceOptions(database.url) as DataSourceOptions & { extra: Record<string, unknown> };
    quick = await new DataSource({ ...options, extra: { ...options.extra, max: 1, statement_timeout: 200, query_timeout: 2_000 } }).initialize();
  });
  afterAll(async () => {
    await quick.destroy();
    await database.drop();
  });

  const series = (count: number) =>
    typedSql(quick).selectFrom(sql<{ n: number }>`generate_series(1, ${count}::int)`.as('n')).select('n as rowNumber');
  const timesOut = () => expect(quick.query('SELECT pg_sleep(0.5)')).rejects.toThrow(/statement timeout/);

  it('reads to the last row however slowly the client downloads, past the request timeouts', async () => {
    await timesOut();
    let count = 0;
    for await (const row of streamRows(quick, series(3_000))) {
      count += 1;
      expect(row).toEqual({ rowNumber: count });
      if (count % 100 === 0) await sleep(80);
    }
    expect(count).toBe(3_000);
    await timesOut();
  });

  it('gives its connection back, with the timeouts, when the download stops halfway', async () => {
    let count = 0;
    for await (const _row of streamRows(quick, series(3_000))) {
      if (++count === 150) break;
    }
    expect(await quick.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await timesOut();
  });
});
