import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { EvaluationItemKind, EvaluationPurpose } from './evaluation.types';

@ObjectType({ description: 'How many learners chose one point of a rating scale.' })
export class RatingCount {
  @Field(() => Int)
  value: number;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'The answers to one item, aggregated: no answer is tied to a learner.' })
export class EvaluationItemResult {
  @Field()
  itemId: string;

  @Field(() => EvaluationItemKind)
  kind: EvaluationItemKind;

  @Field()
  prompt: string;

  @Field(() => EvaluationPurpose, { nullable: true })
  purpose: EvaluationPurpose | null;

  @Field(() => Int, { description: 'How many learners answered this item.' })
  answered: number;

  @Field(() => [RatingCount], { description: 'For ratings, every point of the scale with how many chose it; empty otherwise.' })
  ratings: RatingCount[];

  @Field(() => Float, { nullable: true, description: 'For ratings, the mean point chosen; null with no answers.' })
  meanRating: number | null;

  @Field(() => Int, { description: 'For yes-or-no items, how many said yes.' })
  yes: number;

  @Field(() => Int, { description: 'For yes-or-no items, how many said no.' })
  no: number;

  @Field(() => [String], { description: 'For text items, every comment, in alphabetical order and without names.' })
  comments: string[];
}

@ObjectType({ description: "A course version's evaluations, aggregated per item." })
export class EvaluationResults {
  @Field()
  courseSlug: string;

  @Field()
  courseTitle: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: 'How many learners submitted the evaluation.' })
  responses: number;

  @Field(() => [EvaluationItemResult], { description: "The form's items in order; empty for a version with no form." })
  items: EvaluationItemResult[];
}

@ArgsType()
export class EvaluationResultsArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;

  @Field(() => Int, { nullable: true, description: 'The course version; the published one when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
