import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import { EvaluationResults } from '../evaluations/evaluation-results.types';
import { EvaluationResultsService } from '../evaluations/evaluation-results.service';
import { ActivityCreditSummaryArgs } from './credit-reports.inputs';
import { CreditReportsService } from './credit-reports.service';
import { ActivityCreditSummary, CreditActivity } from './credit-reports.types';

@Resolver(() => ActivityCreditSummary)
@Roles('ADMIN')
export class CreditReportsResolver {
  constructor(
    private readonly creditReports: CreditReportsService,
    private readonly evaluationResults: EvaluationResultsService,
  ) {}

  @Query(() => [CreditActivity], { description: 'Every accreditation activity of the released courses, by course title.' })
  creditActivities(): Promise<CreditActivity[]> {
    return this.creditReports.activities();
  }

  @Query(() => ActivityCreditSummary, {
    description:
      'The credit claimed for an activity: learners by profession and credit by type. The period is of the days credit was claimed, in UTC, both included.',
  })
  activityCreditSummary(@Args() { activityId, from, to }: ActivityCreditSummaryArgs): Promise<ActivityCreditSummary> {
    return this.creditReports.summary(activityId, { from: from ?? null, to: to ?? null });
  }

  @ResolveField(() => [EvaluationResults], {
    description: "The evaluations of each released course version of the activity, newest first: each version's whole, not only the period's.",
  })
  evaluations(@Parent() summary: ActivityCreditSummary): Promise<EvaluationResults[]> {
    return this.evaluationResults.forCourseVersions(summary.versionIds);
  }
}
