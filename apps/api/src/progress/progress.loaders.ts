import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestViewer } from '../auth/viewer';
import { publishedCoursesById, type PublishedCourse } from '../catalog/published-courses.records';
import { findAcknowledgements } from './disclosure-acknowledgements.records';
import { progressIn, viewerWithProgressIn } from './learner-progress';
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
 * one when whoever read the course put it in `publishedCourses` with its rules; that one also
 * finds the viewer when nothing asked for them first.
 */
export function createProgressLoaders(dataSource: DataSource, requestViewer: RequestViewer) {
  const publishedCourses = new DataLoader<string, PublishedCourse | null>(async (courseIds) => {
    const found = await publishedCoursesById(dataSource, courseIds);
    return courseIds.map((id) => found.get(id) ?? null);
  });
  const publishedIn = async (courseIds: readonly string[]) => {
    const published = new Map<string, PublishedCourse>();
    for (const course of await publishedCourses.loadMany([...new Set(courseIds)])) {
      if (course instanceof Error) throw course;
      if (course) published.set(course.course.id, course);
    }
    return published;
  };
  const courseProgress = new DataLoader<LearnerCourse, CourseProgress | null, string>(
    async (keys) => {
      const userIds = [...new Set(keys.map((key) => key.userId))];
      const found = await progressIn(dataSource, userIds, await publishedIn(keys.map((key) => key.courseId)));
      const byKey = new Map(found.map((progress) => [keyOf(progress.enrolment), toCourseProgress(progress)]));
      return keys.map((key) => byKey.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
  return {
    publishedCourses,
    courseProgress,
    /**
     * The viewer's own progress by course id, null when anonymous or not enrolled. Asked before
     * anything needed the viewer (a course page), the viewer comes in the same statement.
     * Batching only: what it finds is kept in courseProgress.
     */
    viewerCourseProgress: new DataLoader<string, CourseProgress | null>(
      async (courseIds) => {
        const published = await publishedIn(courseIds);
        const together = requestViewer.viewerAlong((session) =>
          viewerWithProgressIn(dataSource, session, published).then((found) => found && { viewer: found.viewer, along: found.progress }),
        );
        if (!together) {
          const viewer = await requestViewer.viewer();
          return viewer ? courseProgress.loadMany(courseIds.map((courseId) => ({ userId: viewer.id, courseId }))) : courseIds.map(() => null);
        }
        const found = await together;
        if (!found) return courseIds.map(() => null);
        const byCourse = new Map(found.along.map((progress) => [progress.enrolment.courseId, toCourseProgress(progress)]));
        return courseIds.map((courseId) => {
          const progress = byCourse.get(courseId) ?? null;
          courseProgress.prime({ userId: found.viewer.id, courseId }, progress);
          return progress;
        });
      },
      { cache: false },
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
