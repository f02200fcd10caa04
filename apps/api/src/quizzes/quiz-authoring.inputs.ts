import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FeedbackPolicyName, ScoringRuleName } from './quiz-authoring.types';
import { QuestionTypeName } from './quizzes.types';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** Settings that always have a value may be left out, but not set to null. */
const unlessOmitted = ValidateIf((_, value) => value !== undefined);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class OptionInput {
  @Field(() => ID, { description: 'A short code unique within the question, such as a, b, c.' })
  @trimmed
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'Option ids are short codes of lower-case letters, digits and dashes, such as a, b, c.' })
  id: string;

  @Field()
  @IsString()
  @MaxLength(500, { message: 'An option has at most 500 characters.' })
  text: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  correct: boolean;
}

@InputType({ description: 'Either value and tolerance, or min and max.' })
export class NumericAnswerInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  value?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  tolerance?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  min?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  max?: number | null;
}

@InputType({ description: 'The whole question: an update replaces every field.' })
export class QuestionInput {
  @Field(() => QuestionTypeName)
  @IsEnum(QuestionTypeName)
  type: QuestionTypeName;

  @Field()
  @IsString()
  @MaxLength(2000, { message: 'A prompt has at most 2000 characters.' })
  prompt: string;

  @Field({ description: 'Shown to learners after submitting, as the feedback policy allows.' })
  @IsString()
  @MaxLength(4000, { message: 'An explanation has at most 4000 characters.' })
  explanation: string;

  @Field(() => String, { nullable: true, description: "An anchor of the course's current source, such as background-1." })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(100)
  passageAnchor?: string | null;

  @Field(() => [String], { nullable: true, description: "Keys of the course's references that support the answer." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'A question cites at most 20 references.' })
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  referenceKeys?: string[] | null;

  @Field(() => [OptionInput], { nullable: true, description: 'Choice questions; true/false takes the options true and false.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'A question has at most 20 options.' })
  @ValidateNested({ each: true })
  @Type(() => OptionInput)
  options?: OptionInput[] | null;

  @Field(() => NumericAnswerInput, { nullable: true, description: 'Numeric questions.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumericAnswerInput)
  numericAnswer?: NumericAnswerInput | null;

  @Field(() => [String], { nullable: true, description: 'Short-text questions; compared ignoring case and spacing.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'A question has at most 20 accepted answers.' })
  @IsString({ each: true })
  @MaxLength(1000, { each: true, message: 'An accepted answer has at most 1000 characters.' })
  acceptedAnswers?: string[] | null;
}

@InputType()
export class NewQuestionInput extends QuestionInput {
  @Field({ nullable: true, description: 'A stable key such as toxin-source; one is made up when omitted.' })
  @IsOptional()
  @trimmed
  @Matches(SLUG, { message: 'A question key is lower-case words joined by dashes, such as toxin-source.' })
  @MaxLength(80)
  key?: string;
}

@InputType({ description: 'Only the settings given change; send null to clear a limit.' })
export class QuizSettingsInput {
  @Field({ nullable: true })
  @unlessOmitted
  @trimmed
  @IsString()
  @MinLength(1, { message: 'Give the quiz a title.' })
  @MaxLength(200, { message: 'A title has at most 200 characters.' })
  title?: string;

  @Field(() => Int, { nullable: true })
  @unlessOmitted
  @IsInt()
  @Min(0, { message: 'The passing score is between 0 and 100.' })
  @Max(100, { message: 'The passing score is between 0 and 100.' })
  passingScore?: number;

  @Field(() => Int, { nullable: true, description: 'Null for unlimited attempts.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Allow at least 1 attempt, or null for unlimited.' })
  maxAttempts?: number | null;

  @Field(() => Int, { nullable: true })
  @unlessOmitted
  @IsInt()
  @Min(0, { message: 'The cooldown cannot be negative.' })
  cooldownSeconds?: number;

  @Field(() => Int, { nullable: true, description: 'Null for no time limit.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'A time limit is at least 1 second, or null for none.' })
  timeLimitSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: 'Null shows every question.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Draw at least 1 question, or null to show them all.' })
  drawCount?: number | null;

  @Field({ nullable: true })
  @unlessOmitted
  @IsBoolean()
  shuffleQuestions?: boolean;

  @Field({ nullable: true })
  @unlessOmitted
  @IsBoolean()
  shuffleOptions?: boolean;

  @Field(() => FeedbackPolicyName, { nullable: true })
  @unlessOmitted
  @IsEnum(FeedbackPolicyName)
  feedback?: FeedbackPolicyName;

  @Field(() => ScoringRuleName, { nullable: true })
  @unlessOmitted
  @IsEnum(ScoringRuleName)
  scoring?: ScoringRuleName;
}

@ArgsType()
export class AuthoredQuizArgs {
  @Field(() => ID, { description: 'The quiz id.' })
  @IsString()
  @MaxLength(100)
  id: string;
}

@ArgsType()
export class QuizArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  quizId: string;
}

@ArgsType()
export class QuestionArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  questionId: string;
}

@ArgsType()
export class CreateQuestionArgs extends QuizArgs {
  @Field(() => NewQuestionInput)
  @ValidateNested()
  @Type(() => NewQuestionInput)
  input: NewQuestionInput;
}

@ArgsType()
export class UpdateQuestionArgs extends QuestionArgs {
  @Field(() => QuestionInput)
  @ValidateNested()
  @Type(() => QuestionInput)
  input: QuestionInput;
}

@ArgsType()
export class ReorderQuestionsArgs extends QuizArgs {
  @Field(() => [ID], { description: 'Every question of the draft, once, in the new order.' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  questionIds: string[];
}

@ArgsType()
export class UpdateQuizSettingsArgs extends QuizArgs {
  @Field(() => QuizSettingsInput)
  @ValidateNested()
  @Type(() => QuizSettingsInput)
  input: QuizSettingsInput;
}
