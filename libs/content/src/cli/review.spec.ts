import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCoursePackage } from '../package/load-course-package';
import { citedSources } from '../reviews/cited-sources';
import { edit, fixtureSlug, lineOf, useTempDirs, validCourseFiles, writeCourse, type CourseFiles } from '../testing/course-fixture';
import { recordedOutput } from '../testing/recorded-output';
import { runCheck } from './check';
import { runReview } from './review';

const note = ['--note', 'Checked the lesson against the corrected passage.'];
const changedBackground: [string, string, string] = ['source.md', 'produced by Clostridium botulinum', 'made by Clostridium botulinum'];

describe('reviewing what cites a changed passage or reference', () => {
  const tempDir = useTempDirs();
  /** A course whose record was written by `--sources`, then the files edited; returns its folder. */
  const recordedCourse = (...edits: [string, string, string][]) => {
    const root = tempDir();
    const courseDir = writeCourse(root, validCourseFiles());
    expect(review(courseDir, '--sources', '--by', 'Course team', ...note)).toBe(0);
    let files: CourseFiles = validCourseFiles();
    for (const [file, from, to] of edits) files = edit(files, file, from, to);
    writeCourse(root, files);
    jest.spyOn(process, 'cwd').mockReturnValue(root);
    return { root, courseDir, files };
  };
  const review = (courseDir: string, ...args: string[]) => runReview([courseDir, ...args], recordedOutput(), '2026-12-08');
  const check = (root: string) => {
    const output = recordedOutput();
    return { code: runCheck([root], output), logged: output.logged };
  };
  const course = `courses/${fixtureSlug}`;

  it('finds nothing to review in a course just recorded', () => {
    const { root } = recordedCourse();
    expect(check(root)).toEqual({ code: 0, logged: [expect.stringContaining('estimated'), '1 course checked: 0 errors, 0 warnings'] });
  });

  it('lists exactly the lessons and questions citing a changed passage, on their lines, without failing', () => {
    const { root, files } = recordedCourse(changedBackground);
    const lesson = files['modules/01-mechanism.md'];
    const quiz = files['quizzes/01-mechanism.yaml'];
    const since = 'cites passage background-1, which changed since it was last reviewed (Course team, 2026-12-08)';

    const { code, logged } = check(root);

    expect(code).toBe(0);
    expect(logged.filter((line) => line.includes('needs review'))).toEqual([
      `${course}/modules/01-mechanism.md:${lineOf(lesson, '*Clostridium botulinum* [§background-1]')}: needs review: lesson what-it-is ${since}`,
      `${course}/modules/01-mechanism.md:${lineOf(lesson, 'See also [§background-1]')}: needs review: lesson migraine ${since}`,
      `${course}/quizzes/01-mechanism.yaml:${lineOf(quiz, 'passage: background-1')}: needs review: question mechanism-quiz/toxin-source ${since}`,
      `${course}/quizzes/01-mechanism.yaml:${lineOf(quiz, 'passage: background-1', 2)}: needs review: question mechanism-quiz/organism-name ${since}`,
    ]);
    expect(logged.at(-1)).toBe('1 course checked: 0 errors, 0 warnings, 4 citations to review');
  });

  it('flags the lessons and questions citing a reference whose fields changed, and a passage whose appraisal changed', () => {
    const { root } = recordedCourse(
      ['references.yaml', 'read: 2026-12-06', 'read: 2026-12-07'],
      ['source.md', '> Appraisal: consistent.', '> Appraisal: unsupported. Nothing supports it [ref:botox-pi].'],
    );

    const flagged = check(root).logged.filter((line) => line.includes('needs review')).map((line) => line.replace(/^.*needs review: (.*), which.*$/, '$1'));

    expect(flagged).toEqual([
      'lesson what-it-is cites passage background-1',
      'lesson migraine cites passage background-1',
      'lesson migraine cites reference goadsby-2017',
      'question mechanism-quiz/toxin-source cites passage background-1',
      'question mechanism-quiz/serotonin cites reference goadsby-2017',
      'question mechanism-quiz/organism-name cites passage background-1',
    ]);
  });

  it('clears an item once its review is recorded, and the changed passage once every item citing it is reviewed', () => {
    const { root, courseDir } = recordedCourse(changedBackground);
    const recordFile = path.join(courseDir, 'reviewed-citations.yaml');
    const recordedPrint = () => /background-1: ([0-9a-f]{16})/.exec(fs.readFileSync(recordFile, 'utf8'))![1];
    const before = recordedPrint();

    expect(review(courseDir, '--lesson', 'what-it-is', '--by', 'Dr Ada Reviewer', ...note)).toBe(0);
    expect(check(root).logged.at(-1)).toMatch(/3 citations to review$/);
    expect(fs.readFileSync(recordFile, 'utf8')).toContain(
      `  - lesson: what-it-is\n    passage: background-1\n    fingerprint: ${currentPrint(courseDir)}\n    by: Dr Ada Reviewer\n    on: 2026-12-08\n    note: Checked the lesson against the corrected passage.\n`,
    );
    expect(recordedPrint()).toBe(before);

    for (const item of [['--lesson', 'migraine'], ['--question', 'mechanism-quiz/toxin-source'], ['--question', 'mechanism-quiz/organism-name']]) {
      expect(review(courseDir, ...item, '--by', 'Dr Ada Reviewer', ...note)).toBe(0);
    }
    expect(check(root).logged.at(-1)).toBe('1 course checked: 0 errors, 0 warnings');
    expect(recordedPrint()).toBe(currentPrint(courseDir));
  });

  it('does not flag a lesson written against a passage after its change was reviewed everywhere', () => {
    const { root, courseDir, files } = recordedCourse(['source.md', 'There are 31 to 39', 'There are up to 39']);
    for (const item of [['--lesson', 'candidates'], ['--question', 'mechanism-quiz/injection-points'], ['--question', 'final-exam/headache-days']]) {
      expect(review(courseDir, ...item, '--by', 'Dr Ada Reviewer', ...note)).toBe(0);
    }
    writeCourse(root, edit(files, 'modules/01-mechanism.md', 'See also [§background-1].', 'See also [§background-1] and [§injection-points].'));

    expect(check(root).logged.at(-1)).toBe('1 course checked: 0 errors, 0 warnings');
  });

  it('refuses a review of an item with nothing changed, of an unknown item, and without a name or a real note', () => {
    const { courseDir } = recordedCourse(changedBackground);
    const refusal = (...args: string[]) => {
      const output = recordedOutput();
      return { code: runReview([courseDir, ...args], output, '2026-12-08'), error: output.errors.join('\n') };
    };

    expect(refusal('--lesson', 'candidates', '--by', 'A', ...note)).toEqual({ code: 1, error: 'lesson candidates cites nothing that changed since it was last reviewed' });
    expect(refusal('--lesson', 'no-such-lesson', '--by', 'A', ...note)).toEqual({ code: 1, error: 'lesson no-such-lesson does not exist or cites no passage or reference' });
    expect(refusal('--question', 'mechanism-quiz', '--by', 'A', ...note).error).toMatch(/^--question: write <quiz slug>\/<question id>/);
    expect(refusal('--lesson', 'what-it-is', ...note).error).toMatch(/^--by: name who reviewed/);
    expect(refusal('--lesson', 'what-it-is', '--by', 'A', '--note', 'ok').error).toMatch(/^--note: say in a sentence what was checked/);
    expect(fs.readFileSync(path.join(courseDir, 'reviewed-citations.yaml'), 'utf8')).not.toContain('reviews:\n  -');
  });

  it('lists what needs review, item by item', () => {
    const { courseDir } = recordedCourse(changedBackground);
    const output = recordedOutput();

    expect(runReview([courseDir], output)).toBe(0);

    expect(output.logged).toEqual([
      'lesson what-it-is needs review: passage background-1 (last reviewed: Course team, 2026-12-08)',
      'lesson migraine needs review: passage background-1 (last reviewed: Course team, 2026-12-08)',
      'question mechanism-quiz/toxin-source needs review: passage background-1 (last reviewed: Course team, 2026-12-08)',
      'question mechanism-quiz/organism-name needs review: passage background-1 (last reviewed: Course team, 2026-12-08)',
      '4 lessons and questions need review',
    ]);
  });

  it('warns about a reference the record lacks until a review records it, and about a review of a citation that is gone', () => {
    const extra = '- id: unused\n  title: Unused\n  publisher: Nobody\n  year: 2020\n  url: https://example.org\n  read: 2026-12-01\n';
    const { root, courseDir, files } = recordedCourse(changedBackground, ['references.yaml', '- id: ichd-3', `${extra}- id: ichd-3`], ['modules/01-mechanism.md', 'It does not act', 'It cites [ref:unused] and does not act']);
    const warnings = () => check(root).logged.filter((line) => line.includes(': warning:'));
    expect(warnings()).toEqual([
      `${course}/references.yaml:${lineOf(files['references.yaml'], 'id: unused')}: warning: reference unused is not in reviewed-citations.yaml, so a change to it would not be flagged: record it with npm run content:review -- <course folder> --sources`,
    ]);

    expect(review(courseDir, '--lesson', 'what-it-is', '--by', 'Dr Ada Reviewer', ...note)).toBe(0);
    writeCourse(root, edit(files, 'modules/01-mechanism.md', '*Clostridium botulinum* [§background-1]', '*Clostridium botulinum*'));

    expect(warnings()).toEqual([
      `${course}/reviewed-citations.yaml:${lineOf(fs.readFileSync(path.join(courseDir, 'reviewed-citations.yaml'), 'utf8'), '- lesson: what-it-is')}: warning: lesson what-it-is no longer cites passage background-1: the next content:review drops this review`,
    ]);
    expect(review(courseDir, '--lesson', 'migraine', '--by', 'Dr Ada Reviewer', ...note)).toBe(0);
    expect(warnings()).toEqual([]);
  });

  it('leaves the content hash alone, so a recorded review makes no new course version', () => {
    const { courseDir } = recordedCourse(changedBackground);
    const before = loadCoursePackage(courseDir).package!.contentHash;
    expect(review(courseDir, '--lesson', 'what-it-is', '--by', 'Dr Ada Reviewer', ...note)).toBe(0);
    expect(loadCoursePackage(courseDir).package!.contentHash).toBe(before);
  });

  it('refuses a malformed record as a problem of the package', () => {
    const { courseDir } = recordedCourse();
    const recordFile = path.join(courseDir, 'reviewed-citations.yaml');
    const review = '  - lesson: what-it-is\n    question: mechanism-quiz/toxin-source\n    passage: background-1\n    fingerprint: nothex\n    by: A\n    on: 2026-12-08\n    note: Checked it against the source.\n';
    fs.writeFileSync(recordFile, fs.readFileSync(recordFile, 'utf8').replace('reviews: []\n', `reviews:\n${review}`));

    const messages = loadCoursePackage(courseDir).problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);

    const line = lineOf(fs.readFileSync(recordFile, 'utf8'), 'fingerprint: nothex');
    expect(messages).toEqual([
      `reviewed-citations.yaml:${line - 3}: reviews[0]: name either a lesson or a question`,
      `reviewed-citations.yaml:${line}: reviews[0].fingerprint: must be a fingerprint of 16 hex digits (npm run content:review writes them)`,
    ]);
  });
});

function currentPrint(courseDir: string): string {
  return citedSources(loadCoursePackage(courseDir).package!).find((source) => source.key === 'background-1')!.fingerprint;
}
