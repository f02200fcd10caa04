import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class EnrollArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;
}

@ArgsType()
export class CompleteLessonArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  lessonId: string;

  @Field(() => Int, { nullable: true, description: 'Seconds spent reading, 0 to 86400 (a day).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  timeSpentSeconds?: number;
}
