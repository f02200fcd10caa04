import type { PassageAppraisal, SourceDocument } from '../model';
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
    const { problems, line } = problemsAfter(
      '---\n\n## Background',
      '---\n\n[§preface] Before any section.\n\n> Appraisal: consistent.\n\n## Background',
    );

    expect(problems).toEqual([
      { file: 'source.md', line: line('[§preface]'), message: 'passage before the first ## section heading' },
    ]);
  });

  it('reads back what it writes, appraisals included', () => {
    const consistent: PassageAppraisal = { verdict: 'CONSISTENT', correction: null, referenceIds: [] };
    const document: SourceDocument = {
      title: 'A title: with a colon',
      origin: 'article.txt',
      provenance: { publisher: 'Not stated (a vendor)', type: 'promotional article', date: '2019-03' },
      passages: [
        { anchor: 'intro-1', section: 'Introduction', text: 'First.', appraisal: consistent },
        { anchor: 'intro-2', section: 'Introduction', text: 'Second.', appraisal: consistent },
        {
          anchor: 'risks-1',
          section: 'Any risks?',
          text: 'Rare.',
          appraisal: {
            verdict: 'INCORRECT',
            correction: 'Neck pain is common [ref:botox-pi].\nSee the *label* [ref:botox-pi] [ref:ichd-3].',
            referenceIds: ['botox-pi', 'ichd-3'],
          },
        },
      ],
    };

    const { source, problems } = readSource('source.md', writeSource(document));

    expect(problems).toEqual([]);
    expect(source?.document).toEqual(document);
  });
});

describe('source.md provenance', () => {
  const tempDir = useTempDirs();
  const problemsAfter = (from: string, to: string) =>
    loadFiles(tempDir(), edit(validCourseFiles(), 'source.md', from, to)).problems;

  it('requires who published the source, what kind of text it is and when', () => {
    expect(problemsAfter("publisher: Not stated (a training vendor's website)\n", '')).toEqual([
      { file: 'source.md', line: 2, message: 'missing field "publisher"' },
    ]);
  });

  it('refuses a type outside the list', () => {
    expect(problemsAfter('type: promotional article', 'type: blog')).toEqual([
      {
        file: 'source.md',
        line: 5,
        message:
          'type: must be one of promotional article, review article, news article, guideline, trial report, textbook, other; got "blog"',
      },
    ]);
  });

  it.each(['2019', '2019-03', '2019-03-31', 'undated'])('accepts the date %s', (date) => {
    expect(problemsAfter('date: undated', `date: ${date}`)).toEqual([]);
  });

  it.each(['2019-02-30', 'March 2019', 'unknown'])('refuses the date %s', (date) => {
    expect(problemsAfter('date: undated', `date: ${date}`)).toEqual([
      { file: 'source.md', line: 6, message: 'date: must be YYYY-MM-DD, YYYY-MM, YYYY or "undated"' },
    ]);
  });

  it("refuses a draft's TODO publisher", () => {
    expect(problemsAfter("publisher: Not stated (a training vendor's website)", 'publisher: TODO # who')).toEqual([
      { file: 'source.md', line: 4, message: 'publisher: still says TODO: write it' },
    ]);
  });
});
