import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import { Course, CourseModule } from '../catalog/catalog.types';
import type { RequestContext } from '../common/request-context';
import { Quiz } from './quizzes.types';

/** The quizzes a course's published version puts in its modules and at its end. */
@Resolver(() => Course)
@Public()
export class CourseFinalQuizResolver {
  @ResolveField(() => Quiz, { nullable: true })
  finalQuiz(@Parent() course: Course, @Context() context: RequestContext) {
    return course.finalQuizId ? context.loaders.quizzes.publishedQuiz.load(course.finalQuizId) : null;
  }
}

@Resolver(() => CourseModule)
@Public()
export class CourseModuleQuizResolver {
  @ResolveField(() => Quiz, { nullable: true })
  quiz(@Parent() module: CourseModule, @Context() context: RequestContext) {
    return module.quizId ? context.loaders.quizzes.publishedQuiz.load(module.quizId) : null;
  }
}
