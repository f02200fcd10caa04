import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { Quiz } from '../quizzes/quizzes.types';
import { CatalogService } from './catalog.service';
import { Course, CourseModule, Lesson, SourcePassage } from './catalog.types';
import type { LessonContent, ModuleContent } from './course-content';

@Resolver(() => Course)
@Public()
export class CourseResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [Course], { description: 'Published courses.' })
  courses(): Promise<Course[]> {
    return this.catalog.publishedCourses();
  }

  @Query(() => Course, { nullable: true })
  course(@Args('slug') slug: string): Promise<Course | null> {
    return this.catalog.publishedCourse(slug);
  }

  @ResolveField(() => [CourseModule])
  modules(@Parent() course: Course, @Context() context: RequestContext) {
    return context.loaders.catalog.modulesByVersion.load(course.versionId);
  }

  @ResolveField(() => Quiz, { nullable: true })
  finalQuiz(@Parent() course: Course, @Context() context: RequestContext) {
    return course.finalQuizId ? context.loaders.quizzes.publishedQuiz.load(course.finalQuizId) : null;
  }
}

@Resolver(() => CourseModule)
@Public()
export class CourseModuleResolver {
  @ResolveField(() => [Lesson])
  lessons(@Parent() module: ModuleContent) {
    return module.lessons;
  }

  @ResolveField(() => Quiz, { nullable: true })
  quiz(@Parent() module: ModuleContent, @Context() context: RequestContext) {
    return module.quizId ? context.loaders.quizzes.publishedQuiz.load(module.quizId) : null;
  }
}

@Resolver(() => Lesson)
@Public()
export class LessonResolver {
  @ResolveField(() => [SourcePassage], { description: 'The source passages this lesson cites, in citation order.' })
  sourcePassages(@Parent() lesson: LessonContent) {
    return lesson.sourcePassages;
  }
}
