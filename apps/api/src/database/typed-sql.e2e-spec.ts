import { sql } from 'kysely';
import { runKyselyCodegen } from './db-types';
import { createTestDatabase } from '../testing/test-database';
import { compiledOnce, compiledPerShape, typedSql } from './typed-sql';

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

  describe('a statement compiled once', () => {
    const coursesBySlugs = compiledOnce((db, { slugs, prefix }: { slugs: string[]; prefix: string }) =>
      db
        .selectFrom('course')
        .select(['slug', 'publishedVersionId'])
        .where((eb) => eb.or([eb('slug', '=', eb.fn.any(eb.val(slugs))), eb('slug', 'like', prefix)]))
        .where('publishedVersionId', 'is', null)
        .orderBy('slug'),
    );

    it("answers each call's values in the same SQL text, inside a transaction too", async () => {
      const seen: string[] = [];
      database.dataSource.subscribers.push({ beforeQuery: (event) => void seen.push(event.query) });
      try {
        await typedSql(database.dataSource).insertInto('course').values([{ slug: 'once-a' }, { slug: 'once-b' }, { slug: 'twice-c' }]).execute();
        expect(await coursesBySlugs(database.dataSource, { slugs: ['once-a', 'none'], prefix: 'twice-%' })).toEqual([
          { slug: 'once-a', publishedVersionId: null },
          { slug: 'twice-c', publishedVersionId: null },
        ]);
        await database.dataSource.transaction(async (manager) => {
          await typedSql(manager).insertInto('course').values({ slug: 'once-d' }).execute();
          expect((await coursesBySlugs(manager, { slugs: ['once-b', 'once-d'], prefix: 'nothing' })).map((row) => row.slug)).toEqual(['once-b', 'once-d']);
        });
      } finally {
        database.dataSource.subscribers.pop();
      }
      const reads = seen.filter((statement) => statement.startsWith('select'));
      expect(reads).toHaveLength(2);
      expect(reads[1]).toBe(reads[0]);
    });

    it('refuses a parameter that is not sent as a value, before sending anything', async () => {
      const spliced = compiledOnce((db, { column }: { column: string }) => db.selectFrom('course').select(sql.ref<string>(column).as('picked')));
      await expect(spliced(database.dataSource, { column: 'slug' })).rejects.toThrow(/must send each parameter as a value/);
      const unused = compiledOnce((db, { slug }: { slug: string }) => db.selectFrom('course').select('id').where('slug', '=', slug.length > 0 ? 'fixed' : slug));
      await expect(unused(database.dataSource, { slug: 'x' })).rejects.toThrow(/not sent as one: slug/);
    });
  });

  it('compiles a statement of several shapes once per shape, each answering its own', async () => {
    await typedSql(database.dataSource).insertInto('course').values([{ slug: 'shape-a' }, { slug: 'shape-b' }]).execute();
    const slugsInOrder = compiledPerShape(
      (descending: boolean) => (descending ? 'desc' : 'asc'),
      (db, { prefix }: { prefix: string }, descending) =>
        db
          .selectFrom('course')
          .select('slug')
          .where('slug', 'like', prefix)
          .orderBy('slug', descending ? 'desc' : 'asc'),
    );
    const seen: string[] = [];
    database.dataSource.subscribers.push({ beforeQuery: (event) => void seen.push(event.query) });
    try {
      for (const descending of [false, true, false]) {
        const rows = await slugsInOrder(database.dataSource, descending, { prefix: 'shape-%' });
        expect(rows.map((row) => row.slug)).toEqual(descending ? ['shape-b', 'shape-a'] : ['shape-a', 'shape-b']);
      }
    } finally {
      database.dataSource.subscribers.pop();
    }
    expect(new Set(seen).size).toBe(2);
    expect(seen[2]).toBe(seen[0]);
  });
});
