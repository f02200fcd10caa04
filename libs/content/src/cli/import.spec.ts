import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCoursePackage } from '../package/load-course-package';
import { useTempDirs } from '../testing/course-fixture';
import { recordedOutput } from '../testing/recorded-output';
import { runImport } from './import';

const article = path.join(__dirname, '../../fixtures/articles/botox-chronic-migraine-article.txt');

describe('the import command', () => {
  const tempDir = useTempDirs();
  const importInto = (out: string, ...extra: string[]) => {
    const output = recordedOutput();
    const code = runImport([article, '--slug', 'botox-chronic-migraine', '--out', out, ...extra], output);
    return { code, output, courseDir: path.join(out, 'botox-chronic-migraine') };
  };

  it('drafts a package that passes the checks, with one module per section and no quizzes', () => {
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
    const { package: course } = loadCoursePackage(courseDir);
    expect(course?.source).toMatchObject({
      title: 'Botox chronic migraine',
      origin: 'botox-chronic-migraine-article.txt',
    });
    expect(course?.modules[2].lessons[0].passageAnchors).toHaveLength(7);
  });

  it('reports the dropped repeats and the advertisement by line', () => {
    const { output } = importInto(tempDir());

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
