import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';
import { loadCoursePackage } from '../package/load-course-package';
import { disclosuresCurrentUntil } from './disclosure-age';

describe('disclosures.yaml', () => {
  const tempDir = useTempDirs();
  const collectedOn = (date: string) => edit(validCourseFiles(), 'disclosures.yaml', /collected: .*/.exec(validCourseFiles()['disclosures.yaml'])![0], `collected: ${date}`);

  it('loads everyone in control of content, their relationships and how each was mitigated', () => {
    const { package: course, problems } = loadFiles(tempDir(), collectedOn('2026-11-30'));

    expect(problems).toEqual([]);
    expect(course?.disclosures).toEqual({
      collectedOn: '2026-11-30',
      people: [
        { name: 'Dr Ada Author', roles: ['PLANNER', 'AUTHOR'], relationships: [] },
        {
          name: 'Dr Rui Reviewer',
          roles: ['REVIEWER'],
          relationships: [
            {
              company: 'A device maker',
              nature: 'Consulting fees',
              mitigation: 'A second reviewer without relationships checked every lesson against its references.',
            },
          ],
        },
      ],
      commercialSupport: [],
    });
  });

  it('refuses disclosures collected more than 12 months before today', () => {
    const files = collectedOn('2025-11-30');
    const courseDir = loadFiles(tempDir(), files).courseDir;

    expect(loadCoursePackage(courseDir, '2026-11-30').problems).toEqual([]);
    expect(loadCoursePackage(courseDir, '2026-12-01').problems).toEqual([
      {
        file: expect.stringMatching(/disclosures\.yaml$/),
        line: 1,
        message: 'collected: is more than 12 months ago: collect the disclosures again',
      },
    ]);
  });

  it('refuses disclosures dated in the future', () => {
    const courseDir = loadFiles(tempDir(), collectedOn('2026-12-08')).courseDir;

    expect(loadCoursePackage(courseDir, '2026-12-07').problems).toEqual([
      {
        file: expect.stringMatching(/disclosures\.yaml$/),
        line: 1,
        message: 'collected: is in the future: give the date the disclosures were collected',
      },
    ]);
  });

  it('refuses a person with neither relationships nor the statement that there are none', () => {
    const files = validCourseFiles();

    expect(loadFiles(tempDir(), edit(files, 'disclosures.yaml', 'relationships: none', 'relationships: []')).problems).toEqual([
      {
        file: 'disclosures.yaml',
        line: lineOf(files['disclosures.yaml'], 'relationships: none'),
        message: expect.stringContaining('people[0].relationships'),
      },
    ]);
  });

  it('refuses a relationship without how it was mitigated', () => {
    const files = validCourseFiles();
    const without = edit(files, 'disclosures.yaml', /\n +mitigation: .*/.exec(files['disclosures.yaml'])![0], '');

    expect(loadFiles(tempDir(), without).problems).toEqual([
      {
        file: 'disclosures.yaml',
        line: lineOf(files['disclosures.yaml'], 'company:'),
        message: 'people[1].relationships[0]: missing field "mitigation"',
      },
    ]);
  });

  it('requires commercial support to be listed or stated as none', () => {
    const files = validCourseFiles();

    expect(loadFiles(tempDir(), edit(files, 'disclosures.yaml', 'commercialSupport: none\n', '')).problems).toEqual([
      { file: 'disclosures.yaml', line: 1, message: 'missing field "commercialSupport"' },
    ]);
  });

  it('refuses a course folder without one', () => {
    const files: Record<string, string> = validCourseFiles();
    delete files['disclosures.yaml'];

    expect(loadFiles(tempDir(), files).problems).toEqual([
      { file: 'disclosures.yaml', line: 1, message: 'disclosures.yaml is missing: every course folder needs one (see FORMAT.md)' },
    ]);
  });

  it('keeps disclosures current for 12 months to the day, and from 29 February to 28 February', () => {
    expect(disclosuresCurrentUntil('2026-12-07')).toBe('2027-12-07');
    expect(disclosuresCurrentUntil('2024-02-29')).toBe('2025-02-28');
  });
});
