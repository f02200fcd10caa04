export const catalogPath = '/';

export function coursePath(courseSlug: string): string {
  return `/courses/${encodeURIComponent(courseSlug)}`;
}

export function lessonPath(courseSlug: string, lessonSlug: string): string {
  return `${coursePath(courseSlug)}/lessons/${encodeURIComponent(lessonSlug)}`;
}

export const myLearningPath = '/my-learning';
