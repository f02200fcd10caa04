import type { EntityManager } from 'typeorm';
import { statementsOf } from '../testing/statement-count';
import { createTestDatabase } from '../testing/test-database';
import { courseContent } from './course-content';

/** A course version with one module, written with `db` (a transaction or the data source). */
async function writeVersion(db: Pick<EntityManager, 'query'>, moduleTitle: string): Promise<string> {
  const [{ id: courseId }] = await db.query(`INSERT INTO course (slug) VALUES ('c-' || md5(random()::text)) RETURNING id`);
  const [{ id: versionId }] = await db.query(
    `INSERT INTO course_version (course_id, version, content_hash, title, summary, credit_hours, source_title, completion_rules, certificate_policy)
     VALUES ($1, 1, 'test', 'Title', 'Summary', 1, 'Source', '{}', '{}') RETURNING id`,
    [courseId],
  );
  await db.query(`INSERT INTO course_module (course_version_id, slug, title, position, objectives) VALUES ($1, 'm', $2, 1, '{}')`, [
    versionId,
    moduleTitle,
  ]);
  return versionId;
}

describe('course version content kept by the API process', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('a committed version read inside a transaction is kept: later reads, in or out of one, send nothing', async () => {
    const versionId = await writeVersion(database.dataSource, 'Committed');
    await database.dataSource.transaction(async (manager) => {
      // A transaction that has written something has an id of its own, which the version row's is not.
      await manager.query('SELECT pg_current_xact_id()');
      await courseContent(manager, [versionId]);
    });

    const again = await statementsOf(database.dataSource, async () => {
      expect((await courseContent(database.dataSource, [versionId])).get(versionId)![0].title).toBe('Committed');
    });
    expect(again).toBe(0);
  });

  it('a version read by the transaction that writes it is not kept, so a rollback leaves no trace', async () => {
    let versionId = '';
    const rolledBack = new Error('roll back');
    await expect(
      database.dataSource.transaction(async (manager) => {
        versionId = await writeVersion(manager, 'Never committed');
        expect((await courseContent(manager, [versionId])).get(versionId)![0].title).toBe('Never committed');
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);

    expect((await courseContent(database.dataSource, [versionId])).get(versionId)).toEqual([]);
  });
});
