import { coursePath } from './learn-paths';

export function quizPath(courseSlug: string, quizId: string): string {
  return `${coursePath(courseSlug)}/quizzes/${encodeURIComponent(quizId)}`;
}

export function attemptPath(courseSlug: string, quizId: string, attemptId: string): string {
  return `${quizPath(courseSlug, quizId)}/attempts/${encodeURIComponent(attemptId)}`;
}
