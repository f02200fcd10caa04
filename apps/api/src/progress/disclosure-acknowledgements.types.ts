import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class AcknowledgeDisclosuresArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;
}

@ObjectType({ description: "A learner's record of having seen a course version's disclosures." })
export class DisclosureAcknowledgement {
  @Field()
  courseSlug: string;

  @Field(() => Int, { description: 'The course version whose disclosures the learner saw.' })
  version: number;

  @Field()
  acknowledgedAt: Date;
}
