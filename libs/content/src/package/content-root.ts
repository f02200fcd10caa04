import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ContentProblem } from '../model';
import { problem, sortProblems } from '../problems';
import { describeLearningTime } from './learning-time';
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

export interface CourseCheck {
  courseDir: string;
  /** Structural problems and item-writing errors: either fails the check. */
  errors: ContentProblem[];
  warnings: ContentProblem[];
  /** Citations whose lesson or question must be checked against a changed passage or reference: listed, not failed. */
  needsReview: ContentProblem[];
  /** How long the course takes and what credit that supports; null when the package did not load. */
  learningTime: string | null;
}

/** Checks every course under `<root>/courses`; a missing courses folder is an error of its own. */
export function checkContentRoot(root: string): CourseCheck[] {
  const coursesDir = path.resolve(root, 'courses');
  if (!fs.existsSync(coursesDir)) {
    const missing = problem(coursesDir, 1, 'no courses folder: courses live in <content root>/courses/<slug>/');
    return [{ courseDir: coursesDir, errors: [missing], warnings: [], needsReview: [], learningTime: null }];
  }
  return listCourseDirs(root).map((courseDir) => {
    const loaded = loadCoursePackage(courseDir);
    const course = loaded.package;
    return {
      courseDir,
      errors: sortProblems([...loaded.problems, ...loaded.lint.errors]),
      warnings: loaded.lint.warnings,
      needsReview: loaded.needsReview,
      learningTime: course ? `${describeLearningTime(course)}; creditHours ${course.creditHours}` : null,
    };
  });
}
