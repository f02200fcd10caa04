import type { EntityManager } from 'typeorm';
import type { ProgressStatus } from './completion-rules';
import { loadProgress, type LearnerProgress } from './learner-progress';
import { lockEnrolmentsOfCourse, writeEnrolmentSummaries, type EnrolmentSummary } from './progress.records';

/** What the cohort report shows of one module, kept on the enrolment row. */
export interface ModuleSummary {
  slug: string;
  status: ProgressStatus;
  bestQuizScore: number | null;
}

function summaryOf({ enrolment, course, standing }: LearnerProgress): EnrolmentSummary {
  const modules: ModuleSummary[] = standing.modules.map(({ module, status, quiz }) => ({
    slug: module.slug,
    status,
    bestQuizScore: quiz?.bestScore ?? null,
  }));
  return {
    userId: enrolment.userId,
    summaryVersionId: course.versionId,
    completedLessons: standing.completedLessons,
    percent: standing.percent,
    status: standing.status,
    eligibleForCertificate: standing.eligibleForCertificate,
    moduleProgress: modules as unknown as EnrolmentSummary['moduleProgress'],
    finalExamBestScore: standing.finalExam?.bestScore ?? null,
  };
}

/** An event that brings the summary up to date: when it happened, and the lesson it completed if any. */
export interface Activity {
  at: Date;
  lessonSlug: string | null;
}

/** A learner's summary as written, with when they completed the course, if they have. */
export type WrittenSummary = EnrolmentSummary & { completedAt: Date | null };

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
): Promise<WrittenSummary[]> {
  const summaries = (await loadProgress(manager, userIds, [courseId])).map(summaryOf);
  if (summaries.length === 0) return [];
  const written = new Map((await writeEnrolmentSummaries(manager, courseId, summaries, activity)).map((row) => [row.userId, row.completedAt]));
  return summaries.map((summary) => ({ ...summary, completedAt: written.get(summary.userId) ?? null }));
}

const BATCH = 500;

/**
 * Recomputes every enrolment of a course against its published version. Call it in the
 * transaction that publishes a new version, after the course points at it: completions are
 * kept by lesson slug, so learners keep what they did and see what the new version adds.
 */
export async function recalculateCourseProgress(manager: EntityManager, courseId: string): Promise<number> {
  const learners = await lockEnrolmentsOfCourse(manager, courseId);
  for (let start = 0; start < learners.length; start += BATCH) {
    await writeSummaries(manager, courseId, learners.slice(start, start + BATCH));
  }
  return learners.length;
}
