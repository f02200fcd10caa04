import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { CatalogService } from './catalog.service';
import { Accreditation, Disclosures } from './accreditation.types';
import { Course, type CourseAbout, CourseModule, Reference, SourceProvenance } from './catalog.types';

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

  @ResolveField(() => String, { nullable: true, description: 'Who the course is written for.' })
  async audience(@Parent() course: Course, @Context() context: RequestContext): Promise<string | null> {
    return (await this.about(course, context)).audience;
  }

  @ResolveField(() => String, { nullable: true, description: 'What the course covers and what it does not qualify anyone to do.' })
  async scope(@Parent() course: Course, @Context() context: RequestContext): Promise<string | null> {
    return (await this.about(course, context)).scope;
  }

  @ResolveField(() => SourceProvenance, { nullable: true })
  async sourceProvenance(@Parent() course: Course, @Context() context: RequestContext): Promise<SourceProvenance | null> {
    return (await this.about(course, context)).sourceProvenance;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Learning time estimated from the words to read and the questions to answer.' })
  async estimatedMinutes(@Parent() course: Course, @Context() context: RequestContext): Promise<number | null> {
    return (await this.about(course, context)).estimatedMinutes;
  }

  @ResolveField(() => [Reference], { description: 'Every work the course cites, numbered as lessons cite them.' })
  async references(@Parent() course: Course, @Context() context: RequestContext): Promise<Reference[]> {
    return (await this.about(course, context)).references;
  }

  @ResolveField(() => Accreditation, {
    nullable: true,
    description: 'The provider, its accreditation statement and the credit offered; null for versions imported before courses stated them.',
  })
  async accreditation(@Parent() course: Course, @Context() context: RequestContext): Promise<Accreditation | null> {
    return (await this.about(course, context)).accreditation;
  }

  @ResolveField(() => Disclosures, {
    nullable: true,
    description: 'Financial relationships of everyone in control of content, and commercial support; learners acknowledge them before the first lesson.',
  })
  async disclosures(@Parent() course: Course, @Context() context: RequestContext): Promise<Disclosures | null> {
    return (await this.about(course, context)).disclosures;
  }

  private about(course: Course, context: RequestContext): Promise<CourseAbout> {
    return context.loaders.catalog.aboutByVersion.load(course.versionId);
  }

}
