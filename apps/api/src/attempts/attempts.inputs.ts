import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

const MAX_ANSWER_LENGTH = 1000;

@InputType({ description: 'An answer to one question: optionIds for choice questions, number for numeric, text for short text.' })
export class AnswerInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  questionId: string;

  @Field(() => [ID], { nullable: true, description: "The attempt's own option ids, as its questions show them; an empty list clears a choice." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  optionIds?: string[] | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({}, { message: 'A numeric answer must be a finite number.' })
  number?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_ANSWER_LENGTH, { message: `A text answer has at most ${MAX_ANSWER_LENGTH} characters.` })
  text?: string | null;
}

@ArgsType()
export class QuizIdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  quizId: string;
}

@ArgsType()
export class AttemptIdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id: string;
}

@ArgsType()
export class AttemptAnswersArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  attemptId: string;

  @Field(() => [AnswerInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}

@ArgsType()
export class SubmitAttemptArgs extends AttemptAnswersArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Send the same key when retrying a submit whose reply was lost: the graded attempt comes back instead of an error.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  idempotencyKey?: string | null;
}
