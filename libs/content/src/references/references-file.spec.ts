import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

const file = 'references.yaml';

describe('references.yaml', () => {
  const tempDir = useTempDirs();
  const load = (from: string, to: string) => {
    const files = edit(validCourseFiles(), file, from, to);
    return { ...loadFiles(tempDir(), files), line: (at: string, n?: number) => lineOf(files[file], at, n) };
  };

  it('requires a title, a publisher or journal, a year and the date read', () => {
    const { problems } = load('  publisher: AbbVie\n', '');

    expect(problems).toEqual([{ file, line: 1, message: '[0]: missing field "publisher"' }]);
  });

  it('requires an identifier or a url, and accepts either alone', () => {
    const { problems } = load('  url: https://www.rxabbvie.com/pdf/botox_pi.pdf\n', '');

    expect(problems).toEqual([{ file, line: 1, message: '[0]: give an identifier (DOI, PMID...), a url, or both' }]);
    expect(load('', '').problems).toEqual([]);
  });

  it('refuses a url that is not an http(s) address', () => {
    const { problems, line } = load('https://www.rxabbvie.com/pdf/botox_pi.pdf', 'javascript:alert(1)');

    expect(problems).toEqual([{ file, line: line('javascript'), message: '[0].url: must be an http(s) address' }]);
  });

  it.each(['2026-13-01', '07/12/2026', 'December 2026'])('refuses the read date %s', (date) => {
    const { problems, line } = load('read: 2026-12-06', `read: ${date}`);

    expect(problems).toEqual([
      { file, line: line(`read: ${date}`), message: '[2].read: must be the date read, YYYY-MM-DD' },
    ]);
  });

  it('refuses two references with the same id', () => {
    const { problems, line } = load('- id: ichd-3', '- id: botox-pi');

    expect(problems).toContainEqual({
      file,
      line: line('id: botox-pi', 2),
      message: 'duplicate reference id "botox-pi" (first at line 1)',
    });
  });

  it('refuses an empty list', () => {
    const files = { ...validCourseFiles(), [file]: '[]\n' };

    expect(loadFiles(tempDir(), files).problems).toContainEqual({
      file,
      line: 1,
      message: 'list at least one reference',
    });
  });

  it('is named in course.yaml, and a missing file is reported there', () => {
    const files = validCourseFiles();
    delete files[file];

    expect(loadFiles(tempDir(), files).problems).toEqual([
      { file: 'course.yaml', line: lineOf(files['course.yaml'], 'references:'), message: 'references.yaml does not exist' },
    ]);
  });

  it('refuses a read date in the future, and a year after the date read', () => {
    const future = load('read: 2026-12-06', 'read: 2999-01-01');
    const late = load('  year: 2017', '  year: 2030');

    expect(future.problems).toEqual([
      { file, line: future.line('read: 2999'), message: '[2].read: is in the future: give the date it was read' },
    ]);
    expect(late.problems).toEqual([{ file, line: late.line('year: 2030'), message: '[2].year: is after the date it was read' }]);
  });
});
