import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LONGEST_COMMENT } from './evaluation-rules';

export enum EvaluationItemKind {
  RATING = 'RATING',
  YES_NO = 'YES_NO',
  TEXT = 'TEXT',
}
registerEnumType(EvaluationItemKind, {
  name: 'EvaluationItemKind',
  valuesMap: {
    RATING: { description: 'A point on the scale the item names, 1 being its first label.' },
    YES_NO: { description: 'Yes or no.' },
    TEXT: { description: 'Free text.' },
  },
});

export enum EvaluationPurpose {
  COMMERCIAL_BIAS = 'COMMERCIAL_BIAS',
  COMMITMENT_TO_CHANGE = 'COMMITMENT_TO_CHANGE',
}
registerEnumType(EvaluationPurpose, {
  name: 'EvaluationPurpose',
  description: 'What accreditation needs an item for: every form asks whether the content was free of commercial bias, and for a commitment to change.',
});

@ObjectType({ description: "One question of a course version's evaluation form." })
export class EvaluationItem {
  @Field({ description: 'Stable within the course.' })
  id: string;

  @Field(() => EvaluationItemKind)
  kind: EvaluationItemKind;

  @Field()
  prompt: string;

  @Field(() => [String], { description: 'For ratings, the labels of the scale from lowest (1) to highest; empty otherwise.' })
  scale: string[];

  @Field()
  required: boolean;

  @Field(() => EvaluationPurpose, { nullable: true })
  purpose: EvaluationPurpose | null;
}

@ObjectType({ description: 'The evaluation form of the course version the viewer completed, and whether they submitted it.' })
export class CourseEvaluation {
  @Field()
  courseSlug: string;

  @Field(() => Int, { description: 'The course version evaluated: the one the viewer completed.' })
  version: number;

  @Field(() => [EvaluationItem])
  items: EvaluationItem[];

  @Field(() => Date, { nullable: true, description: 'Null until the viewer submits it; an evaluation is submitted once per version.' })
  submittedAt: Date | null;
}

@ArgsType()
export class CourseEvaluationArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;
}

@InputType({ description: "An answer to one item: `rating` for ratings, `agreed` for yes-or-no items, `comment` for text; leave an optional item out to skip it." })
export class EvaluationAnswerInput {
  @Field()
  @IsString()
  @MaxLength(100)
  itemId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  rating?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  agreed?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  // Room for the rules to say how long a comment may be; anything longer is refused before they run.
  @MaxLength(LONGEST_COMMENT * 2)
  comment?: string | null;
}

@InputType()
export class SubmitEvaluationInput {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;

  @Field(() => [EvaluationAnswerInput])
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => EvaluationAnswerInput)
  answers: EvaluationAnswerInput[];
}
