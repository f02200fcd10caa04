import type { CompletionRules } from '../catalog/published-courses.records';

export type ProgressStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE';

export interface OutlineLesson {
  id: string;
  slug: string;
  title: string;
  position: number;
}

export interface OutlineModule {
  id: string;
  slug: string;
  title: string;
  position: number;
  quizId: string | null;
  lessons: OutlineLesson[];
}

/** A course as its published version has it: what a learner must do, in order. */
export interface CourseOutline {
  modules: OutlineModule[];
  finalQuizId: string | null;
  rules: CompletionRules;
  /** Attempts allowed per quiz id, as its published version says; null means unlimited. */
  maxAttempts: Record<string, number | null>;
}

/** A learner's graded attempts at one quiz, over all its versions. */
export interface QuizRecord {
  bestScore: number | null;
  passed: boolean;
  attemptsUsed: number;
}

export interface LearnerRecord {
  completedLessonSlugs: ReadonlySet<string>;
  quizzes: ReadonlyMap<string, QuizRecord>;
}

export interface QuizStanding {
  quizId: string;
  required: boolean;
  passed: boolean;
  bestScore: number | null;
  attemptsUsed: number;
  /** Null when the quiz allows unlimited attempts. */
  attemptsLeft: number | null;
}

export interface ModuleStanding {
  module: OutlineModule;
  completedLessons: number;
  totalLessons: number;
  quiz: QuizStanding | null;
  complete: boolean;
  status: ProgressStatus;
}

export type NextStep =
  | { kind: 'READ_LESSON'; module: OutlineModule; lesson: OutlineLesson }
  | { kind: 'TAKE_MODULE_QUIZ'; module: OutlineModule; quizId: string }
  | { kind: 'TAKE_FINAL_EXAM'; quizId: string };

export interface CourseStanding {
  modules: ModuleStanding[];
  finalExam: QuizStanding | null;
  completedLessons: number;
  totalLessons: number;
  /** Steps are the lessons, the module quizzes the rules require, and the final exam if required. */
  completedSteps: number;
  totalSteps: number;
  percent: number;
  status: ProgressStatus;
  eligibleForCertificate: boolean;
  nextStep: NextStep | null;
}

const NO_ATTEMPTS: QuizRecord = { bestScore: null, passed: false, attemptsUsed: 0 };

function quizStanding(outline: CourseOutline, record: LearnerRecord, quizId: string, required: boolean): QuizStanding {
  const { bestScore, passed, attemptsUsed } = record.quizzes.get(quizId) ?? NO_ATTEMPTS;
  const maxAttempts = outline.maxAttempts[quizId] ?? null;
  const attemptsLeft = maxAttempts === null ? null : Math.max(0, maxAttempts - attemptsUsed);
  return { quizId, required, passed, bestScore, attemptsUsed, attemptsLeft };
}

function statusOf(complete: boolean, started: boolean): ProgressStatus {
  if (complete) return 'COMPLETE';
  return started ? 'IN_PROGRESS' : 'NOT_STARTED';
}

/** A module is complete when all its lessons are read and, where the rules require it, its quiz is passed. */
export function assessModule(outline: CourseOutline, record: LearnerRecord, module: OutlineModule): ModuleStanding {
  const completedLessons = module.lessons.filter((lesson) => record.completedLessonSlugs.has(lesson.slug)).length;
  const quiz = module.quizId ? quizStanding(outline, record, module.quizId, outline.rules.requireModuleQuizzes) : null;
  const complete = completedLessons === module.lessons.length && (!quiz?.required || quiz.passed);
  const started = completedLessons > 0 || (quiz?.attemptsUsed ?? 0) > 0;
  return { module, completedLessons, totalLessons: module.lessons.length, quiz, complete, status: statusOf(complete, started) };
}

/** Percent of steps done, rounded down to one decimal so that 100 means complete and nothing less. */
export function percentOf(completedSteps: number, totalSteps: number): number {
  if (totalSteps === 0) return 100;
  return Math.floor((completedSteps * 1000) / totalSteps) / 10;
}

/** The first thing not yet done, in course order; optional quizzes are never a next step. */
export function nextStepOf(modules: ModuleStanding[], finalExam: QuizStanding | null, record: LearnerRecord): NextStep | null {
  for (const { module, quiz } of modules) {
    const lesson = module.lessons.find((candidate) => !record.completedLessonSlugs.has(candidate.slug));
    if (lesson) return { kind: 'READ_LESSON', module, lesson };
    if (quiz?.required && !quiz.passed) return { kind: 'TAKE_MODULE_QUIZ', module, quizId: quiz.quizId };
  }
  if (finalExam?.required && !finalExam.passed) return { kind: 'TAKE_FINAL_EXAM', quizId: finalExam.quizId };
  return null;
}

/**
 * A course is complete when every module is and, where the rules require it, the final exam is
 * passed. Lessons are matched by slug, so what a learner did in an earlier version still counts.
 */
export function assessCourse(outline: CourseOutline, record: LearnerRecord): CourseStanding {
  const modules = outline.modules.map((module) => assessModule(outline, record, module));
  const finalExam = outline.finalQuizId ? quizStanding(outline, record, outline.finalQuizId, outline.rules.requireFinalExam) : null;
  const requiredQuizzes = [...modules.map((standing) => standing.quiz), finalExam].filter((quiz) => quiz?.required);
  const completedLessons = modules.reduce((sum, standing) => sum + standing.completedLessons, 0);
  const totalLessons = modules.reduce((sum, standing) => sum + standing.totalLessons, 0);
  const completedSteps = completedLessons + requiredQuizzes.filter((quiz) => quiz!.passed).length;
  const totalSteps = totalLessons + requiredQuizzes.length;
  const complete = modules.every((standing) => standing.complete) && (!finalExam?.required || finalExam.passed);
  const started = completedLessons > 0 || [...record.quizzes.values()].some((quiz) => quiz.attemptsUsed > 0);
  return {
    modules,
    finalExam,
    completedLessons,
    totalLessons,
    completedSteps,
    totalSteps,
    percent: percentOf(completedSteps, totalSteps),
    status: statusOf(complete, started),
    eligibleForCertificate: complete,
    nextStep: nextStepOf(modules, finalExam, record),
  };
}
