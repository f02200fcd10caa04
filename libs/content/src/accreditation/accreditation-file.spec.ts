import { accreditedCourseFiles, amaDesignation } from '../testing/accredited-fixture';
import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

describe('accreditation.yaml', () => {
  const tempDir = useTempDirs();
  const problemsWith = (from: string, to: string, files = validCourseFiles()) =>
    loadFiles(tempDir(), edit(files, 'accreditation.yaml', from, to)).problems;

  it('loads a provider that is not accredited, offering a certificate of participation', () => {
    const { package: course, problems } = loadFiles(tempDir(), validCourseFiles());

    expect(problems).toEqual([]);
    expect(course?.accreditation).toEqual({
      provider: 'An open-source training project',
      accredited: false,
      statement: 'The provider is not accredited to award continuing education credit.',
      format: 'ENDURING_MATERIAL',
      activityId: 'migraine-basics-2026',
      credits: [
        { type: 'PARTICIPATION', maximum: 0.2, designation: 'A certificate of participation states the hours of the activity.' },
      ],
    });
  });

  it('loads an accredited activity designated for AMA PRA Category 1 Credit', () => {
    const { package: course, problems } = loadFiles(tempDir(), accreditedCourseFiles());

    expect(problems).toEqual([]);
    expect(course?.accreditation.credits).toEqual([
      { type: 'AMA_PRA_CATEGORY_1', maximum: 1, designation: amaDesignation },
      { type: 'NURSING_CONTACT_HOURS', maximum: 1, designation: 'This activity is approved for 1 nursing contact hour.' },
    ]);
  });

  it('refuses an AMA designation without the wording the AMA requires', () => {
    const files = accreditedCourseFiles();
    const problems = problemsWith('Physicians should claim only', 'Physicians may claim', files);

    expect(problems).toEqual([
      {
        file: 'accreditation.yaml',
        line: lineOf(files['accreditation.yaml'], 'designation:'),
        message: expect.stringMatching(/^credits\[0\]\.designation: must read "\.\.\. designates this enduring material/),
      },
    ]);
  });

  it('refuses an AMA designation whose credits differ from the maximum', () => {
    const files = accreditedCourseFiles();

    expect(problemsWith('a maximum of 1 AMA', 'a maximum of 2 AMA', files)).toEqual([
      {
        file: 'accreditation.yaml',
        line: lineOf(files['accreditation.yaml'], 'designation:'),
        message: 'credits[0].designation: names 2 credits but maximum is 1',
      },
    ]);
  });

  it('refuses credit other than participation from a provider that is not accredited', () => {
    const files = validCourseFiles();

    expect(problemsWith('type: participation', 'type: pharmacy', files)).toEqual([
      {
        file: 'accreditation.yaml',
        line: lineOf(files['accreditation.yaml'], 'type:'),
        message: 'credits[0].type: a provider that is not accredited can offer only participation',
      },
    ]);
  });

  it("refuses a maximum above the course's credit hours", () => {
    const files = validCourseFiles();

    expect(problemsWith('maximum: 0.2', 'maximum: 0.5', files)).toEqual([
      {
        file: 'accreditation.yaml',
        line: lineOf(files['accreditation.yaml'], 'maximum:'),
        message: "credits[0].maximum: 0.5 is more than the course's creditHours (0.2)",
      },
    ]);
  });

  it('refuses a course folder without one', () => {
    const files: Record<string, string> = validCourseFiles();
    delete files['accreditation.yaml'];

    expect(loadFiles(tempDir(), files).problems).toEqual([
      { file: 'accreditation.yaml', line: 1, message: 'accreditation.yaml is missing: every course folder needs one (see FORMAT.md)' },
    ]);
  });
});
