import { createTestDatabase } from '../testing/test-database';

describe("the API's database connections", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('recover from a migration that changes what a prepared statement returns: at most one request fails', async () => {
    const db = database.dataSource;
    await db.query('CREATE TABLE dose (id int PRIMARY KEY, units int)');
    await db.query('INSERT INTO dose VALUES (1, 155)');
    const read = () => db.query('SELECT units FROM dose WHERE id = $1', [1]);
    expect(await read()).toEqual([{ units: 155 }]);

    await db.query('ALTER TABLE dose ALTER COLUMN units TYPE text');
    const outcomes = [];
    for (let attempt = 0; attempt < 3; attempt++) outcomes.push(await read().then(() => 'read', () => 'failed'));
    expect(outcomes.filter((outcome) => outcome === 'failed').length).toBeLessThanOrEqual(1);
    expect(outcomes.at(-1)).toBe('read');
    expect(await read()).toEqual([{ units: '155' }]);
  });
});
