import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loadProgress } from './learner-progress';
import { toCourseProgress } from './progress-view';
import type { CourseProgress } from './progress.types';

export interface LearnerCourse {
  userId: string;
  courseId: string;
}

const keyOf = ({ userId, courseId }: LearnerCourse) => `${userId}/${courseId}`;

/** Per-request batching, so a catalog page with progress on every course costs four queries. */
export function createProgressLoaders(dataSource: DataSource) {
  return {
    courseProgress: new DataLoader<LearnerCourse, CourseProgress | null, string>(
      async (keys) => {
        const userIds = [...new Set(keys.map((key) => key.userId))];
        const courseIds = [...new Set(keys.map((key) => key.courseId))];
        const found = await loadProgress(dataSource, userIds, courseIds);
        const byKey = new Map(found.map((progress) => [keyOf(progress.enrolment), toCourseProgress(progress)]));
        return keys.map((key) => byKey.get(keyOf(key)) ?? null);
      },
      { cacheKeyFn: keyOf },
    ),
  };
}
