export const authorPath = '/author';

export function quizEditorPath(quizId: string): string {
  return `${authorPath}/quizzes/${encodeURIComponent(quizId)}`;
}

export function itemAnalysisPath(quizId: string, version?: number): string {
  return `${quizEditorPath(quizId)}/analysis${version === undefined ? '' : `?version=${version}`}`;
}

/** The flagged lessons and questions of a course: what cites a passage or reference that changed. */
export function citationReviewsPath(courseSlug: string): string {
  return `${authorPath}/courses/${encodeURIComponent(courseSlug)}/citation-reviews`;
}

/** A quiz as a QTI 3.0 package: the version being edited (the draft if there is one), or the published one. */
export function qtiPackagePath(quizId: string, version: 'authoring' | 'published' = 'authoring'): string {
  return `/quizzes/${encodeURIComponent(quizId)}/qti-package.zip${version === 'published' ? '?version=published' : ''}`;
}
