import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AcknowledgeDisclosuresArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version whose disclosures the learner read; refused under `version` when another has been published since, so the record names the version seen.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
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
