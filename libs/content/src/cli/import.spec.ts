import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCoursePackage } from '../package/load-course-package';
import { useTempDirs } from '../testing/course-fixture';
import { recordedOutput } from '../testing/recorded-output';
import { runImport } from './import';

const article = path.join(__dirname, '../../fixtures/articles/botox-chronic-migraine-article.txt');

/** Fills in the draft's TODOs as a reviewer would. */
function writeWhatAPersonWrites(courseDir: string) {
  const rewrite = (file: string, change: (text: string) => string) =>
    fs.writeFileSync(path.join(courseDir, file), change(fs.readFileSync(path.join(courseDir, file), 'utf8')));
  rewrite('source.md', (text) =>
    text
      .replace(/^publisher: TODO.*$/m, 'publisher: Not stated')
      .replace(/^type: TODO.*$/m, 'type: promotional article')
      .replace(/^date: TODO.*$/m, 'date: undated')
      .replace(/^> Appraisal: TODO.*$/gm, '> Appraisal: unsupported. Check it [ref:label].'),
  );
  rewrite('course.yaml', (text) => text.replace(/TODO: /g, ''));
  rewrite('accreditation.yaml', (text) => text.replace(/TODO: /g, ''));
  rewrite('disclosures.yaml', (text) =>
    text.replace(/TODO: /g, '').replace(/^collected: TODO/m, `collected: ${new Date().toISOString().slice(0, 10)}`),
  );
  rewrite('references.yaml', () => '- { id: label, title: Label, publisher: FDA, year: 2023, url: https://example.org, read: 2026-12-07 }\n');
}

describe('the import command', () => {
  const tempDir = useTempDirs();
  const importInto = (out: string, ...extra: string[]) => {
    const output = recordedOutput();
    const code = runImport([article, '--slug', 'botox-chronic-migraine', '--out', out, ...extra], output);
    return { code, output, courseDir: path.join(out, 'botox-chronic-migraine') };
  };

  it('drafts one module per section and no quizzes, certificates on approval', () => {
    const { code, output, courseDir } = importInto(tempDir());

    expect(code).toBe(0);
    expect(output.errors).toEqual([]);
    expect(fs.readdirSync(path.join(courseDir, 'modules'))).toEqual([
      '01-introduction.md',
      '02-background-behind-this-idea.md',
      '03-botox-in-migraine.md',
      '04-any-risks.md',
      '05-summary.md',
    ]);
    expect(fs.existsSync(path.join(courseDir, 'quizzes'))).toBe(false);
    expect(fs.readFileSync(path.join(courseDir, 'course.yaml'), 'utf8')).toContain('issue: approval');
  });

  it('leaves what only a person can write as TODO, which the checks refuse until it is written', () => {
    const { output, courseDir } = importInto(tempDir());
    const passages = 10;

    const todo = output.logged.filter((line) => /^ {2}\S+:\d+: /.test(line));
    expect(output.logged).toContain(`Before this course can ship, write what content:check still refuses (${todo.length}):`);
    expect(todo.filter((line) => line.includes('is not appraised yet'))).toHaveLength(passages);
    expect(todo.filter((line) => !line.includes('is not appraised yet')).map((line) => line.replace(/^.*?:\d+: /, ''))).toEqual([
      'provider.name: still says TODO: write it',
      'statement: still says TODO: write it',
      'credits[0].designation: still says TODO: write it',
      'audience: still says TODO: write it',
      'scope: still says TODO: write it',
      'collected: must be the date collected, YYYY-MM-DD',
      'people[0].name: still says TODO: write it',
      'list at least one reference',
      'publisher: still says TODO: write it',
      expect.stringMatching(/^type: must be one of promotional article, .*; got "TODO"$/),
      'date: must be YYYY-MM-DD, YYYY-MM, YYYY or "undated"',
    ]);

    writeWhatAPersonWrites(courseDir);
    const { package: course, problems } = loadCoursePackage(courseDir);
    expect(problems).toEqual([]);
    expect(course?.source).toMatchObject({ title: 'Botox chronic migraine', origin: 'botox-chronic-migraine-article.txt' });
    expect(course?.modules[2].lessons[0].passageAnchors).toHaveLength(5);
  });

  it('reports the dropped repeats and the advertisement by line', () => {
    const { output } = importInto(tempDir());

    expect(output.logged).toContainEqual(expect.stringContaining('botox-in-migraine-2 (lines 7-9), botox-in-migraine-3 (line 10)'));
    expect(output.logged).toContain('Dropped 15 repeated lines (the first copy is kept):');
    expect(output.logged).toContain('  line 18 repeats line 3 (heading, identical): "Background behind this idea"');
    expect(output.logged).toContain(
      'Dropped the advertisement at lines 32-33 (author box "About the Author:" and what follows):',
    );
  });

  it('writes the same source.md on every run, so anchors stay stable', () => {
    const first = importInto(tempDir());
    const second = importInto(tempDir());

    const read = (dir: string) => fs.readFileSync(path.join(dir, 'source.md'), 'utf8');
    expect(read(second.courseDir)).toBe(read(first.courseDir));
  });

  it('refuses to replace an existing course folder unless forced', () => {
    const out = tempDir();
    importInto(out);
    const edited = path.join(out, 'botox-chronic-migraine', 'modules', '99-kept.md');
    fs.writeFileSync(edited, 'an instructor edit');

    const refused = importInto(out);
    expect(refused.code).toBe(1);
    expect(refused.output.errors[0]).toMatch(/botox-chronic-migraine already exists: pass --force to replace it$/);
    expect(fs.existsSync(edited)).toBe(true);

    expect(importInto(out, '--force').code).toBe(0);
    expect(fs.existsSync(edited)).toBe(false);
  });

  it('rejects a slug that is not lowercase words and hyphens', () => {
    const output = recordedOutput();

    expect(runImport([article, '--slug', 'Botox Migraine'], output)).toBe(1);
    expect(output.errors).toEqual(['--slug "Botox Migraine": use lowercase letters, digits and single hyphens']);
  });
});
