import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import { CohortReportArgs, CohortSort } from './reports.inputs';
import { ReportsService } from './reports.service';
import { CohortConnection, CohortMember } from './reports.types';

@Resolver(() => CohortMember)
@Roles('INSTRUCTOR', 'ADMIN')
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => CohortConnection, { description: "A course's enrolled learners against its modules, a page at a time." })
  cohortReport(@Args() { courseSlug, filter, sort, first, after }: CohortReportArgs) {
    return this.reports.cohort(courseSlug, filter ?? {}, sort ?? new CohortSort(), first, after);
  }
}
