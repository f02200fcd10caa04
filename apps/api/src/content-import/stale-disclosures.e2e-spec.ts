import * as path from 'node:path';
import { loadCoursePackage, type EvaluationItem } from '@ptp/content';
import { createTestDatabase } from '../testing/test-database';
import { fixturesRoot } from '../testing/test-app';
import { ContentImportService } from './content-import.service';

describe('releasing a course version', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('is refused when its disclosures were collected more than 12 months ago, and the published version stays', async () => {
    const importer = new ContentImportService(database.dataSource);
    const { package: current } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    expect(await importer.importPackage(current!)).toEqual({ slug: 'sample-course', version: 1, created: true });
    const stale = {
      ...current!,
      contentHash: `${current!.contentHash}-stale`,
      disclosures: { ...current!.disclosures, collectedOn: '2020-01-31' },
    };

    await expect(importer.importPackage(stale)).rejects.toThrow(
      'The course sample-course cannot be released: its disclosures.yaml collected 2020-01-31 is more than 12 months ago: collect the disclosures again.',
    );
    const versions = await database.dataSource.query(
      `SELECT v.version, v.id = c.published_version_id AS published FROM course_version v JOIN course c ON c.id = v.course_id`,
    );
    expect(versions).toEqual([{ version: 1, published: true }]);
  });

  it('keeps the disclosures, accreditation and evaluation form with the version', async () => {
    const [version] = await database.dataSource.query(
      `SELECT disclosures, accreditation, evaluation FROM course_version WHERE version = 1`,
    );

    expect(version.disclosures.collectedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(version.accreditation.credits).toEqual([
      { type: 'PARTICIPATION', maximum: 1.5, designation: 'A certificate of participation for up to 1.5 hours.' },
    ]);
    const items: EvaluationItem[] = version.evaluation.items;
    expect(items.map((item) => [item.id, item.kind, item.purpose])).toEqual([
      ['objectives-met', 'RATING', null],
      ['free-of-bias', 'YES_NO', 'COMMERCIAL_BIAS'],
      ['change', 'TEXT', 'COMMITMENT_TO_CHANGE'],
    ]);
  });
});
