import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

describe('course.yaml', () => {
  const tempDir = useTempDirs();
  const problemsWith = (from: string, to: string) =>
    loadFiles(tempDir(), edit(validCourseFiles(), 'course.yaml', from, to)).problems;

  it('reports malformed YAML on the line where it breaks', () => {
    expect(problemsWith('  requireFinalExam: true', ' requireFinalExam: true')).toEqual([
      { file: 'course.yaml', line: 12, message: expect.stringMatching(/^invalid YAML: /) },
    ]);
  });

  it('reports a missing field on the line of the mapping that lacks it', () => {
    expect(problemsWith('  attestation: I completed this activity myself.\n', '')).toEqual([
      { file: 'course.yaml', line: 13, message: 'certificate: missing field "attestation"' },
    ]);
  });

  it('reports a field of the wrong type', () => {
    expect(problemsWith('creditHours: 0.2', 'creditHours: two')).toEqual([
      { file: 'course.yaml', line: 4, message: 'creditHours: expected number, got "two"' },
    ]);
  });

  it('reports a field the format does not have, so a misspelt field is not ignored', () => {
    expect(problemsWith('summary:', 'sumary:')).toEqual([
      { file: 'course.yaml', line: 1, message: 'missing field "summary"' },
      { file: 'course.yaml', line: 3, message: 'unknown field "sumary"' },
    ]);
  });

  it('accepts credit hours with at most one decimal place', () => {
    expect(problemsWith('creditHours: 0.2', 'creditHours: 1.25')).toEqual([
      { file: 'course.yaml', line: 4, message: 'creditHours: allows at most one decimal place' },
    ]);
  });

  it('reports an unknown certificate issue policy', () => {
    expect(problemsWith('issue: automatic', 'issue: sometimes')).toEqual([
      {
        file: 'course.yaml',
        line: 14,
        message: 'certificate.issue: must be one of automatic, approval; got "sometimes"',
      },
    ]);
  });

  it('requires a final exam when completion requires one', () => {
    const files = edit(validCourseFiles(), 'course.yaml', 'finalExam: quizzes/final-exam.yaml\n', '');

    expect(loadFiles(tempDir(), files).problems).toEqual([
      {
        file: 'course.yaml',
        line: lineOf(files['course.yaml'], 'requireFinalExam'),
        message: 'completion.requireFinalExam: a final exam is required but course.yaml names no finalExam',
      },
    ]);
  });

  it('requires who the course is for and what it does not qualify anyone to do', () => {
    expect(problemsWith('audience: Physicians who treat adults with headache.\n', '')).toEqual([
      { file: 'course.yaml', line: 1, message: 'missing field "audience"' },
    ]);
    expect(problemsWith('scope: Explains treatment choices; does not qualify anyone to inject.\n', '')).toEqual([
      { file: 'course.yaml', line: 1, message: 'missing field "scope"' },
    ]);
  });

  it("refuses a draft's TODO scope", () => {
    expect(problemsWith('scope: Explains', 'scope: TODO say what it')).toEqual([
      { file: 'course.yaml', line: lineOf(validCourseFiles()['course.yaml'], 'scope:'), message: 'scope: still says TODO: write it' },
    ]);
  });
});
