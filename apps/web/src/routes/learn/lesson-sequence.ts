import { byPosition, type Positioned } from '../../ui/by-position';

interface ModuleOfLessons extends Positioned {
  lessons: readonly (Positioned & { slug: string })[];
}

type LessonOf<M extends ModuleOfLessons> = M['lessons'][number];

export interface LessonPlace<M extends ModuleOfLessons> {
  module: M;
  lesson: LessonOf<M>;
}

export interface LessonInSequence<M extends ModuleOfLessons> extends LessonPlace<M> {
  previous: LessonPlace<M> | null;
  next: LessonPlace<M> | null;
  /** 1-based, counted across the whole course. */
  number: number;
  total: number;
}

/** Lessons are read module by module, so "next" crosses into the following module. */
export function courseLessons<M extends ModuleOfLessons>(modules: readonly M[]): LessonPlace<M>[] {
  return byPosition(modules).flatMap((module) => byPosition(module.lessons).map((lesson) => ({ module, lesson })));
}

export function findLesson<M extends ModuleOfLessons>(
  modules: readonly M[],
  lessonSlug: string,
): LessonInSequence<M> | null {
  const sequence = courseLessons(modules);
  const index = sequence.findIndex(({ lesson }) => lesson.slug === lessonSlug);
  if (index === -1) return null;
  return {
    ...sequence[index],
    previous: sequence[index - 1] ?? null,
    next: sequence[index + 1] ?? null,
    number: index + 1,
    total: sequence.length,
  };
}
