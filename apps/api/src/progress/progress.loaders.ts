import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { publishedCoursesById, type PublishedCourse } from '../catalog/published-courses.records';
import { findAcknowledgements } from './disclosure-acknowledgements.records';
import { progressIn } from './learner-progress';
import { toCourseProgress } from './progress-view';
import type { CourseProgress } from './progress.types';

export interface LearnerCourse {
  userId: string;
  courseId: string;
}

export interface LearnerVersion {
  userId: string;
  courseVersionId: string;
}

const keyOf = ({ userId, courseId }: LearnerCourse) => `${userId}/${courseId}`;
const versionKeyOf = ({ userId, courseVersionId }: LearnerVersion) => `${userId}/${courseVersionId}`;

/**
 * Per-request batching, so a catalog page with progress on every course costs two queries, and
 * one when whoever read the course put it in `publishedCourses` with its rules.
 */
export function createProgressLoaders(dataSource: DataSource) {
  const publishedCourses = new DataLoader<string, PublishedCourse | null>(async (courseIds) => {
    const found = await publishedCoursesById(dataSource, courseIds);
    return courseIds.map((id) => found.get(id) ?? null);
  });
  return {
    publishedCourses,
    courseProgress: new DataLoader<LearnerCourse, CourseProgress | null, string>(
      async (keys) => {
        const userIds = [...new Set(keys.map((key) => key.userId))];
        const courseIds = [...new Set(keys.map((key) => key.courseId))];
        const published = new Map<string, PublishedCourse>();
        for (const course of await Promise.all(courseIds.map((id) => publishedCourses.load(id)))) {
          if (course) published.set(course.course.id, course);
        }
        const found = await progressIn(dataSource, userIds, published);
        const byKey = new Map(found.map((progress) => [keyOf(progress.enrolment), toCourseProgress(progress)]));
        return keys.map((key) => byKey.get(keyOf(key)) ?? null);
      },
      { cacheKeyFn: keyOf },
    ),
    /** When each learner acknowledged each version's disclosures, so a list of courses asks once. */
    disclosuresAcknowledgedAt: new DataLoader<LearnerVersion, Date | null, string>(
      async (keys) => {
        const userIds = [...new Set(keys.map((key) => key.userId))];
        const versionIds = [...new Set(keys.map((key) => key.courseVersionId))];
        const found = await findAcknowledgements(dataSource, userIds, versionIds);
        const byKey = new Map(found.map((row) => [versionKeyOf(row), row.acknowledgedAt]));
        return keys.map((key) => byKey.get(versionKeyOf(key)) ?? null);
      },
      { cacheKeyFn: versionKeyOf },
    ),
  };
}
