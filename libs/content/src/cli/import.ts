import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { draftCourseFiles } from '../importer/draft-course';
import { importArticle } from '../importer/import-article';
import { describeImport } from '../importer/import-report';
import { loadCoursePackage } from '../package/load-course-package';
import { formatProblem } from '../problems';
import { slugPattern, slugRule } from '../slugs';
import type { CommandOutput } from './output';

const usage = 'usage: import <article.txt> --slug <slug> [--title <title>] [--out content/courses] [--force]';

/** Drafts a course package from a plain-text article; returns the exit code. */
export function runImport(args: string[], output: CommandOutput): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string', default: path.join('content', 'courses') },
        force: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    output.error(`${(error as Error).message}\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [articlePath] = positionals;
  if (positionals.length !== 1 || !values.slug) {
    output.error(usage);
    return 1;
  }
  if (!slugPattern.test(values.slug)) {
    output.error(`--slug "${values.slug}": ${slugRule}`);
    return 1;
  }
  if (!fs.existsSync(articlePath)) {
    output.error(`${articlePath}: no such file`);
    return 1;
  }
  const courseDir = path.resolve(values.out, values.slug);
  if (fs.existsSync(courseDir) && !values.force) {
    output.error(`${path.relative(process.cwd(), courseDir)} already exists: pass --force to replace it`);
    return 1;
  }

  const imported = importArticle(fs.readFileSync(articlePath, 'utf8'));
  const files = draftCourseFiles(imported, {
    slug: values.slug,
    title: values.title ?? titleFromSlug(values.slug),
    origin: path.basename(articlePath),
  });
  fs.rmSync(courseDir, { recursive: true, force: true });
  for (const [relative, content] of files) {
    fs.mkdirSync(path.dirname(path.join(courseDir, relative)), { recursive: true });
    fs.writeFileSync(path.join(courseDir, relative), content);
  }

  describeImport(imported).forEach((line) => output.log(line));
  output.log(`Wrote ${path.relative(process.cwd(), courseDir) || '.'}: ${[...files.keys()].join(', ')}`);
  // A draft is refused until a person writes what only a person can (provenance, appraisals,
  // references, audience, scope): list what is left so the reviewer has a to-do list.
  const { problems } = loadCoursePackage(courseDir);
  if (problems.length > 0) {
    output.log(`Before this course can ship, write what content:check still refuses (${problems.length}):`);
    problems.forEach((p) => output.log(`  ${formatProblem(p)}`));
  }
  return 0;
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

if (require.main === module) process.exitCode = runImport(process.argv.slice(2), console);
