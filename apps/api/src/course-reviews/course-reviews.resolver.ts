import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { CourseReviewDue, CourseVersionArgs, CourseVersionReview, DueForReviewArgs, SignOffArgs } from './course-review.types';
import { CourseReviewsService } from './course-reviews.service';

@Resolver(() => CourseVersionReview)
export class CourseReviewsResolver {
  constructor(private readonly reviews: CourseReviewsService) {}

  @Query(() => [CourseReviewDue], { description: 'Published course versions terminating within the given days, or already terminated, soonest first.' })
  @Roles('REVIEWER', 'ADMIN')
  dueForReview(@Args() { withinDays }: DueForReviewArgs): Promise<CourseReviewDue[]> {
    return this.reviews.dueForReview(withinDays);
  }

  @Query(() => [CourseVersionReview], { description: 'Every sign-off of a course version, newest first.' })
  @Roles('REVIEWER', 'ADMIN')
  courseVersionReviews(@Args() { versionId }: CourseVersionArgs): Promise<CourseVersionReview[]> {
    return this.reviews.reviewsOf(versionId);
  }

  @Mutation(() => CourseVersionReview, { description: 'Signs off a course version as reviewed against current evidence; audited, never edited.' })
  @Roles('REVIEWER')
  async signOffCourseVersion(@Args() order: SignOffArgs, @Context() context: RequestContext): Promise<CourseVersionReview> {
    return this.reviews.signOff((await context.viewer())!, order);
  }
}
