import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AttemptFollowers, type FollowedAttempt } from '../attempts/attempt-followers';
import type { Course } from '../catalog/catalog.types';
import { publishedCoursesById, publishedLesson, publishedVersionBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import { courseTerminated, isTerminationRefusal } from '../course-reviews/termination';
import { isUuid } from '../common/pagination';
import { JobQueue } from '../jobs/job-queue.service';
import { COURSE_COMPLETED, type CourseCompleted } from './course-events';
import { loadProgress } from './learner-progress';
import { writeSummaries, type Activity } from './progress-summary';
import { lockEnrolmentAndRecord, recordLearningEvent } from './learning-events.records';
import { toCourseProgress } from './progress-view';
import {
  courseIdsOfLearner,
  findEnrolment,
  findLessonCompletion,
  insertEnrolment,
  insertLessonCompletion,
  lockEnrolment,
  type EnrolmentRow,
} from './progress.records';
import type { CourseProgress, Enrollment, LessonProgress } from './progress.types';

type CourseToJoin = Pick<Course, 'id' | 'title' | 'versionId'>;

@Injectable()
export class ProgressService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attempts: AttemptFollowers,
    private readonly jobs: JobQueue,
  ) {}

  /** Every attempt started or graded moves the learner's progress, in the attempt's transaction. */
  onModuleInit(): void {
    this.attempts.follow((manager, attempt) => this.recordAttempt(manager, attempt));
  }

  /** Idempotent: enrolling again answers the existing enrolment. */
  enroll(userId: string, courseSlug: string): Promise<Enrollment> {
    return this.dataSource.transaction(async (manager) => {
      const published = await publishedVersionBySlug(manager, courseSlug);
      if (!published) throw new PlatformError('NOT_FOUND', `No published course has the slug "${courseSlug}".`);
      const enrolment = await this.joinCourse(manager, userId, { id: published.courseId, title: published.title, versionId: published.versionId });
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
      const lesson = await publishedLesson(manager, lessonId);
      if (!lesson) throw notFound;
      const course = { id: lesson.courseId, title: lesson.courseTitle, versionId: lesson.versionId };
      await this.joinAndLock(manager, userId, course.id, course);
      const completion = { userId, courseId: lesson.courseId, lessonSlug: lesson.slug, lessonId: lesson.id, timeSpentSeconds };
      const recorded = await insertLessonCompletion(manager, completion);
      if (recorded) {
        await recordLearningEvent(manager, {
          learnerId: userId,
          verb: 'COMPLETED',
          objectType: 'LESSON',
          objectId: lesson.id,
          objectName: lesson.title,
          courseId: lesson.courseId,
          result: timeSpentSeconds === null ? null : { durationSeconds: timeSpentSeconds },
          occurredAt: recorded.completedAt,
        });
        await this.settle(manager, userId, lesson.courseId, { at: recorded.completedAt, lessonSlug: lesson.slug });
      }
      const stored = recorded ?? (await findLessonCompletion(manager, userId, lesson.courseId, lesson.slug));
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
    const progress = await loadProgress(this.dataSource, [userId], await courseIdsOfLearner(this.dataSource, userId));
    return progress.map(toCourseProgress).sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
  }

  /**
   * In the transaction that starts or grades an attempt: records the event, enrolling the learner
   * if needed, and brings the learner's progress up to date. Safe to call again for the same attempt.
   */
  private async recordAttempt(manager: EntityManager, attempt: FollowedAttempt): Promise<void> {
    if (attempt.regraded) return this.followRegrade(manager, attempt);
    const { verb, result, occurredAt } =
      attempt.status === 'IN_PROGRESS'
        ? { verb: 'STARTED' as const, result: null, occurredAt: attempt.startedAt }
        : { verb: attempt.status, result: { score: attempt.score, passed: attempt.passed }, occurredAt: attempt.submittedAt! };
    const event = {
      verb,
      result,
      occurredAt,
      learnerId: attempt.userId,
      objectType: 'QUIZ_ATTEMPT' as const,
      objectId: attempt.id,
      objectName: attempt.quizTitle,
      courseId: attempt.courseId,
    };
    const underLock = await lockEnrolmentAndRecord(manager, event);
    if (!underLock.locked) {
      // Quizzes of a course with no published version are not part of anyone's progress.
      if (!(await this.joinAndLock(manager, attempt.userId, attempt.courseId))) return;
    }
    const stored = underLock.locked ? underLock.stored : await recordLearningEvent(manager, event);
    if (stored) await this.settle(manager, attempt.userId, attempt.courseId, { at: occurredAt, lessonSlug: null });
  }

  /**
   * A regrade changed the attempt's result: the learner did nothing, so no event is recorded and
   * their last activity stays, but their progress is summarised again, and a course the new
   * result completes is announced like any other completion. A completion it takes away is not
   * undone: certificates already issued wait for an admin's decision.
   */
  private async followRegrade(manager: EntityManager, attempt: FollowedAttempt): Promise<void> {
    if (await lockEnrolment(manager, attempt.userId, attempt.courseId)) await this.settle(manager, attempt.userId, attempt.courseId, null);
  }

  /**
   * Enrols the learner unless already enrolled; a concurrent enrolment waits and then finds this one.
   * The database refuses a new enrolment in a course past its termination date.
   */
  private async joinCourse(manager: EntityManager, userId: string, course: CourseToJoin): Promise<EnrolmentRow> {
    const created = await insertEnrolment(manager, userId, course.id, course.versionId).catch((error: unknown) => {
      throw isTerminationRefusal(error) ? courseTerminated(course.title, 'enrolments') : error;
    });
    if (!created) return (await findEnrolment(manager, userId, course.id))!;
    await recordLearningEvent(manager, {
      learnerId: userId,
      verb: 'ENROLLED',
      objectType: 'COURSE',
      objectId: course.id,
      objectName: course.title,
      courseId: course.id,
      occurredAt: created.enrolledAt,
    });
    return created;
  }

  /**
   * Every change to a learner's progress in a course takes the enrolment's lock first, so two
   * changes at once are summarised one after the other and neither summary misses the other's.
   * Enrols the learner first when there is no enrolment to lock yet; answers false when the
   * course has no published version to enrol in.
   */
  private async joinAndLock(manager: EntityManager, userId: string, courseId: string, known?: CourseToJoin): Promise<boolean> {
    if (await lockEnrolment(manager, userId, courseId)) return true;
    const course = known ?? (await publishedCoursesById(manager, [courseId])).get(courseId)?.course;
    if (!course) return false;
    await this.joinCourse(manager, userId, course);
    return lockEnrolment(manager, userId, courseId);
  }

  /**
   * After a new event: the learner was active, and the summary the cohort report reads is
   * rewritten. A learner whose progress is complete (for the first time, or again after a
   * certificate expired) is announced as course.completed, for certificates to follow.
   */
  private async settle(manager: EntityManager, userId: string, courseId: string, activity: Activity | null): Promise<void> {
    const [summary] = await writeSummaries(manager, courseId, [userId], activity);
    if (summary?.status !== 'COMPLETE') return;
    const completed: CourseCompleted = {
      userId,
      courseId,
      courseVersionId: summary.summaryVersionId,
      completedAt: (summary.completedAt ?? activity?.at ?? new Date()).toISOString(),
    };
    await this.jobs.sendWithin(manager, COURSE_COMPLETED, completed, { singletonKey: `${userId}/${courseId}` });
  }
}
