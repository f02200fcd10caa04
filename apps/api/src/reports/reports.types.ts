import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../common/pagination';
import { ProgressStatusName } from '../progress/progress.types';

export enum CohortSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  PERCENT = 'PERCENT',
  LAST_ACTIVITY = 'LAST_ACTIVITY',
}
registerEnumType(CohortSortField, { name: 'CohortSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: "One module of the course's current version, for one learner." })
export class CohortModuleStatus {
  @Field()
  slug: string;

  @Field()
  title: string;

  @Field(() => ProgressStatusName)
  status: ProgressStatusName;

  @Field(() => Float, { nullable: true, description: 'Null when the module has no quiz or it has not been graded yet.' })
  bestQuizScore: number | null;
}

@ObjectType({ description: "A learner enrolled in a course, as the cohort report shows them: instructors' and admins' view." })
export class CohortMember {
  @Field(() => ID)
  learnerId: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => ProgressStatusName)
  status: ProgressStatusName;

  @Field(() => Float)
  percent: number;

  @Field(() => Int)
  completedLessons: number;

  @Field()
  eligibleForCertificate: boolean;

  @Field(() => [CohortModuleStatus])
  modules: CohortModuleStatus[];

  @Field(() => Float, { nullable: true })
  finalExamBestScore: number | null;

  @Field()
  enrolledAt: Date;

  @Field()
  lastActivityAt: Date;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@ObjectType()
export class CohortConnection extends ConnectionType(CohortMember, 'Cohort') {}
