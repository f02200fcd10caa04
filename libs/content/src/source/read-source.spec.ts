import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';
import { readSource } from './read-source';
import { writeSource } from './write-source';

describe('source.md', () => {
  const tempDir = useTempDirs();
  const problemsAfter = (from: string, to: string) => {
    const files = edit(validCourseFiles(), 'source.md', from, to);
    return {
      problems: loadFiles(tempDir(), files).problems,
      line: (at: string, n?: number) => lineOf(files['source.md'], at, n),
    };
  };

  it('reports two passages with the same anchor', () => {
    const { problems, line } = problemsAfter('[§injection-points]', '[§background-1]');

    const fixture = validCourseFiles();
    const unknown = 'unknown passage anchor "injection-points": source.md has no [§injection-points]';
    // The renamed passage is gone, so what cited it is reported too.
    expect(problems).toEqual([
      {
        file: 'modules/02-treatment.md',
        line: lineOf(fixture['modules/02-treatment.md'], '[§injection-points]'),
        message: unknown,
      },
      {
        file: 'quizzes/01-mechanism.yaml',
        line: lineOf(fixture['quizzes/01-mechanism.yaml'], 'passage: injection-points'),
        message: unknown,
      },
      {
        file: 'quizzes/final-exam.yaml',
        line: lineOf(fixture['quizzes/final-exam.yaml'], 'passage: injection-points'),
        message: unknown,
      },
      {
        file: 'source.md',
        line: line('[§background-1]', 2),
        message: `duplicate passage anchor "background-1" (first at line ${line('[§background-1]')})`,
      },
    ]);
  });

  it('reports a paragraph without an anchor', () => {
    const { problems, line } = problemsAfter('## Treatment\n', '## Treatment\n\nAn unanchored paragraph.\n');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('An unanchored'),
        message: 'a passage must start with its anchor: [§anchor] text',
      },
    ]);
  });

  it('reports a passage before the first section heading', () => {
    const { problems } = problemsAfter(
      '---\n\n## Background',
      '---\n\n[§preface] Before any section.\n\n## Background',
    );

    expect(problems).toEqual([{ file: 'source.md', line: 6, message: 'passage before the first ## section heading' }]);
  });

  it('reads back what it writes', () => {
    const document = {
      title: 'A title: with a colon',
      origin: 'article.txt',
      passages: [
        { anchor: 'intro-1', section: 'Introduction', text: 'First.' },
        { anchor: 'intro-2', section: 'Introduction', text: 'Second.' },
        { anchor: 'risks-1', section: 'Any risks?', text: 'Rare.' },
      ],
    };

    const { source, problems } = readSource('source.md', writeSource(document));

    expect(problems).toEqual([]);
    expect(source?.document).toEqual(document);
  });
});
