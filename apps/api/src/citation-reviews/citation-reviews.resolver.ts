import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { AuthoredQuiz } from '../quizzes/quiz-authoring.types';
import { CitationReviewsService } from './citation-reviews.service';
import { CitationReview } from './citation-reviews.types';

@Resolver(() => CitationReview)
export class CitationReviewsResolver {
  constructor(private readonly reviews: CitationReviewsService) {}

  @Query(() => [CitationReview], {
    description: "The flagged citations of the course's published version, open ones first; at most one per citation of the version.",
  })
  @Roles('INSTRUCTOR', 'REVIEWER', 'ADMIN')
  citationReviews(@Args('courseSlug') courseSlug: string): Promise<CitationReview[]> {
    return this.reviews.ofCourse(courseSlug);
  }

  @Mutation(() => CitationReview, { description: 'Clears a flagged citation with a note of what was checked: audited, once, never edited.' })
  @Roles('REVIEWER', 'ADMIN')
  async clearCitationReview(
    @Args('id', { type: () => ID }) id: string,
    @Args('note') note: string,
    @Context() context: RequestContext,
  ): Promise<CitationReview> {
    return this.reviews.clear((await context.viewer())!, id, note);
  }
}

@Resolver(() => AuthoredQuiz)
@Roles('INSTRUCTOR', 'ADMIN')
export class AuthoredQuizCitationReviewsResolver {
  constructor(private readonly reviews: CitationReviewsService) {}

  @ResolveField(() => [CitationReview], { description: "The quiz's questions whose cited passage or reference changed and is not yet reviewed." })
  citationReviews(@Parent() quiz: AuthoredQuiz): Promise<CitationReview[]> {
    return this.reviews.openOfQuiz({ id: quiz.id, slug: quiz.slug });
  }
}
