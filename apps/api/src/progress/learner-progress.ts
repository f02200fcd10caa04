import type { EntityManager } from 'typeorm';
import type { Course } from '../catalog/catalog.types';
import { courseContent } from '../catalog/course-content';
import type { CompletionRules } from '../catalog/course-version.entity';
import { assessCourse, type CourseOutline, type CourseStanding, type QuizRecord } from './completion-rules';

export type Queryable = Pick<EntityManager, 'query'>;

export interface PublishedCourse {
  course: Course;
  outline: CourseOutline;
}

export interface EnrolmentRow {
  id: string;
  userId: string;
  courseId: string;
  enrolledAt: Date;
  lastActivityAt: Date;
  lastLessonSlug: string | null;
  completedAt: Date | null;
}

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

/** An enrolment with what the learner did, as one row carries it: times inside JSON are text. */
type EnrolmentRecords = EnrolmentRow & {
  completions: { lessonSlug: string; completedAt: string; timeSpentSeconds: number | null }[];
  quizzes: (QuizRecord & { quizId: string })[];
};

export const ENROLMENT_COLUMNS = `id, user_id AS "userId", course_id AS "courseId", enrolled_at AS "enrolledAt",
  last_activity_at AS "lastActivityAt", last_lesson_slug AS "lastLessonSlug", completed_at AS "completedAt"`;

/** Published courses with their modules, lessons and quiz limits, as the progress rules need them. */
async function readPublishedCourses(db: Queryable, condition: string, params: unknown[]): Promise<Map<string, PublishedCourse>> {
  // Which quiz versions are published changes without a new course version, so limits are read every time.
  const rows: (Course & { rules: CompletionRules; maxAttempts: Record<string, number | null> })[] = await db.query(
    `SELECT c.id, c.slug, v.id AS "versionId", v.version, v.title, v.summary, v.credit_hours::float8 AS "creditHours",
            v.source_title AS "sourceTitle", v.final_quiz_id AS "finalQuizId", v.completion_rules AS rules,
            v.certificate_policy->>'attestation' AS attestation,
            COALESCE((
              SELECT json_object_agg(q.id, qv.max_attempts)
                FROM quiz q JOIN quiz_version qv ON qv.id = q.published_version_id
               WHERE q.course_id = c.id), '{}') AS "maxAttempts"
       FROM course c JOIN course_version v ON v.id = c.published_version_id
      WHERE ${condition}`,
    params,
  );
  const content = await courseContent(db, rows.map((row) => row.versionId));
  return new Map(
    rows.map(({ rules, maxAttempts, ...course }) => [
      course.id,
      { course, outline: { modules: content.get(course.versionId)!, finalQuizId: course.finalQuizId, rules, maxAttempts } },
    ]),
  );
}

export function loadPublishedCourses(db: Queryable, courseIds: readonly string[]): Promise<Map<string, PublishedCourse>> {
  return readPublishedCourses(db, 'c.id = ANY($1::uuid[])', [courseIds]);
}

export async function publishedCourseBySlug(db: Queryable, slug: string): Promise<PublishedCourse | null> {
  const [course] = (await readPublishedCourses(db, 'c.slug = $1', [slug])).values();
  return course ?? null;
}

/** Progress of the given learners in the given courses, in two queries whatever their number. */
export async function loadProgress(db: Queryable, userIds: readonly string[], courseIds: readonly string[]): Promise<LearnerProgress[]> {
  // One after another: inside a transaction they share a single connection.
  return progressIn(db, userIds, await loadPublishedCourses(db, courseIds));
}

/**
 * Progress of the given learners in the given published courses, for every pair that has an
 * enrolment, in one query whatever the number of learners or courses.
 */
export async function progressIn(
  db: Queryable,
  userIds: readonly string[],
  courses: ReadonlyMap<string, PublishedCourse>,
): Promise<LearnerProgress[]> {
  // One learner in one course, the common case, is asked with plain parameters: PostgreSQL then
  // keeps one plan for the statement instead of planning it again for every array it is given.
  const courseIds = [...courses.keys()];
  const [pairs, params] =
    userIds.length === 1 && courseIds.length === 1
      ? ['e.user_id = $1 AND e.course_id = $2', [userIds[0], courseIds[0]]]
      : ['e.user_id = ANY($1::uuid[]) AND e.course_id = ANY($2::uuid[])', [userIds, courseIds]];
  // Any graded attempt counts, whatever quiz version it used; an attempt graded when its time ran out too.
  const rows: EnrolmentRecords[] = await db.query(
    `SELECT ${ENROLMENT_COLUMNS},
            COALESCE((
              SELECT json_agg(json_build_object('lessonSlug', l.lesson_slug, 'completedAt', l.completed_at,
                                                'timeSpentSeconds', l.time_spent_seconds))
                FROM lesson_completion l WHERE l.user_id = e.user_id AND l.course_id = e.course_id), '[]') AS completions,
            COALESCE((
              SELECT json_agg(json_build_object('quizId', a.quiz_id, 'bestScore', a.best, 'passed', a.passed, 'attemptsUsed', a.used))
                FROM (SELECT a.quiz_id, max(a.score)::float8 AS best, COALESCE(bool_or(a.passed), false) AS passed, count(*)::int AS used
                        FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id
                       WHERE a.user_id = e.user_id AND q.course_id = e.course_id
                       GROUP BY a.quiz_id) a), '[]') AS quizzes
       FROM enrolment e WHERE ${pairs}`,
    params,
  );

  return rows.map(({ completions: completionRows, quizzes: quizRows, ...enrolment }) => {
    const published = courses.get(enrolment.courseId)!;
    const completions = new Map(
      completionRows.map(({ lessonSlug, completedAt, timeSpentSeconds }) => [lessonSlug, { completedAt: new Date(completedAt), timeSpentSeconds }]),
    );
    const standing = assessCourse(published.outline, {
      completedLessonSlugs: new Set(completions.keys()),
      quizzes: new Map(quizRows.map(({ quizId, ...quiz }) => [quizId, quiz])),
    });
    return { ...published, enrolment, completions, standing };
  });
}
