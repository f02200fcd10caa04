import type { PresentedSession } from '../auth/session-records';
import type { Viewer } from '../auth/viewer';
import { withPublishedContents, type PublishedCourse } from '../catalog/published-courses.records';
import type { Database } from '../database/typed-sql';
import { assessCourse, type CourseStanding } from './completion-rules';
import { enrolmentsWithRecords, enrolmentsWithRecordsAndCourses, findViewerWithEnrolments, type EnrolmentRow, type EnrolmentWithRecords } from './progress.records';

export interface LessonCompletion {
  completedAt: Date;
  timeSpentSeconds: number | null;
}

/** One learner in one course: what the course asks, what they did, and where that leaves them. */
export interface LearnerProgress extends PublishedCourse {
  enrolment: EnrolmentRow;
  completions: ReadonlyMap<string, LessonCompletion>;
  standing: CourseStanding;
}

/**
 * Progress of the given learners in the given courses as they publish now, in one statement
 * whatever their number (the content of a version is read once per process).
 */
export async function loadProgress(db: Database, userIds: readonly string[], courseIds: readonly string[]): Promise<LearnerProgress[]> {
  const rows = (await enrolmentsWithRecordsAndCourses(db, userIds, courseIds)).filter((row) => row.publishedCourse !== null);
  const courseRows = new Map(rows.map(({ publishedCourse }) => [publishedCourse!.id, publishedCourse!]));
  const courses = await withPublishedContents(db, [...courseRows.values()]);
  return rows.map(({ publishedCourse: _, ...row }) => progressOf(row, courses));
}

/**
 * Progress of the given learners in the given published courses, for every pair that has an
 * enrolment, in one statement whatever the number of learners or courses.
 */
export async function progressIn(
  db: Database,
  userIds: readonly string[],
  courses: ReadonlyMap<string, PublishedCourse>,
): Promise<LearnerProgress[]> {
  return (await enrolmentsWithRecords(db, userIds, [...courses.keys()])).map((row) => progressOf(row, courses));
}

/** The account of a session with its progress in the given published courses, in one statement. */
export async function viewerWithProgressIn(
  db: Database,
  session: PresentedSession,
  courses: ReadonlyMap<string, PublishedCourse>,
): Promise<{ viewer: Viewer; progress: LearnerProgress[] } | undefined> {
  const found = await findViewerWithEnrolments(db, session, [...courses.keys()]);
  return found && { viewer: found.viewer, progress: found.enrolments.map((row) => progressOf(row, courses)) };
}

function progressOf(
  { completions: completionRows, quizzes: quizRows, maxAttempts, ...enrolment }: EnrolmentWithRecords,
  courses: ReadonlyMap<string, PublishedCourse>,
): LearnerProgress {
  const published = courses.get(enrolment.courseId)!;
  const completions = new Map(
    completionRows.map(({ lessonSlug, completedAt, timeSpentSeconds }) => [lessonSlug, { completedAt: new Date(completedAt), timeSpentSeconds }]),
  );
  const standing = assessCourse({ ...published.outline, maxAttempts }, {
    completedLessonSlugs: new Set(completions.keys()),
    quizzes: new Map(quizRows.map(({ quizId, ...quiz }) => [quizId, quiz])),
  });
  return { ...published, enrolment, completions, standing };
}
