import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLCalendarDate } from '../common/calendar-date.scalar';

const PERIOD = 'Days are UTC days on which credit was claimed (not certificates issued), both ends included; leave one out to leave that end open.';

@ArgsType()
export class ActivityCreditSummaryArgs {
  @Field()
  @IsString()
  @MaxLength(64)
  activityId: string;

  @Field(() => GraphQLCalendarDate, { nullable: true, description: `The first day. ${PERIOD}` })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => GraphQLCalendarDate, { nullable: true, description: `The last day. ${PERIOD}` })
  @IsOptional()
  @IsString()
  to?: string | null;
}
