import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivityService, type LearningEventRecord } from '../activity/activity.service';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { ENROLMENT_COLUMNS, loadProgress, type EnrolmentRow } from './learner-progress';
import { writeSummaries, type Activity } from './progress-summary';
import { toCourseProgress } from './progress-view';
import type { CourseProgress, Enrollment, LessonProgress } from './progress.types';
import { CertificateIssuingService } from '../certificates/certificate-issuing.service';

interface CourseToJoin {
  courseId: string;
  courseTitle: string;
  versionId: string;
}

interface AttemptInCourse extends CourseToJoin {
  id: string;
  userId: string;
  quizTitle: string;
  status: 'IN_PROGRESS' | 'SUBMITTED' | 'EXPIRED';
  score: number | null;
  passed: boolean | null;
  startedAt: Date;
  submittedAt: Date | null;
}

const PUBLISHED_COURSE_COLUMNS = `c.id AS "courseId", v.title AS "courseTitle", v.id AS "versionId"`;

@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: ActivityService,
    private readonly certificates: CertificateIssuingService,
  ) {}

  /** Idempotent: enrolling again answers the existing enrolment. */
  enroll(userId: string, courseSlug: string): Promise<Enrollment> {
    return this.dataSource.transaction(async (manager) => {
      const [course]: CourseToJoin[] = await manager.query(
        `SELECT ${PUBLISHED_COURSE_COLUMNS} FROM course c JOIN course_version v ON v.id = c.published_version_id WHERE c.slug = $1`,
        [courseSlug],
      );
      if (!course) throw new PlatformError('NOT_FOUND', `No published course has the slug "${courseSlug}".`);
      const enrolment = await this.joinCourse(manager, userId, course);
      return { id: enrolment.id, enrolledAt: enrolment.enrolledAt, userId, courseId: enrolment.courseId };
    });
  }

  /**
   * Idempotent: a lesson counts once however often or however concurrently it is completed;
   * the time spent is the one reported first. Completing a lesson enrols the learner.
   */
  async completeLesson(userId: string, lessonId: string, timeSpentSeconds: number | null): Promise<LessonProgress> {
    const notFound = new PlatformError('NOT_FOUND', 'No lesson of a published course has that id; reload the course to get its current lessons.');
    if (!isUuid(lessonId)) throw notFound;
    return this.dataSource.transaction(async (manager) => {
      const [lesson]: (CourseToJoin & { id: string; slug: string; title: string; position: number })[] = await manager.query(
        `SELECT l.id, l.slug, l.title, l.position, ${PUBLISHED_COURSE_COLUMNS}
           FROM lesson l
           JOIN course c ON c.published_version_id = l.course_version_id
           JOIN course_version v ON v.id = c.published_version_id
          WHERE l.id = $1`,
        [lessonId],
      );
      if (!lesson) throw notFound;
      await this.joinAndLock(manager, userId, lesson);
      const [completion] = await manager.query(
        `INSERT INTO lesson_completion (user_id, course_id, lesson_slug, lesson_id, time_spent_seconds)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, course_id, lesson_slug) DO NOTHING
         RETURNING completed_at AS "completedAt", time_spent_seconds AS "timeSpentSeconds"`,
        [userId, lesson.courseId, lesson.slug, lesson.id, timeSpentSeconds],
      );
      if (completion) {
        await this.activity.record(manager, {
          learnerId: userId,
          verb: 'COMPLETED',
          objectType: 'LESSON',
          objectId: lesson.id,
          objectName: lesson.title,
          courseId: lesson.courseId,
          result: timeSpentSeconds === null ? null : { durationSeconds: timeSpentSeconds },
          occurredAt: completion.completedAt,
        });
        await this.settle(manager, userId, lesson.courseId, { at: completion.completedAt, lessonSlug: lesson.slug });
      }
      const [stored] = completion
        ? [completion]
        : await manager.query(
            `SELECT completed_at AS "completedAt", time_spent_seconds AS "timeSpentSeconds"
               FROM lesson_completion WHERE user_id = $1 AND course_id = $2 AND lesson_slug = $3`,
            [userId, lesson.courseId, lesson.slug],
          );
      return {
        lessonId: lesson.id,
        slug: lesson.slug,
        title: lesson.title,
        position: lesson.position,
        completed: true,
        completedAt: stored.completedAt,
        timeSpentSeconds: stored.timeSpentSeconds,
        userId,
        courseId: lesson.courseId,
      };
    });
  }

  /** The learner dashboard: every course the learner is enrolled in, most recently active first. */
  async myCourses(userId: string): Promise<CourseProgress[]> {
    const enrolments: { courseId: string }[] = await this.dataSource.query(
      `SELECT course_id AS "courseId" FROM enrolment WHERE user_id = $1`,
      [userId],
    );
    const progress = await loadProgress(this.dataSource, [userId], enrolments.map((enrolment) => enrolment.courseId));
    return progress.map(toCourseProgress).sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
  }

  /**
   * For the quiz engine, in the transaction that starts an attempt: records the event and
   * enrols the learner if needed. Safe to call again for the same attempt.
   */
  attemptStarted(manager: EntityManager, attemptId: string): Promise<void> {
    return this.recordAttempt(manager, attemptId, (attempt) => ({ verb: 'STARTED', occurredAt: attempt.startedAt }));
  }

  /**
   * For the quiz engine, in the transaction that grades an attempt (submitted or expired):
   * records the result and brings the learner's progress up to date. Safe to call again.
   */
  attemptGraded(manager: EntityManager, attemptId: string): Promise<void> {
    return this.recordAttempt(manager, attemptId, ({ id, status, score, passed, submittedAt }) => {
      if (status === 'IN_PROGRESS' || !submittedAt) throw new Error(`Attempt ${id} is not graded yet.`);
      return { verb: status, result: { score, passed }, occurredAt: submittedAt };
    });
  }

  private async recordAttempt(
    manager: EntityManager,
    attemptId: string,
    eventOf: (attempt: AttemptInCourse) => Pick<LearningEventRecord, 'verb' | 'result'> & { occurredAt: Date },
  ): Promise<void> {
    const attempt = await this.findAttempt(manager, attemptId);
    if (!attempt) return;
    const event = eventOf(attempt);
    await this.joinAndLock(manager, attempt.userId, attempt);
    const stored = await this.activity.record(manager, {
      ...event,
      learnerId: attempt.userId,
      objectType: 'QUIZ_ATTEMPT',
      objectId: attempt.id,
      objectName: attempt.quizTitle,
      courseId: attempt.courseId,
    });
    if (stored) await this.settle(manager, attempt.userId, attempt.courseId, { at: event.occurredAt, lessonSlug: null });
  }

  /** Quizzes of a course with no published version are not part of anyone's progress. */
  private async findAttempt(manager: EntityManager, attemptId: string): Promise<AttemptInCourse | null> {
    const [attempt] = await manager.query(
      `SELECT a.id, a.user_id AS "userId", a.status, a.score::float8 AS score, a.passed, a.started_at AS "startedAt",
              a.submitted_at AS "submittedAt", qv.title AS "quizTitle", ${PUBLISHED_COURSE_COLUMNS}
         FROM quiz_attempt a
         JOIN quiz_version qv ON qv.id = a.quiz_version_id
         JOIN quiz q ON q.id = a.quiz_id
         JOIN course c ON c.id = q.course_id
         JOIN course_version v ON v.id = c.published_version_id
        WHERE a.id = $1`,
      [attemptId],
    );
    return attempt ?? null;
  }

  /** Enrols the learner unless already enrolled; a concurrent enrolment waits and then finds this one. */
  private async joinCourse(manager: EntityManager, userId: string, course: CourseToJoin): Promise<EnrolmentRow> {
    const [created]: EnrolmentRow[] = await manager.query(
      `INSERT INTO enrolment (user_id, course_id, summary_version_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, course_id) DO NOTHING
       RETURNING ${ENROLMENT_COLUMNS}`,
      [userId, course.courseId, course.versionId],
    );
    if (!created) {
      const [existing] = await manager.query(`SELECT ${ENROLMENT_COLUMNS} FROM enrolment WHERE user_id = $1 AND course_id = $2`, [
        userId,
        course.courseId,
      ]);
      return existing;
    }
    await this.activity.record(manager, {
      learnerId: userId,
      verb: 'ENROLLED',
      objectType: 'COURSE',
      objectId: course.courseId,
      objectName: course.courseTitle,
      courseId: course.courseId,
      occurredAt: created.enrolledAt,
    });
    return created;
  }

  // Every change to a learner's progress in a course takes this lock first, so two changes at
  // once are summarised one after the other and neither summary misses the other's change.
  private async lockEnrolment(manager: EntityManager, userId: string, courseId: string): Promise<boolean> {
    const locked: unknown[] = await manager.query(`SELECT 1 FROM enrolment WHERE user_id = $1 AND course_id = $2 FOR UPDATE`, [
      userId,
      courseId,
    ]);
    return locked.length > 0;
  }

  /** Takes the enrolment's lock, enrolling the learner first when there is no enrolment to lock yet. */
  private async joinAndLock(manager: EntityManager, userId: string, course: CourseToJoin): Promise<void> {
    if (await this.lockEnrolment(manager, userId, course.courseId)) return;
    await this.joinCourse(manager, userId, course);
    await this.lockEnrolment(manager, userId, course.courseId);
  }

  /** After a new event: the learner was active, and the summary the cohort report reads is rewritten. */
  private async settle(manager: EntityManager, userId: string, courseId: string, activity: Activity) {
    const [summary] = await writeSummaries(manager, courseId, [userId], activity);
    // Completing the course (or passing the final exam again after expiry) earns an automatic certificate.
    if (summary?.status === 'COMPLETE') await this.certificates.issueIfAutomatic(manager, userId, courseId);
  }
}
