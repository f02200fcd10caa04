/** Learner progress, cohort reports and learning events as the API returns them. */
import { buildConnection, type ConnectionData } from './account-factory';
import type {
  CohortReportQuery,
  CourseActivityQuery,
  CourseOutlineQuery,
  LessonReaderQuery,
  MyCertificatesQuery,
  MyCoursesQuery,
  ProgressStatus,
} from '../gql/graphql';
import type { ApiShape } from './api-shape';
import type { CourseData, ModuleData } from './course-factory';

type CourseProgressSelections = ApiShape<
  NonNullable<NonNullable<CourseOutlineQuery['course']>['myProgress']> &
    NonNullable<NonNullable<LessonReaderQuery['course']>['myProgress']> &
    MyCoursesQuery['myCourses'][number] &
    MyCertificatesQuery['myCourses'][number]
>;

export type CourseProgressData = CourseProgressSelections;
export type ModuleProgressData = CourseProgressData['modules'][number];
type Status = ProgressStatus;

export interface Standing {
  /** Slugs of the lessons read. */
  read?: string[];
  /** Best score of each module quiz by module slug, and of the final exam as `final`. */
  scores?: Record<string, number>;
}

const statusOf = (done: boolean, started: boolean): Status => (done ? 'COMPLETE' : started ? 'IN_PROGRESS' : 'NOT_STARTED');

function moduleProgress(module: ModuleData, { read = [], scores = {} }: Standing): ModuleProgressData {
  const lessons = module.lessons.map(({ id, slug }) => ({ lessonId: id, completed: read.includes(slug) }));
  const completedLessons = lessons.filter(({ completed }) => completed).length;
  const bestQuizScore = scores[module.slug] ?? null;
  const quizPassed = module.quiz ? bestQuizScore !== null && bestQuizScore >= module.quiz.passingScore : null;
  const complete = completedLessons === lessons.length && quizPassed !== false;
  return {
    moduleId: module.id,
    slug: module.slug,
    title: module.title,
    position: module.position,
    status: statusOf(complete, completedLessons > 0 || bestQuizScore !== null),
    completedLessons,
    totalLessons: lessons.length,
    lessons,
    quizId: module.quiz?.id ?? null,
    quizPassed,
    bestQuizScore,
    attemptsLeft: module.quiz?.maxAttempts ?? null,
  };
}

/** Progress under the course's rules: every lesson read, every module quiz and the final exam passed. */
export function buildCourseProgress(course: CourseData, standing: Standing = {}): CourseProgressData {
  const inOrder = [...course.modules].sort((a, b) => a.position - b.position);
  const modules = inOrder.map((module) => moduleProgress(module, standing));
  const finalScore = standing.scores?.final ?? null;
  const finalExamPassed = course.finalQuiz ? finalScore !== null && finalScore >= course.finalQuiz.passingScore : null;
  const steps = [
    ...modules.flatMap((module) => [...module.lessons.map(({ completed }) => completed), ...(module.quizId ? [module.quizPassed] : [])]),
    ...(course.finalQuiz ? [finalExamPassed] : []),
  ];
  const completedSteps = steps.filter(Boolean).length;
  const unfinished = inOrder.find((_, index) => modules[index]?.status !== 'COMPLETE');
  const unread = unfinished?.lessons.find(({ slug }) => !(standing.read ?? []).includes(slug));
  const nextStep = unfinished
    ? {
        kind: unread ? ('READ_LESSON' as const) : ('TAKE_MODULE_QUIZ' as const),
        moduleSlug: unfinished.slug,
        lesson: unread ? { slug: unread.slug, title: unread.title } : null,
        quiz: unread ? null : { id: unfinished.quiz?.id ?? '' },
      }
    : course.finalQuiz && !finalExamPassed
      ? { kind: 'TAKE_FINAL_EXAM' as const, moduleSlug: null, lesson: null, quiz: { id: course.finalQuiz.id } }
      : null;
  return {
    course: { id: course.id, slug: course.slug, title: course.title, attestation: course.attestation },
    status: statusOf(nextStep === null, completedSteps > 0),
    percent: Math.floor((completedSteps / steps.length) * 100),
    completedLessons: modules.reduce((sum, module) => sum + module.completedLessons, 0),
    totalLessons: modules.reduce((sum, module) => sum + module.totalLessons, 0),
    completedSteps,
    eligibleForCertificate: nextStep === null,
    attestationAccepted: false,
    certificate: null,
    modules,
    finalExamPassed,
    bestFinalExamScore: finalScore,
    finalExamAttemptsLeft: course.finalQuiz?.maxAttempts ?? null,
    nextStep,
  };
}

export type CohortMemberData = ApiShape<CohortReportQuery['cohortReport']['edges'][number]['node']>;

/** A learner in a course's cohort report, from their progress; ids and emails derive from the name. */
export function buildCohortMember(name: string, course: CourseData, standing: Standing = {}): CohortMemberData {
  const progress = buildCourseProgress(course, standing);
  const slug = name.toLowerCase().replaceAll(' ', '-');
  return {
    learnerId: `user:${slug}`,
    name,
    email: `${slug.replaceAll('-', '.')}@example.com`,
    status: progress.status,
    percent: progress.percent,
    eligibleForCertificate: progress.eligibleForCertificate,
    finalExamBestScore: progress.bestFinalExamScore,
    lastActivityAt: '2026-11-20T10:15:00.000Z',
    modules: progress.modules.map(({ slug: moduleSlug, title, status, bestQuizScore }) => ({ slug: moduleSlug, title, status, bestQuizScore })),
  };
}

/** One page of the report; the cursor of each learner is their id. */
export function buildCohortPage(members: CohortMemberData[], hasNextPage = false): ConnectionData<CohortMemberData> {
  return buildConnection(members.map((member) => ({ ...member, id: member.learnerId })), hasNextPage);
}

export type LearningEventData = ApiShape<CourseActivityQuery['activityLog']['edges'][number]['node']>;

export function buildLearningEvent(id: string, overrides: Partial<LearningEventData> = {}): LearningEventData {
  return {
    id: `event:${id}`,
    occurredAt: '2026-11-20T10:15:00.000Z',
    learnerName: 'Ada Lovelace',
    learnerEmail: 'ada.lovelace@example.com',
    verb: 'COMPLETED',
    objectName: 'What botulinum toxin is',
    result: { durationSeconds: 360 },
    ...overrides,
  };
}
