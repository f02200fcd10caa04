import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ListedFile } from '../course/course-file';
import type { ContentProblem } from '../model';
import { problem } from '../problems';

export interface OpenedFile {
  file: string;
  content: string;
}

/**
 * Reads a file that another file of the package names, reporting a missing one on the line
 * that names it. Paths are relative to the course folder and may not leave it.
 */
export function openListedFile(courseDir: string, listedIn: string, listed: ListedFile): OpenedFile | ContentProblem {
  const file = path.resolve(courseDir, listed.path);
  const inside = path.relative(courseDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return problem(listedIn, listed.line, `${listed.path} is outside the course folder`);
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return problem(listedIn, listed.line, `${listed.path} does not exist`);
  }
  return { file, content: fs.readFileSync(file, 'utf8') };
}

export function isProblem(value: OpenedFile | ContentProblem): value is ContentProblem {
  return 'message' in value;
}

/** Every file in the folder, by path relative to it with `/` separators, sorted. */
export function listPackageFiles(courseDir: string): string[] {
  const entries = fs.readdirSync(courseDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(courseDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
