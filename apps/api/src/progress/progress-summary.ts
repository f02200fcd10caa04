import type { EntityManager } from 'typeorm';
import type { ProgressStatus } from './completion-rules';
import { loadProgress, type LearnerProgress } from './learner-progress';

/** What the cohort report shows of one module, kept on the enrolment row. */
export interface ModuleSummary {
  slug: string;
  status: ProgressStatus;
  bestQuizScore: number | null;
}

function summaryOf({ enrolment, course, standing }: LearnerProgress) {
  const modules: ModuleSummary[] = standing.modules.map(({ module, status, quiz }) => ({
    slug: module.slug,
    status,
    bestQuizScore: quiz?.bestScore ?? null,
  }));
  return {
    userId: enrolment.userId,
    versionId: course.versionId,
    completedLessons: standing.completedLessons,
    percent: standing.percent,
    status: standing.status,
    eligible: standing.eligibleForCertificate,
    modules,
    finalExamBestScore: standing.finalExam?.bestScore ?? null,
  };
}

/** An event that brings the summary up to date: when it happened, and the lesson it completed if any. */
export interface Activity {
  at: Date;
  lessonSlug: string | null;
}

/**
 * Rewrites the summary columns of these learners' enrolments in one statement, with the
 * activity that prompted it if any, and answers the summaries. The caller holds the rows' locks,
 * so no concurrent change can slip between reading and writing.
 */
export async function writeSummaries(
  manager: EntityManager,
  courseId: string,
  userIds: readonly string[],
  activity: Activity | null = null,
): Promise<ReturnType<typeof summaryOf>[]> {
  const summaries = (await loadProgress(manager, userIds, [courseId])).map(summaryOf);
  if (summaries.length === 0) return summaries;
  await manager.query(
    `UPDATE enrolment e
        SET summary_version_id = s."versionId", completed_lessons = s."completedLessons", percent = s.percent,
            status = s.status, eligible_for_certificate = s.eligible, module_progress = s.modules,
            final_exam_best_score = s."finalExamBestScore",
            completed_at = CASE WHEN s.status = 'COMPLETE' THEN COALESCE(e.completed_at, now()) ELSE e.completed_at END,
            last_activity_at = GREATEST(e.last_activity_at, $3), last_lesson_slug = COALESCE($4, e.last_lesson_slug)
       FROM jsonb_to_recordset($2::jsonb) AS s("userId" uuid, "versionId" uuid, "completedLessons" int, percent numeric,
                                              status text, eligible boolean, modules jsonb, "finalExamBestScore" numeric)
      WHERE e.course_id = $1 AND e.user_id = s."userId"`,
    [courseId, JSON.stringify(summaries), activity?.at ?? null, activity?.lessonSlug ?? null],
  );
  return summaries;
}

const BATCH = 500;

/**
 * Recomputes every enrolment of a course against its published version. Call it in the
 * transaction that publishes a new version, after the course points at it: completions are
 * kept by lesson slug, so learners keep what they did and see what the new version adds.
 */
export async function recalculateCourseProgress(manager: EntityManager, courseId: string): Promise<number> {
  const learners: { userId: string }[] = await manager.query(
    `SELECT user_id AS "userId" FROM enrolment WHERE course_id = $1 ORDER BY user_id FOR UPDATE`,
    [courseId],
  );
  for (let start = 0; start < learners.length; start += BATCH) {
    await writeSummaries(
      manager,
      courseId,
      learners.slice(start, start + BATCH).map((learner) => learner.userId),
    );
  }
  return learners.length;
}
