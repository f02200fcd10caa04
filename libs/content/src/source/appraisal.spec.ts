import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

describe('passage appraisals in source.md', () => {
  const tempDir = useTempDirs();
  const load = (from: string, to: string) => {
    const files = edit(validCourseFiles(), 'source.md', from, to);
    const loaded = loadFiles(tempDir(), files);
    return { ...loaded, line: (at: string, n?: number) => lineOf(files['source.md'], at, n) };
  };

  it('reads every verdict with its correction and the references it cites', () => {
    const { package: course } = load('> Appraisal: consistent.', '> Appraisal: promotional. Marketing [ref:botox-pi].');

    expect(course?.source.passages.map((p) => [p.anchor, p.appraisal.verdict, p.appraisal.referenceIds])).toEqual([
      ['background-1', 'PROMOTIONAL', ['botox-pi']],
      ['migraine-mediation', 'OUTDATED', ['goadsby-2017']],
      ['injection-points', 'INCORRECT', ['botox-pi']],
      ['candidates', 'INCORRECT', ['ichd-3']],
    ]);
    expect(course?.source.passages[0].appraisal.correction).toBe('Marketing [ref:botox-pi].');
  });

  it('refuses a passage without an appraisal', () => {
    const { problems, line } = load('\n> Appraisal: consistent.\n', '');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('[§background-1]'),
        message:
          'passage background-1 has no appraisal: follow it with "> Appraisal: <verdict>. <correction> [ref:id]"',
      },
    ]);
  });

  it("refuses the importer's TODO placeholder, so a draft cannot ship unappraised", () => {
    const { problems, line } = load('> Appraisal: consistent.', '> Appraisal: TODO (consistent | outdated ...)');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('> Appraisal: TODO'),
        message:
          'passage background-1 is not appraised yet: replace TODO with consistent | outdated | incorrect | unsupported | promotional and a correction',
      },
    ]);
  });

  it('refuses an unknown verdict', () => {
    const { problems, line } = load('> Appraisal: consistent.', '> Appraisal: dubious. Hmm [ref:botox-pi].');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('dubious'),
        message:
          'passage background-1: appraisal verdict "dubious" must be one of consistent | outdated | incorrect | unsupported | promotional',
      },
    ]);
  });

  it('refuses a verdict other than consistent without a correction', () => {
    const { problems, line } = load('> Appraisal: consistent.', '> Appraisal: unsupported.');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('unsupported'),
        message: 'passage background-1 is appraised unsupported: write the correction after the verdict',
      },
    ]);
  });

  it('refuses a correction that cites no reference', () => {
    const { problems, line } = load('> and CGRP [ref:goadsby-2017].', '> and CGRP.');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('Appraisal: outdated'),
        message: 'the appraisal of migraine-mediation must cite at least one reference as [ref:id]',
      },
    ]);
  });

  it('refuses a citation of a reference that references.yaml does not list, on its line', () => {
    const { problems, line } = load('> and CGRP [ref:goadsby-2017].', '> and CGRP [ref:goadsby-2018].');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('goadsby-2018'),
        message: 'unknown reference "goadsby-2018": references.yaml has no id goadsby-2018',
      },
    ]);
  });

  it('refuses a second appraisal of one passage', () => {
    const { problems, line } = load(
      '> Appraisal: consistent.\n',
      '> Appraisal: consistent.\n\n> Appraisal: outdated. Old [ref:ichd-3].\n',
    );

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('Old [ref:ichd-3]'),
        message: 'a passage has exactly one appraisal: merge this block quote into the one above',
      },
    ]);
  });

  it('refuses a block quote that follows no passage', () => {
    const { problems, line } = load('## Treatment\n', '## Treatment\n\n> Appraisal: consistent.\n');

    expect(problems).toEqual([
      {
        file: 'source.md',
        line: line('> Appraisal: consistent.', 2),
        message: 'an appraisal block quote must follow the passage it appraises',
      },
    ]);
  });

  it('reads an appraisal written right under its passage, without a blank line', () => {
    const { package: course } = load('', '');

    expect(course?.source.passages[3].appraisal.verdict).toBe('INCORRECT');
  });
});
