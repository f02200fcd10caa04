import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

describe('the learning-time estimate', () => {
  const tempDir = useTempDirs();

  it('adds lesson words at 175 a minute to 90 seconds for each question asked', () => {
    const course = loadFiles(tempDir(), validCourseFiles()).package;

    // 37 lesson words and 7 questions asked (5 + one drawn from each single-question pool).
    expect(course?.estimatedMinutes).toBe(Math.ceil(37 / 175 + (7 * 90) / 60));
  });

  it('counts words, not citations, and one more minute per 175 words', () => {
    const words = Array.from({ length: 175 }, () => 'word').join(' ');
    const files = edit(validCourseFiles(), 'modules/01-mechanism.md', 'See also', `${words} [ref:goadsby-2017] [§background-1]\n\nSee also`);

    expect(loadFiles(tempDir(), files).package?.estimatedMinutes).toBe(Math.ceil((37 + 175) / 175 + (7 * 90) / 60));
  });

  it('warns when creditHours is more than a quarter above the estimate, on its line', () => {
    const files = edit(validCourseFiles(), 'course.yaml', 'creditHours: 0.2', 'creditHours: 0.3');

    expect(loadFiles(tempDir(), files).lint.warnings).toEqual([
      {
        file: 'course.yaml',
        line: lineOf(files['course.yaml'], 'creditHours'),
        message:
          'creditHours 0.3 (18 min) is more than a quarter above the estimated learning time: estimated 11 min (37 lesson words at 175 words/min + 7 questions at 90 s), supporting at most 0.2 credit hours',
      },
    ]);
  });

  it('accepts credit within a quarter of the estimate', () => {
    expect(loadFiles(tempDir(), validCourseFiles()).lint.warnings).toEqual([]);
  });
});
