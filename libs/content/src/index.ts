export * from './model';
export { citationPattern } from './slugs';
export { formatProblem } from './problems';
export { loadCoursePackage, type LoadedCoursePackage } from './package/load-course-package';
export { checkContentRoot, listCourseDirs } from './package/content-root';
export { importArticle, type ArticleImport, type DroppedRepeat, type ImportedSection } from './importer/import-article';
export { draftCourseFiles, type CourseDraft } from './importer/draft-course';
export { describeImport } from './importer/import-report';
