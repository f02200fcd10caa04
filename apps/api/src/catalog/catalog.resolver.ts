import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { Quiz } from '../quizzes/quizzes.types';
import { CatalogService } from './catalog.service';
import { Course, CourseModule } from './catalog.types';

@Resolver(() => Course)
@Public()
export class CourseResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [Course], { description: 'Published courses.' })
  courses(): Promise<Course[]> {
    return this.catalog.publishedCourses();
  }

  @Query(() => Course, { nullable: true })
  async course(@Args('slug') slug: string, @Context() context: RequestContext): Promise<Course | null> {
    const published = await this.catalog.publishedCourse(slug);
    if (published) context.loaders.progress.publishedCourses.prime(published.course.id, published);
    return published?.course ?? null;
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
  @ResolveField(() => Quiz, { nullable: true })
  quiz(@Parent() module: CourseModule, @Context() context: RequestContext) {
    return module.quizId ? context.loaders.quizzes.publishedQuiz.load(module.quizId) : null;
  }
}
