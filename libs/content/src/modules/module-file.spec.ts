import { edit, lineOf, loadFiles, useTempDirs, validCourseFiles } from '../testing/course-fixture';

const moduleFile = 'modules/01-mechanism.md';

describe('module files', () => {
  const tempDir = useTempDirs();
  const problemsAfter = (from: string, to: string) => {
    const files = edit(validCourseFiles(), moduleFile, from, to);
    return { problems: loadFiles(tempDir(), files).problems, line: (at: string) => lineOf(files[moduleFile], at) };
  };

  it('reports malformed YAML in front matter on its line in the Markdown file', () => {
    const { problems } = problemsAfter(
      'title: How botulinum toxin works',
      'title: How botulinum toxin works\nslug: again',
    );

    expect(problems).toEqual([{ file: moduleFile, line: 4, message: 'invalid YAML: Map keys must be unique' }]);
  });

  it('reports front matter that is never closed', () => {
    const { problems } = problemsAfter('quiz: quizzes/01-mechanism.yaml\n---', 'quiz: quizzes/01-mechanism.yaml');

    expect(problems).toEqual([
      { file: moduleFile, line: 1, message: 'front matter is never closed: add a --- line after it' },
    ]);
  });

  it('reports a module file without front matter', () => {
    const files = { ...validCourseFiles(), [moduleFile]: '## What it is {#what-it-is}\n\nText.\n' };

    expect(loadFiles(tempDir(), files).problems).toEqual([
      { file: moduleFile, line: 1, message: 'the file must start with front matter between two --- lines' },
    ]);
  });

  it('reports a front matter field of the wrong type', () => {
    const { problems } = problemsAfter('  - Explain where botulinum toxin comes from.', '  - 42');

    expect(problems).toEqual([{ file: moduleFile, line: 5, message: 'objectives[0]: expected string, got number 42' }]);
  });

  it('reports two lessons with the same slug', () => {
    const { problems, line } = problemsAfter('{#migraine}', '{#what-it-is}');

    expect(problems).toEqual([
      {
        file: moduleFile,
        line: line('How it affects migraine'),
        message: `duplicate lesson slug "what-it-is" (first at line ${line('What botulinum toxin is')})`,
      },
    ]);
  });

  it('reports a lesson heading without a slug', () => {
    const { problems, line } = problemsAfter(' {#migraine}', '');

    expect(problems).toEqual([
      {
        file: moduleFile,
        line: line('How it affects migraine'),
        message: 'a lesson heading needs a slug: ## Title {#lesson-slug}',
      },
    ]);
  });

  it('reports text before the first lesson', () => {
    const { problems, line } = problemsAfter('---\n\n## What', '---\n\nAn introduction.\n\n## What');

    expect(problems).toEqual([
      {
        file: moduleFile,
        line: line('An introduction.'),
        message: 'text before the first lesson: start each lesson with ## Title {#lesson-slug}',
      },
    ]);
  });

  it('reports raw HTML in a lesson, as a block or inline', () => {
    const { problems, line } = problemsAfter(
      'See also [§background-1].',
      'See <em>also</em> [§background-1].\n\n<div class="note">\nA note.\n</div>',
    );

    expect(problems).toEqual([
      { file: moduleFile, line: line('<em>'), message: 'raw HTML is not allowed in lessons: <em>' },
      { file: moduleFile, line: line('<em>'), message: 'raw HTML is not allowed in lessons: </em>' },
      { file: moduleFile, line: line('<div'), message: 'raw HTML is not allowed in lessons: <div class="note">' },
    ]);
  });

  it('reports a citation whose anchor is malformed', () => {
    const { problems, line } = problemsAfter('See also [§background-1].', 'See also [§Background 1].');

    expect(problems).toEqual([
      {
        file: moduleFile,
        line: line('See also'),
        message: 'malformed citation [§Background 1]: passage anchors use lowercase letters, digits and single hyphens',
      },
    ]);
  });

  it('does not start a lesson at a ## line inside a code block', () => {
    const files = edit(
      validCourseFiles(),
      moduleFile,
      'See also [§background-1].',
      'See also [§background-1].\n\n```\n## not a lesson\n```',
    );

    const lessons = loadFiles(tempDir(), files).package?.modules[0].lessons;

    expect(lessons?.map((l) => l.slug)).toEqual(['what-it-is', 'migraine']);
    expect(lessons?.[1].markdown).toContain('## not a lesson');
  });

  it('refuses a lesson citation of a reference that references.yaml does not list', () => {
    const { problems, line } = problemsAfter('CGRP [ref:goadsby-2017]', 'CGRP [ref:goadsby-2016]');

    expect(problems).toEqual([
      {
        file: moduleFile,
        line: line('[ref:goadsby-2016]'),
        message: 'unknown reference "goadsby-2016": references.yaml has no id goadsby-2016',
      },
    ]);
  });

  it('reports a reference citation whose id is malformed', () => {
    const { problems, line } = problemsAfter('CGRP [ref:goadsby-2017]', 'CGRP [ref:Goadsby 2017]');

    expect(problems).toEqual([
      {
        file: moduleFile,
        line: line('[ref:Goadsby 2017]'),
        message: 'malformed citation [ref:Goadsby 2017]: reference ids use lowercase letters, digits and single hyphens',
      },
    ]);
  });
});
