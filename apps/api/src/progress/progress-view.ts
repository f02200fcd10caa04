import type { NextStep as Step, OutlineLesson } from './completion-rules';
import type { LearnerProgress } from './learner-progress';
import { NextStepKind, ProgressStatusName, type CourseProgress, type LessonProgress, type NextStep } from './progress.types';

function lessonProgress(progress: LearnerProgress, lesson: OutlineLesson): LessonProgress {
  const completion = progress.completions.get(lesson.slug);
  return {
    lessonId: lesson.id,
    slug: lesson.slug,
    title: lesson.title,
    position: lesson.position,
    completed: completion !== undefined,
    completedAt: completion?.completedAt ?? null,
    timeSpentSeconds: completion?.timeSpentSeconds ?? null,
    userId: progress.enrolment.userId,
    courseId: progress.course.id,
  };
}

function nextStep(progress: LearnerProgress, step: Step | null): NextStep | null {
  if (!step) return null;
  const module = step.kind === 'TAKE_FINAL_EXAM' ? null : step.module;
  return {
    kind: NextStepKind[step.kind],
    moduleId: module?.id ?? null,
    moduleSlug: module?.slug ?? null,
    lesson: step.kind === 'READ_LESSON' ? lessonProgress(progress, step.lesson) : null,
    quizId: step.kind === 'READ_LESSON' ? null : step.quizId,
  };
}

/** A lesson slug the current version no longer has resumes nowhere. */
function resumeLesson(progress: LearnerProgress): LessonProgress | null {
  const slug = progress.enrolment.lastLessonSlug;
  const lesson = progress.outline.modules.flatMap((module) => module.lessons).find((candidate) => candidate.slug === slug);
  return lesson ? lessonProgress(progress, lesson) : null;
}

export function toCourseProgress(progress: LearnerProgress): CourseProgress {
  const { course, enrolment, standing } = progress;
  return {
    course,
    enrolledAt: enrolment.enrolledAt,
    lastActivityAt: enrolment.lastActivityAt,
    completedAt: enrolment.completedAt,
    status: ProgressStatusName[standing.status],
    percent: standing.percent,
    completedLessons: standing.completedLessons,
    totalLessons: standing.totalLessons,
    completedSteps: standing.completedSteps,
    totalSteps: standing.totalSteps,
    modules: standing.modules.map(({ module, quiz, ...moduleStanding }) => ({
      moduleId: module.id,
      slug: module.slug,
      title: module.title,
      position: module.position,
      status: ProgressStatusName[moduleStanding.status],
      complete: moduleStanding.complete,
      completedLessons: moduleStanding.completedLessons,
      totalLessons: moduleStanding.totalLessons,
      lessons: module.lessons.map((lesson) => lessonProgress(progress, lesson)),
      quizId: quiz?.quizId ?? null,
      quizRequired: quiz?.required ?? false,
      quizPassed: quiz?.passed ?? null,
      bestQuizScore: quiz?.bestScore ?? null,
      attemptsLeft: quiz?.attemptsLeft ?? null,
    })),
    finalExamPassed: standing.finalExam?.passed ?? null,
    bestFinalExamScore: standing.finalExam?.bestScore ?? null,
    finalExamAttemptsLeft: standing.finalExam?.attemptsLeft ?? null,
    eligibleForCertificate: standing.eligibleForCertificate,
    resumeLesson: resumeLesson(progress),
    nextStep: nextStep(progress, standing.nextStep),
  };
}
