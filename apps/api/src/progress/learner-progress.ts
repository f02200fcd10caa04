import type { EntityManager } from 'typeorm';
import type { Course } from '../catalog/catalog.types';
import type { CompletionRules } from '../catalog/course-version.entity';
import { assessCourse, type CourseOutline, type CourseStanding, type OutlineModule, type QuizRecord } from './completion-rules';

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

export const ENROLMENT_COLUMNS = `id, user_id AS "userId", course_id AS "courseId", enrolled_at AS "enrolledAt",
  last_activity_at AS "lastActivityAt", last_lesson_slug AS "lastLessonSlug", completed_at AS "completedAt"`;

/** Published courses with their modules, lessons and quiz limits, as the progress rules need them. */
export async function loadPublishedCourses(db: Queryable, courseIds: readonly string[]): Promise<Map<string, PublishedCourse>> {
  const rows: (Course & { rules: CompletionRules; modules: OutlineModule[]; maxAttempts: Record<string, number | null> })[] = await db.query(
    `SELECT c.id, c.slug, v.id AS "versionId", v.version, v.title, v.summary, v.credit_hours::float8 AS "creditHours",
            v.source_title AS "sourceTitle", v.final_quiz_id AS "finalQuizId", v.completion_rules AS rules,
            COALESCE((
              SELECT json_agg(json_build_object(
                       'id', m.id, 'slug', m.slug, 'title', m.title, 'position', m.position, 'quizId', m.quiz_id,
                       'lessons', COALESCE((
                         SELECT json_agg(json_build_object('id', l.id, 'slug', l.slug, 'title', l.title, 'position', l.position) ORDER BY l.position)
                           FROM lesson l WHERE l.module_id = m.id), '[]'))
                     ORDER BY m.position)
                FROM course_module m WHERE m.course_version_id = v.id), '[]') AS modules,
            COALESCE((
              SELECT json_object_agg(q.id, qv.max_attempts)
                FROM quiz q JOIN quiz_version qv ON qv.id = q.published_version_id
               WHERE q.course_id = c.id), '{}') AS "maxAttempts"
       FROM course c JOIN course_version v ON v.id = c.published_version_id
      WHERE c.id = ANY($1::uuid[])`,
    [courseIds],
  );
  return new Map(
    rows.map(({ rules, modules, maxAttempts, ...course }) => [
      course.id,
      { course, outline: { modules, finalQuizId: course.finalQuizId, rules, maxAttempts } },
    ]),
  );
}

const pairKey = (userId: string, courseId: string) => `${userId}/${courseId}`;

/**
 * Progress of the given learners in the given courses, for every pair that has an enrolment,
 * in four queries whatever the number of learners or courses.
 */
export async function loadProgress(db: Queryable, userIds: readonly string[], courseIds: readonly string[]): Promise<LearnerProgress[]> {
  const pairs = [userIds, courseIds];
  // One after another: inside a transaction they share a single connection.
  const courses = await loadPublishedCourses(db, courseIds);
  const enrolments: EnrolmentRow[] = await db.query(
    `SELECT ${ENROLMENT_COLUMNS} FROM enrolment WHERE user_id = ANY($1::uuid[]) AND course_id = ANY($2::uuid[])`,
    pairs,
  );
  const completionRows = await db.query(
    `SELECT user_id AS "userId", course_id AS "courseId", lesson_slug AS "lessonSlug", completed_at AS "completedAt",
            time_spent_seconds AS "timeSpentSeconds"
       FROM lesson_completion WHERE user_id = ANY($1::uuid[]) AND course_id = ANY($2::uuid[])`,
    pairs,
  );
  // Any graded attempt counts, whatever quiz version it used; an attempt graded when its time ran out too.
  const quizRows = await db.query(
    `SELECT a.user_id AS "userId", q.course_id AS "courseId", a.quiz_id AS "quizId", max(a.score)::float8 AS "bestScore",
            COALESCE(bool_or(a.passed), false) AS passed, count(*)::int AS "attemptsUsed"
       FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id
      WHERE a.user_id = ANY($1::uuid[]) AND q.course_id = ANY($2::uuid[])
      GROUP BY a.user_id, q.course_id, a.quiz_id`,
    pairs,
  );

  const completions = new Map<string, Map<string, LessonCompletion>>();
  for (const { userId, courseId, lessonSlug, ...completion } of completionRows) {
    const key = pairKey(userId, courseId);
    completions.set(key, (completions.get(key) ?? new Map()).set(lessonSlug, completion));
  }
  const quizzes = new Map<string, Map<string, QuizRecord>>();
  for (const { userId, courseId, quizId, ...quiz } of quizRows) {
    const key = pairKey(userId, courseId);
    quizzes.set(key, (quizzes.get(key) ?? new Map()).set(quizId, quiz));
  }

  return enrolments.flatMap((enrolment) => {
    const published = courses.get(enrolment.courseId);
    if (!published) return [];
    const key = pairKey(enrolment.userId, enrolment.courseId);
    const learnerCompletions = completions.get(key) ?? new Map<string, LessonCompletion>();
    const standing = assessCourse(published.outline, {
      completedLessonSlugs: new Set(learnerCompletions.keys()),
      quizzes: quizzes.get(key) ?? new Map(),
    });
    return [{ ...published, enrolment, completions: learnerCompletions, standing }];
  });
}
