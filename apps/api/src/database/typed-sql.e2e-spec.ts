import { runKyselyCodegen } from './db-types';
import { createTestDatabase } from '../testing/test-database';
import { typedSql } from './typed-sql';

describe('typed SQL over the schema the migrations build', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('has row types in step with the migrations (run npm run db:types -w @ptp/api after adding one)', () => {
    const verified = runKyselyCodegen(database.url, ['--verify']);
    expect(`${verified.stdout}${verified.stderr}`).not.toMatch(/out of date|differ|error/i);
    expect(verified.status).toBe(0);
  });

  it("runs inside a TypeORM transaction, seeing its writes, and counts rows changed", async () => {
    await database.dataSource.transaction(async (manager) => {
      const sql = typedSql(manager);
      await sql.insertInto('course').values({ slug: 'typed-sql' }).execute();
      const found = await sql.selectFrom('course').select(['id', 'slug']).where('slug', '=', 'typed-sql').executeTakeFirstOrThrow();
      expect(found.slug).toBe('typed-sql');
      const changed = await sql.updateTable('course').set({ slug: 'typed-sql-2' }).where('id', '=', found.id).executeTakeFirst();
      expect(changed.numUpdatedRows).toBe(1n);
    });
    const outside = await typedSql(database.dataSource).selectFrom('course').select('slug').where('slug', 'like', 'typed-sql%').execute();
    expect(outside).toEqual([{ slug: 'typed-sql-2' }]);
  });

  it('is seen by TypeORM subscribers, so statement counts include it', async () => {
    const seen: string[] = [];
    database.dataSource.subscribers.push({ beforeQuery: (event) => void seen.push(event.query) });
    try {
      await typedSql(database.dataSource).selectFrom('appUser').select('id').limit(1).execute();
    } finally {
      database.dataSource.subscribers.pop();
    }
    expect(seen).toEqual(['select "id" from "app_user" limit $1']);
  });
});
