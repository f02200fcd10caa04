import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@ObjectType({ description: "A reviewer's sign-off of a course version against current evidence; it cannot be edited afterwards." })
export class CourseVersionReview {
  @Field(() => ID)
  id: string;

  @Field()
  reviewerName: string;

  @Field()
  reviewedAt: Date;

  @Field({ description: 'What the reviewer checked.' })
  note: string;

  @Field({ description: 'The content hash of the version as the reviewer saw it.' })
  contentHash: string;

  @Field({ description: 'Until when this sign-off holds: at most three years after it.' })
  terminatesAt: Date;
}

@ObjectType({ description: "A published course version's review dates, for reviewers and admins." })
export class CourseReviewDue {
  @Field()
  courseSlug: string;

  @Field()
  courseTitle: string;

  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  version: number;

  @Field({ description: 'What a sign-off of this version must name.' })
  contentHash: string;

  @Field(() => Date, { nullable: true })
  releasedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null when nobody has signed this version off.' })
  lastReviewedAt: Date | null;

  @Field(() => Date, { nullable: true })
  terminatesAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days until termination; zero or less once it has passed.' })
  daysLeft: number | null;
}

@ArgsType()
export class DueForReviewArgs {
  @Field(() => Int, { defaultValue: 90, description: 'Versions terminating within this many days (1 to 1,100), or already terminated.' })
  @IsInt()
  @Min(1)
  @Max(1_100)
  withinDays: number;
}

@ArgsType()
export class SignOffArgs {
  @Field(() => ID)
  @IsUUID()
  versionId: string;

  @Field({ description: 'The content hash shown with the version reviewed; a version that changed since is refused.' })
  @IsString()
  @Length(1, 200)
  contentHash: string;

  @Field({ description: 'What was checked against current evidence: 10 to 2,000 characters.' })
  @IsString()
  @Length(10, 2_000)
  note: string;

  @Field(() => Date, { nullable: true, description: 'An earlier termination than three years from now, when the evidence is expected to move sooner.' })
  @IsOptional()
  @IsDate()
  terminatesAt?: Date | null;
}

@ArgsType()
export class CourseVersionArgs {
  @Field(() => ID)
  @IsUUID()
  versionId: string;
}
