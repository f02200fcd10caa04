import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import { Course } from '../catalog/catalog.types';
import type { RequestContext } from '../common/request-context';
import { CourseLife } from './course-life';

/** `Course.life`: the published version's release, review and termination dates, for anyone. */
@Resolver(() => Course)
export class CourseLifeResolver {
  @ResolveField(() => CourseLife, { description: 'Release, last review and termination of the version shown.' })
  @Public()
  async life(@Parent() course: Course, @Context() context: RequestContext): Promise<CourseLife> {
    return (await context.loaders.courseLife.lifeByVersion.load(course.versionId))!;
  }
}
