export * from './model';
export { citationPattern } from './slugs';
export { formatProblem } from './problems';
export { loadCoursePackage, type LoadedCoursePackage } from './package/load-course-package';
export { checkContentRoot, listCourseDirs } from './package/content-root';
