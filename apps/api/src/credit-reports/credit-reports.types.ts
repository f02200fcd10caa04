import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CreditType } from '../catalog/accreditation.types';
import { ProfessionName } from '../credit-profiles/credit-profile.types';

@ObjectType({ description: 'An accreditation activity the platform offers: a course, under the identifier the provider reports it by.' })
export class CreditActivity {
  @Field()
  activityId: string;

  @Field({ description: "The title of the activity's newest released course version." })
  courseTitle: string;
}

@ObjectType({ description: 'How many learners claimed credit as members of one profession.' })
export class ProfessionCount {
  @Field(() => ProfessionName)
  profession: ProfessionName;

  @Field(() => Int)
  learners: number;
}

@ObjectType({ description: 'The credit of one type claimed.' })
export class CreditTypeTotal {
  @Field(() => CreditType)
  creditType: CreditType;

  @Field(() => Int)
  claims: number;

  @Field(() => Float)
  totalAmount: number;
}

@ObjectType({ description: 'Who claimed credit for an activity in a period, and how much; revoked certificates left out.' })
export class ActivityCreditSummary {
  @Field()
  activityId: string;

  @Field()
  courseTitle: string;

  @Field(() => Int, { description: 'Learners with at least one claim in the period.' })
  learners: number;

  @Field(() => [ProfessionCount], { description: 'By the profession each learner claimed as; a learner who claimed as two counts under each.' })
  learnersByProfession: ProfessionCount[];

  @Field(() => [CreditTypeTotal])
  creditsByType: CreditTypeTotal[];

  /** The activity's released course versions, newest first, for the evaluation results. */
  versionIds: string[];
}
