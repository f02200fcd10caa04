import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../testing/test-database';
import { fixturesRoot } from '../testing/test-app';
import { ContentImportService } from './content-import.service';

function copyOfFixtures(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(fixturesRoot, root, { recursive: true });
  return root;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const target = path.join(root, 'courses/sample-course', file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

async function tableCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const [counts] = await dataSource.query(`SELECT
    (SELECT count(*) FROM course_version)::int AS versions, (SELECT count(*) FROM lesson)::int AS lessons,
    (SELECT count(*) FROM source_passage)::int AS passages, (SELECT count(*) FROM quiz_version)::int AS "quizVersions",
    (SELECT count(*) FROM question)::int AS questions`);
  return counts;
}

describe('importing content', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let importer: ContentImportService;

  beforeEach(async () => {
    database = await createTestDatabase();
    importer = new ContentImportService(database.dataSource);
  });
  afterEach(() => database.drop());

  it('changes nothing when the same content is imported again', async () => {
    const root = copyOfFixtures();
    expect(await importer.importRoot(root)).toEqual([{ slug: 'sample-course', version: 1, created: true }]);
    const before = await tableCounts(database.dataSource);
    expect(await importer.importRoot(root)).toEqual([{ slug: 'sample-course', version: 1, created: false }]);
    expect(await tableCounts(database.dataSource)).toEqual(before);
  });

  it('publishes changed content as a new version and leaves the old version as it was', async () => {
    const root = copyOfFixtures();
    await importer.importRoot(root);
    const [oldLesson] = await database.dataSource.query(`SELECT id, html FROM lesson WHERE slug = 'second-lesson'`);
    edit(root, 'modules/01-basics.md', (text) => text.replace('Only the second fact here', 'Now the second fact'));

    expect(await importer.importRoot(root)).toEqual([{ slug: 'sample-course', version: 2, created: true }]);
    const [stillOld] = await database.dataSource.query(`SELECT html FROM lesson WHERE id = $1`, [oldLesson.id]);
    expect(stillOld.html).toBe(oldLesson.html);
    const [published] = await database.dataSource.query(
      `SELECT l.html FROM course c JOIN lesson l ON l.course_version_id = c.published_version_id WHERE l.slug = 'second-lesson'`,
    );
    expect(published.html).toContain('Now the second fact');
  });

  it('makes a new quiz version only for the quiz file that changed', async () => {
    const root = copyOfFixtures();
    await importer.importRoot(root);
    edit(root, 'quizzes/01-basics.yaml', (text) => text.replace('passingScore: 80', 'passingScore: 90'));
    await importer.importRoot(root);

    const versions = await database.dataSource.query(
      `SELECT q.slug, v.version, v.passing_score AS "passingScore", q.published_version_id = v.id AS published
         FROM quiz q JOIN quiz_version v ON v.quiz_id = q.id ORDER BY q.slug, v.version`,
    );
    expect(versions).toEqual([
      { slug: 'basics-quiz', version: 1, passingScore: 80, published: false },
      { slug: 'basics-quiz', version: 2, passingScore: 90, published: true },
      { slug: 'final-exam', version: 1, passingScore: 75, published: true },
    ]);
  });

  it('creates one version when two processes import the same content at once', async () => {
    const root = copyOfFixtures();
    const second = new ContentImportService(database.dataSource);
    const outcomes = await Promise.all([importer.importRoot(root), second.importRoot(root)]);
    expect(outcomes.flat().filter((outcome) => outcome.created)).toHaveLength(1);
    expect((await tableCounts(database.dataSource)).versions).toBe(1);
  });

  it('refuses invalid content with every problem named, and writes nothing', async () => {
    const root = copyOfFixtures();
    edit(root, 'quizzes/01-basics.yaml', (text) => text.replace('passage: basics-2', 'passage: no-such-passage'));
    await expect(importer.importRoot(root)).rejects.toThrow(/01-basics\.yaml:\d+: .*no-such-passage/);
    expect((await tableCounts(database.dataSource)).versions).toBe(0);
  });
});
