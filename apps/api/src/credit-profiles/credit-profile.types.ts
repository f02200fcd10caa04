import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Profession } from './credit-profile-rules';

export enum ProfessionName {
  PHYSICIAN = 'PHYSICIAN',
  NURSE_PRACTITIONER = 'NURSE_PRACTITIONER',
  PHYSICIAN_ASSOCIATE = 'PHYSICIAN_ASSOCIATE',
  NURSE = 'NURSE',
  PHARMACIST = 'PHARMACIST',
  OTHER = 'OTHER',
}
registerEnumType(ProfessionName, { name: 'Profession' });

/** Room for the rules to give their own reasons; anything longer is refused before they run. */
const LONGEST_TEXT = 200;

@ObjectType({ description: "A learner's details for continuing-education credit; read only by the learner and by admins, each admin read audited." })
export class CreditProfile {
  @Field(() => ProfessionName, { nullable: true })
  profession: Profession | null;

  @Field(() => String, { nullable: true })
  licenceNumber: string | null;

  @Field(() => String, { nullable: true, description: 'The state or country that issued the licence, as the learner wrote it.' })
  licenceJurisdiction: string | null;

  @Field(() => String, { nullable: true, description: 'National Provider Identifier: 10 digits with a valid check digit.' })
  npi: string | null;

  @Field({ description: 'Whether the learner consents to share the board identifier and birthday for board reporting.' })
  boardReportingConsent: boolean;

  @Field(() => Date, { nullable: true, description: 'When the consent now in force was given; null without consent.' })
  boardReportingConsentAt: Date | null;

  @Field(() => String, { nullable: true })
  boardIdentifier: string | null;

  @Field(() => Int, { nullable: true, description: 'Birth month, 1 to 12; no year is kept.' })
  birthMonth: number | null;

  @Field(() => Int, { nullable: true })
  birthDay: number | null;

  @Field(() => Date, { nullable: true, description: 'Null until the learner first saves the profile.' })
  updatedAt: Date | null;
}

@InputType({ description: 'The whole profile: a field left out or empty is stored as nothing.' })
export class CreditProfileInput {
  @Field(() => ProfessionName, { nullable: true })
  @IsOptional()
  @IsEnum(ProfessionName)
  profession?: Profession | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'A licence number has at most 40 characters.' })
  licenceNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The issuing state or country in words or as its code: 2 to 60 letters.' })
  @IsOptional()
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'Name the issuing state or country in 2 to 60 characters.' })
  licenceJurisdiction?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'An NPI is 10 digits.' })
  npi?: string | null;

  @Field({ description: 'Consent to share the board identifier and birthday for board reporting; false clears them.' })
  @IsBoolean()
  boardReportingConsent: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONGEST_TEXT, { message: 'A board identifier has at most 40 characters.' })
  boardIdentifier?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  birthMonth?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  birthDay?: number | null;
}

@ArgsType()
export class CreditProfileOfArgs {
  @Field(() => ID)
  @IsUUID()
  userId: string;
}
