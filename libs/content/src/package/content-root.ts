import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ContentProblem } from '../model';
import { problem } from '../problems';
import { loadCoursePackage } from './load-course-package';

/** The course folders under `<root>/courses`, sorted; none when that folder does not exist. */
export function listCourseDirs(root: string): string[] {
  const coursesDir = path.resolve(root, 'courses');
  if (!fs.existsSync(coursesDir)) return [];
  return fs
    .readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(coursesDir, entry.name))
    .sort();
}

/** Every problem in every course under `<root>/courses`. */
export function checkContentRoot(root: string): ContentProblem[] {
  const coursesDir = path.resolve(root, 'courses');
  if (!fs.existsSync(coursesDir)) {
    return [problem(coursesDir, 1, 'no courses folder: courses live in <content root>/courses/<slug>/')];
  }
  return listCourseDirs(root).flatMap((dir) => loadCoursePackage(dir).problems);
}
