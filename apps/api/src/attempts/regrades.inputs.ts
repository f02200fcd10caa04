import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { RegradeModeName } from './regrades.types';

@InputType({ description: 'Which regrade: corrected keys, or credit for everyone on one question (by key).' })
export class RegradeInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  quizId: string;

  @Field(() => RegradeModeName)
  @IsEnum(RegradeModeName)
  mode: RegradeModeName;

  @Field(() => String, { nullable: true, description: 'CREDIT_ALL only: the key of the question to give everyone credit for.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(200)
  questionKey?: string | null;
}

@ArgsType()
export class RegradeArgs {
  @Field(() => RegradeInput)
  @ValidateNested()
  @Type(() => RegradeInput)
  input: RegradeInput;
}

@ArgsType()
export class RegradeIdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id: string;
}

@ArgsType()
export class QuizRegradesArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  quizId: string;
}
