import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/policy.decorators';
import { PageArgs } from '../common/pagination';
import { ActivityService } from './activity.service';
import { LearningEvent, LearningEventConnection } from './activity.types';

@ArgsType()
class ActivityLogArgs extends PageArgs {
  @Field({ nullable: true, description: 'One course; every course when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  courseSlug?: string;
}

@Resolver(() => LearningEvent)
@Roles('ADMIN')
export class ActivityResolver {
  constructor(private readonly activity: ActivityService) {}

  @Query(() => LearningEventConnection, { description: 'Learning events, newest first.' })
  activityLog(@Args() { courseSlug, first, after }: ActivityLogArgs) {
    return this.activity.log(courseSlug, first, after);
  }
}
