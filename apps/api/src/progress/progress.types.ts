import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Course } from '../catalog/catalog.types';

export enum ProgressStatusName {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETE = 'COMPLETE',
}
registerEnumType(ProgressStatusName, { name: 'ProgressStatus' });

export enum NextStepKind {
  READ_LESSON = 'READ_LESSON',
  TAKE_MODULE_QUIZ = 'TAKE_MODULE_QUIZ',
  TAKE_FINAL_EXAM = 'TAKE_FINAL_EXAM',
}
registerEnumType(NextStepKind, { name: 'NextStepKind' });

@ObjectType({ description: "A lesson of the course's current version, and whether the viewer has completed it." })
export class LessonProgress {
  @Field(() => ID)
  lessonId: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @Field()
  completed: boolean;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'As reported by the client when the lesson was completed.' })
  timeSpentSeconds: number | null;

  userId: string;
  courseId: string;
}

@ObjectType()
export class ModuleProgress {
  @Field(() => ID)
  moduleId: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @Field(() => ProgressStatusName)
  status: ProgressStatusName;

  @Field({ description: 'Lessons read and, where the course requires it, the module quiz passed.' })
  complete: boolean;

  @Field(() => Int)
  completedLessons: number;

  @Field(() => Int)
  totalLessons: number;

  @Field(() => [LessonProgress])
  lessons: LessonProgress[];

  @Field(() => ID, { nullable: true, description: 'Null when the module has no quiz.' })
  quizId: string | null;

  @Field({ description: 'Whether the course needs the module quiz passed to complete the module.' })
  quizRequired: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Null when the module has no quiz.' })
  quizPassed: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Best graded score, 0 to 100; null before any.' })
  bestQuizScore: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when the module has no quiz or its attempts are unlimited.' })
  attemptsLeft: number | null;
}

@ObjectType({ description: 'What the learner should do next: a lesson to read, a module quiz or the final exam.' })
export class NextStep {
  @Field(() => NextStepKind)
  kind: NextStepKind;

  @Field(() => ID, { nullable: true, description: 'Null for the final exam.' })
  moduleId: string | null;

  @Field(() => String, { nullable: true })
  moduleSlug: string | null;

  @Field(() => LessonProgress, { nullable: true, description: 'The lesson to read, for READ_LESSON.' })
  lesson: LessonProgress | null;

  quizId: string | null;
}

@ObjectType({ description: "The viewer's own progress in a course, counted against its current published version." })
export class CourseProgress {
  @Field(() => Course)
  course: Course;

  @Field()
  enrolledAt: Date;

  @Field()
  lastActivityAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the course was first completed.' })
  completedAt: Date | null;

  @Field(() => ProgressStatusName)
  status: ProgressStatusName;

  @Field(() => Float, {
    description: 'Share of steps done, 0 to 100, rounded down: steps are lessons, required module quizzes and a required final exam.',
  })
  percent: number;

  @Field(() => Int)
  completedLessons: number;

  @Field(() => Int)
  totalLessons: number;

  @Field(() => Int)
  completedSteps: number;

  @Field(() => Int)
  totalSteps: number;

  @Field(() => [ModuleProgress])
  modules: ModuleProgress[];

  @Field(() => Boolean, { nullable: true, description: 'Null when the course has no final exam.' })
  finalExamPassed: boolean | null;

  @Field(() => Float, { nullable: true })
  bestFinalExamScore: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when there is no final exam or its attempts are unlimited.' })
  finalExamAttemptsLeft: number | null;

  @Field({ description: 'The course is complete under its completion rules.' })
  eligibleForCertificate: boolean;

  @Field(() => LessonProgress, { nullable: true, description: 'The lesson the learner last completed, to pick up from.' })
  resumeLesson: LessonProgress | null;

  @Field(() => NextStep, { nullable: true, description: 'Null once the course is complete.' })
  nextStep: NextStep | null;
}

@ObjectType({ description: "The viewer's enrolment in a course." })
export class Enrollment {
  @Field(() => ID)
  id: string;

  @Field()
  enrolledAt: Date;

  userId: string;
  courseId: string;
}
