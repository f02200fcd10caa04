import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

const lessonFile = 'modules/01-mechanism.md';

describe('course-wide content rules', () => {
  const tempDir = useTempDirs();
  const lintAfter = (file: string, from: string, to: string) => {
    const files = edit(validCourseFiles(), file, from, to);
    return { ...loadFiles(tempDir(), files).lint, line: (at: string) => lineOf(files[file], at) };
  };
  const addToLesson = (text: string) => lintAfter(lessonFile, 'See also [§background-1].', `See also [§background-1].\n\n${text}`);

  describe('figures in lessons', () => {
    it('warn when a sentence states a figure without a [ref:id]', () => {
      const { warnings, errors, line } = addToLesson('Relief may take 4 weeks. It lasts 12 weeks [ref:botox-pi].');

      expect(errors).toEqual([]);
      expect(warnings).toEqual([
        {
          file: lessonFile,
          line: line('Relief may take'),
          message: '4 without a [ref:id] in the same sentence or list item: cite where the figure comes from',
        },
      ]);
    });

    it('warn for a list item without a [ref:id], not for one with it', () => {
      const { warnings, line } = addToLesson('- 155 units [ref:botox-pi]\n- 31 to 39 sites\n');

      expect(warnings).toEqual([
        {
          file: lessonFile,
          line: line('31 to 39 sites'),
          message: '31, 39 without a [ref:id] in the same sentence or list item: cite where the figure comes from',
        },
      ]);
    });

    it('accept a citation written after the full stop, and names with digits such as ICHD-3', () => {
      expect(addToLesson('The label gives 155 units. [ref:botox-pi] ICHD-3 defines it.').warnings).toEqual([]);
    });
  });

  it('warns about a reference that nothing cites', () => {
    const extra = '- id: unused\n  title: Unused\n  publisher: Nobody\n  year: 2020\n  url: https://example.org\n  read: 2026-12-01\n';
    const { warnings, line } = lintAfter('references.yaml', '- id: ichd-3', `${extra}- id: ichd-3`);

    expect(warnings).toEqual([
      { file: 'references.yaml', line: line('id: unused'), message: 'reference unused is never cited: cite it or remove it' },
    ]);
  });
});
