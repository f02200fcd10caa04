import { ArgsType, Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { CreditType } from '../catalog/accreditation.types';
import { GraphQLCalendarDate } from '../common/calendar-date.scalar';

export enum TranscriptSourceName {
  PLATFORM = 'PLATFORM',
  SELF_REPORTED = 'SELF_REPORTED',
}
registerEnumType(TranscriptSourceName, {
  name: 'TranscriptSource',
  description: 'Where a transcript entry comes from.',
  valuesMap: {
    PLATFORM: { description: 'Credit claimed on a certificate of this platform, verifiable by its code.' },
    SELF_REPORTED: { description: 'Credit the learner says they earned elsewhere; the platform has not checked it.' },
  },
});

/** Room for the rules to give their own reasons; anything longer is refused before they run. */
const LONGEST_TEXT = 1000;

@ObjectType({ description: 'One credit on a learner\'s continuing-education transcript.' })
export class TranscriptEntry {
  @Field(() => ID, { description: 'The certificate\'s id for a platform credit; the self-reported credit\'s own id otherwise.' })
  id: string;

  @Field(() => TranscriptSourceName)
  source: TranscriptSourceName;

  @Field()
  activityTitle: string;

  @Field()
  provider: string;

  @Field(() => CreditType)
  creditType: CreditType;

  @Field(() => Float, { description: 'In hours, in quarter hours.' })
  amount: number;

  @Field(() => GraphQLCalendarDate, { description: 'When the credit was claimed (UTC day), or when the activity elsewhere was completed.' })
  date: string;

  @Field(() => String, { nullable: true, description: 'The certificate code anyone can verify; null for self-reported credit.' })
  certificateCode: string | null;
}

@ObjectType({ description: 'The credit of one type on a transcript, from the platform and self-reported.' })
export class CreditTotal {
  @Field(() => CreditType)
  creditType: CreditType;

  @Field(() => Float)
  platform: number;

  @Field(() => Float)
  selfReported: number;

  @Field(() => Float)
  combined: number;
}

@ObjectType({ description: 'Every credit a learner earned in a range of days, with totals by credit type. Revoked certificates\' credit is left out.' })
export class Transcript {
  @Field(() => GraphQLCalendarDate, { nullable: true })
  from: string | null;

  @Field(() => GraphQLCalendarDate, { nullable: true })
  to: string | null;

  @Field(() => [TranscriptEntry], { description: 'Oldest first.' })
  entries: TranscriptEntry[];

  @Field(() => [CreditTotal], { description: 'One per credit type the entries hold.' })
  totals: CreditTotal[];
}

@ArgsType()
export class TranscriptArgs {
  @Field(() => GraphQLCalendarDate, { nullable: true, description: 'The first day included; none: from the first credit.' })
  @IsOptional()
  from?: string | null;

  @Field(() => GraphQLCalendarDate, { nullable: true, description: 'The last day included; none: up to today.' })
  @IsOptional()
  to?: string | null;
}

@InputType({ description: 'A credit earned elsewhere, as the learner reports it.' })
export class AddExternalCreditInput {
  @Field()
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'The activity title has at most 200 characters.' })
  activityTitle: string;

  @Field({ description: 'Who provided the activity.' })
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'The provider has at most 200 characters.' })
  provider: string;

  @Field(() => CreditType)
  @IsEnum(CreditType)
  creditType: CreditType;

  @Field(() => Float, { description: 'In hours, in quarter hours: above 0 and at most 999.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount: number;

  @Field({ description: 'The day the activity was completed, YYYY-MM-DD; not in the future. Read by the rules so a bad date is refused under its field.' })
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'Give the date it was completed as YYYY-MM-DD.' })
  completedOn: string;
}

@ArgsType()
export class RemoveExternalCreditArgs {
  @Field(() => ID)
  @IsString()
  id: string;
}
