export const authorPath = '/author';

export function quizEditorPath(quizId: string): string {
  return `${authorPath}/quizzes/${encodeURIComponent(quizId)}`;
}

export function itemAnalysisPath(quizId: string, version?: number): string {
  return `${quizEditorPath(quizId)}/analysis${version === undefined ? '' : `?version=${version}`}`;
}
