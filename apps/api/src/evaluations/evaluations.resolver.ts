import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { EvaluationResults, EvaluationResultsArgs } from './evaluation-results.types';
import { EvaluationResultsService } from './evaluation-results.service';
import { CourseEvaluation, CourseEvaluationArgs, SubmitEvaluationInput } from './evaluation.types';
import { EvaluationsService } from './evaluations.service';

@Resolver(() => CourseEvaluation)
export class EvaluationsResolver {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly results: EvaluationResultsService,
  ) {}

  @Query(() => CourseEvaluation, {
    description: 'The evaluation form of the course version the viewer completed, with when they submitted it. NOT_ELIGIBLE before they complete the course.',
  })
  @SignedIn()
  async courseEvaluation(@Args() { courseSlug }: CourseEvaluationArgs, @Context() context: RequestContext): Promise<CourseEvaluation> {
    return this.evaluations.formFor((await context.viewer())!.id, courseSlug);
  }

  @Mutation(() => CourseEvaluation, {
    description:
      'Submits the evaluation of the course version the viewer completed, once (ALREADY_EVALUATED after); credit is claimed only after it. Answers that need attention are refused with a problem per item id and nothing is stored.',
  })
  @SignedIn()
  async submitEvaluation(@Args('input') { courseSlug, answers }: SubmitEvaluationInput, @Context() context: RequestContext): Promise<CourseEvaluation> {
    return this.evaluations.submit((await context.viewer())!.id, courseSlug, answers);
  }

  @Query(() => EvaluationResults, { description: "A course version's evaluations aggregated per item, comments without names; for instructors and admins." })
  @Roles('INSTRUCTOR', 'ADMIN')
  courseEvaluationResults(@Args() { courseSlug, version }: EvaluationResultsArgs): Promise<EvaluationResults> {
    return this.results.resultsOfCourse(courseSlug, version ?? null);
  }
}
