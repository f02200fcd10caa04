import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../auth/policy.decorators';
import { Course } from '../catalog/catalog.types';
import type { RequestContext } from '../common/request-context';
import { Quiz } from '../quizzes/quizzes.types';
import { CompleteLessonArgs, EnrollArgs } from './progress.inputs';
import { ProgressService } from './progress.service';
import { CourseProgress, Enrollment, LessonProgress, NextStep } from './progress.types';

@Resolver(() => CourseProgress)
@SignedIn()
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Mutation(() => Enrollment, { description: 'Enrols the viewer in a published course; enrolling again changes nothing.' })
  async enroll(@Args() { courseSlug }: EnrollArgs, @Context() context: RequestContext) {
    return this.progress.enroll((await context.viewer())!.id, courseSlug);
  }

  @Mutation(() => LessonProgress, {
    description: 'Marks a lesson of the current course version completed, enrolling the viewer if needed; completing it again changes nothing.',
  })
  async completeLesson(@Args() { lessonId, timeSpentSeconds }: CompleteLessonArgs, @Context() context: RequestContext) {
    const viewer = (await context.viewer())!;
    const lesson = await this.progress.completeLesson(viewer.id, lessonId, timeSpentSeconds ?? null);
    context.loaders.progress.courseProgress.clear(lesson);
    return lesson;
  }

  @Query(() => [CourseProgress], { description: "The viewer's courses with progress, most recently active first." })
  async myCourses(@Context() context: RequestContext) {
    return this.progress.myCourses((await context.viewer())!.id);
  }
}

/** `Course.myProgress`: always the viewer's own. */
@Resolver(() => Course)
export class MyProgressResolver {
  @ResolveField(() => CourseProgress, { nullable: true, description: 'Null for anonymous viewers and courses the viewer has not enrolled in.' })
  @Public()
  myProgress(@Parent() course: Course, @Context() context: RequestContext) {
    return context.loaders.progress.viewerCourseProgress.load(course.id);
  }
}

@Resolver(() => Enrollment)
@SignedIn()
export class EnrollmentResolver {
  @ResolveField(() => CourseProgress)
  async progress(@Parent() enrollment: Enrollment, @Context() context: RequestContext) {
    return context.loaders.progress.courseProgress.load(enrollment);
  }

  @ResolveField(() => Course)
  async course(@Parent() enrollment: Enrollment, @Context() context: RequestContext) {
    return (await context.loaders.progress.courseProgress.load(enrollment))!.course;
  }
}

@Resolver(() => LessonProgress)
@SignedIn()
export class LessonProgressResolver {
  @ResolveField(() => CourseProgress, { description: 'Progress in the whole course, as it stands after this lesson.' })
  courseProgress(@Parent() lesson: LessonProgress, @Context() context: RequestContext) {
    return context.loaders.progress.courseProgress.load(lesson);
  }
}

@Resolver(() => NextStep)
@SignedIn()
export class NextStepResolver {
  @ResolveField(() => Quiz, { nullable: true, description: 'The quiz to take, for TAKE_MODULE_QUIZ and TAKE_FINAL_EXAM.' })
  quiz(@Parent() step: NextStep, @Context() context: RequestContext) {
    return step.quizId ? context.loaders.quizzes.publishedQuiz.load(step.quizId) : null;
  }
}
