import { edit, fixtureSlug, lineOf, useTempDirs, validCourseFiles, writeCourse } from '../testing/course-fixture';
import { recordedOutput } from '../testing/recorded-output';
import { runCheck } from './check';

const estimate = 'estimated 11 min (37 lesson words at 175 words/min + 7 questions at 90 s), supporting at most 0.2 credit hours';

describe('the check command', () => {
  const tempDir = useTempDirs();

  it('prints each problem as file:line: message relative to the working directory, then a summary, and fails', () => {
    const root = tempDir();
    let files = edit(validCourseFiles(), 'quizzes/01-mechanism.yaml', 'passingScore: 80', 'passingScore: 101');
    files = edit(files, 'modules/02-treatment.md', '[§candidates]', '[§candidate]');
    writeCourse(root, files);
    writeCourse(root, validCourseFiles(), 'second-course');
    jest.spyOn(process, 'cwd').mockReturnValue(root);
    const output = recordedOutput();

    const code = runCheck([root], output);

    const course = `courses/${fixtureSlug}`;
    expect(output.logged).toEqual([
      `${course}/modules/02-treatment.md:${lineOf(files['modules/02-treatment.md'], '[§candidate]')}: unknown passage anchor "candidate": source.md has no [§candidate]`,
      `${course}/quizzes/01-mechanism.yaml:3: passingScore: must be between 0 and 100`,
      'courses/second-course/course.yaml:1: slug "migraine-basics" must equal the folder name "second-course"',
      '2 courses checked: 3 errors, 0 warnings',
    ]);
    expect(code).toBe(1);
  });

  it('prints warnings and the learning-time estimate, and succeeds when there are only warnings', () => {
    const root = tempDir();
    const files = edit(validCourseFiles(), 'course.yaml', 'creditHours: 0.2', 'creditHours: 1');
    writeCourse(root, files);
    jest.spyOn(process, 'cwd').mockReturnValue(root);
    const output = recordedOutput();

    expect(runCheck([root], output)).toBe(0);
    const course = `courses/${fixtureSlug}`;
    expect(output.logged).toEqual([
      `${course}/course.yaml:4: warning: creditHours 1 (60 min) is more than a quarter above the estimated learning time: ${estimate}`,
      `${course}: ${estimate}; creditHours 1`,
      '1 course checked: 0 errors, 1 warning',
    ]);
  });

  it('succeeds when every course is valid', () => {
    const root = tempDir();
    writeCourse(root, validCourseFiles());
    const output = recordedOutput();

    expect(runCheck([root], output)).toBe(0);
    expect(output.logged[1]).toBe('1 course checked: 0 errors, 0 warnings');
  });

  it('fails when the content root has no courses folder', () => {
    const output = recordedOutput();

    expect(runCheck([tempDir()], output)).toBe(1);
    expect(output.logged[0]).toMatch(/courses:1: no courses folder/);
  });
});
