/** Sent in the transaction that records a learner's completion of a course; certificates handles it. */
export const COURSE_COMPLETED = 'course.completed';

export interface CourseCompleted {
  userId: string;
  courseId: string;
  courseVersionId: string;
  /** ISO 8601. */
  completedAt: string;
}
