import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CreditType {
  AMA_PRA_CATEGORY_1 = 'AMA_PRA_CATEGORY_1',
  NURSING_CONTACT_HOURS = 'NURSING_CONTACT_HOURS',
  PHARMACY = 'PHARMACY',
  PARTICIPATION = 'PARTICIPATION',
}
registerEnumType(CreditType, {
  name: 'CreditType',
  description: 'A kind of continuing-education credit an activity offers.',
  valuesMap: {
    AMA_PRA_CATEGORY_1: { description: 'AMA PRA Category 1 Credit™, designated by an accredited provider.' },
    NURSING_CONTACT_HOURS: { description: 'Nursing contact hours.' },
    PHARMACY: { description: 'Pharmacy continuing-education credit.' },
    PARTICIPATION: { description: 'A certificate of participation: time spent, not credit.' },
  },
});

export enum LearningFormat {
  ENDURING_MATERIAL = 'ENDURING_MATERIAL',
}
registerEnumType(LearningFormat, { name: 'LearningFormat', description: 'The learning format, as accreditors name it.' });

export enum ContentRole {
  PLANNER = 'PLANNER',
  AUTHOR = 'AUTHOR',
  REVIEWER = 'REVIEWER',
}
registerEnumType(ContentRole, { name: 'ContentRole', description: 'How a person controls a course\'s content.' });

@ObjectType({ description: 'One kind of credit the activity offers.' })
export class CreditOffer {
  @Field(() => CreditType)
  type: CreditType;

  @Field(() => Float, { description: 'The most a learner can claim.' })
  maximum: number;

  @Field({ description: 'The designation statement, as every certificate states it.' })
  designation: string;
}

@ObjectType({ description: 'Who provides the activity, under what accreditation, and the credit it offers.' })
export class Accreditation {
  @Field()
  provider: string;

  @Field({ description: 'Whether the provider holds an accreditation to award the credit it offers.' })
  accredited: boolean;

  @Field({ description: 'The accreditation statement, or that the provider is not accredited.' })
  statement: string;

  @Field(() => LearningFormat)
  format: LearningFormat;

  @Field({ description: 'The identifier the provider reports the activity under.' })
  activityId: string;

  @Field(() => [CreditOffer])
  credits: CreditOffer[];
}

@ObjectType({ description: 'A relevant financial relationship of the past 24 months, and how it was mitigated.' })
export class FinancialRelationship {
  @Field()
  company: string;

  @Field({ description: 'Such as consulting fees or a speakers bureau.' })
  nature: string;

  @Field()
  mitigation: string;
}

@ObjectType({ description: 'A person in control of content.' })
export class ContentControllerDisclosure {
  @Field()
  name: string;

  @Field(() => [ContentRole])
  roles: ContentRole[];

  @Field(() => [FinancialRelationship], { description: 'Empty: the person has no relevant financial relationships.' })
  relationships: FinancialRelationship[];
}

@ObjectType()
export class CommercialSupport {
  @Field()
  supporter: string;

  @Field({ description: 'Such as an educational grant or in-kind support.' })
  kind: string;
}

@ObjectType({ description: 'What learners see, and acknowledge, before the first lesson.' })
export class Disclosures {
  @Field({ description: 'When they were collected (YYYY-MM-DD).' })
  collectedOn: string;

  @Field(() => [ContentControllerDisclosure])
  people: ContentControllerDisclosure[];

  @Field(() => [CommercialSupport], { description: 'Empty: the course has no commercial support.' })
  commercialSupport: CommercialSupport[];
}
