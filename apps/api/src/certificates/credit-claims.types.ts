import { ArgsType, Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { CreditOffer, CreditType } from '../catalog/accreditation.types';
import { ProfessionName } from '../credit-profiles/credit-profile.types';

@ObjectType({ description: 'The credit a learner claimed on a certificate: one claim per certificate, never changed.' })
export class CreditClaim {
  @Field(() => CreditType)
  creditType: CreditType;

  @Field(() => Float, { description: 'Hours claimed, in quarter hours.' })
  amount: number;

  @Field({ description: 'The designation statement of the credit type, as the certificate states it.' })
  designation: string;

  @Field()
  claimedAt: Date;

  @Field(() => Int, { description: 'The minutes the platform measured when the claim was made: lesson pages read and quiz attempts.' })
  measuredMinutes: number;

  @Field({ description: 'Whether the learner attested to time beyond what the platform measured.' })
  attested: boolean;
}

export enum ClaimBlocker {
  NO_CERTIFICATE = 'NO_CERTIFICATE',
  EVALUATION_REQUIRED = 'EVALUATION_REQUIRED',
  CREDIT_PROFILE_REQUIRED = 'CREDIT_PROFILE_REQUIRED',
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
}
registerEnumType(ClaimBlocker, {
  name: 'ClaimBlocker',
  description: 'What stands between the learner and claiming credit for a course.',
  valuesMap: {
    NO_CERTIFICATE: { description: 'No certificate in force for the course: complete it first, or it was revoked or has expired.' },
    EVALUATION_REQUIRED: { description: 'The evaluation of the version the certificate was earned on is not submitted yet.' },
    CREDIT_PROFILE_REQUIRED: { description: 'The credit profile states no profession yet.' },
    ALREADY_CLAIMED: { description: 'Credit was claimed on this certificate already.' },
  },
});

@ObjectType({ description: 'A credit type the course offers, and whether the learner\'s profession may claim it.' })
export class ClaimableCredit extends CreditOffer {
  @Field({ description: "Whether the learner's profession may claim this type; false too while the profile states no profession." })
  openToProfession: boolean;
}

@ObjectType({ description: 'What a learner may claim for a course, and what they must do first.' })
export class CreditClaimOptions {
  @Field()
  courseSlug: string;

  @Field(() => String, { nullable: true, description: 'The certificate in force the claim goes on; null without one.' })
  certificateCode: string | null;

  @Field(() => ClaimBlocker, { nullable: true, description: 'What must happen first; null when the learner can claim now.' })
  blocker: ClaimBlocker | null;

  @Field(() => ProfessionName, { nullable: true })
  profession: ProfessionName | null;

  @Field(() => Int, { description: 'Minutes the platform measured: lesson pages read (up to an hour each) and submitted quiz attempts (up to an hour each).' })
  measuredMinutes: number;

  @Field(() => [ClaimableCredit], { description: 'Empty without a certificate or when the version offers no credit.' })
  offers: ClaimableCredit[];

  @Field(() => CreditClaim, { nullable: true })
  claim: CreditClaim | null;
}

@ArgsType()
export class CreditClaimOptionsArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;
}

@InputType()
export class ClaimCreditInput {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;

  @Field(() => CreditType)
  @IsEnum(CreditType)
  creditType: CreditType;

  @Field(() => Float, { description: 'Hours, in quarter hours, up to the maximum the course offers for the type.' })
  @IsNumber()
  amount: number;

  @Field({ nullable: true, description: 'Required (true) when the amount is more than the time the platform measured: the learner attests they spent it.' })
  @IsOptional()
  @IsBoolean()
  attest?: boolean;
}
