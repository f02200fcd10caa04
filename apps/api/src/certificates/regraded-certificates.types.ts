import { ArgsType, Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, MaxLength, MinLength } from 'class-validator';

export enum RegradeDecisionName {
  KEEP = 'KEEP',
  REVOKE = 'REVOKE',
}
registerEnumType(RegradeDecisionName, { name: 'RegradeDecision' });

@ObjectType({ description: 'A certificate in force whose holder no longer passes a quiz of its course after a regrade; it stays valid until an admin decides.' })
export class RegradedCertificate {
  @Field(() => ID)
  certificateId: string;

  @Field()
  code: string;

  @Field()
  holderName: string;

  @Field()
  holderEmail: string;

  @Field()
  courseTitle: string;

  @Field()
  courseSlug: string;

  @Field()
  issuedAt: Date;

  @Field({ description: 'The quiz the holder no longer passes.' })
  quizTitle: string;

  @Field(() => ID, { description: 'The attempt that passed before the regrade.' })
  attemptId: string;

  @Field(() => ID)
  regradeId: string;

  @Field()
  regradedAt: Date;

  @Field(() => Float)
  oldScore: number;

  @Field(() => Float)
  newScore: number;
}

@ObjectType({ description: "An admin's decision on a certificate a regrade put in doubt." })
export class RegradeCertificateDecision {
  @Field(() => ID)
  certificateId: string;

  @Field(() => ID)
  regradeId: string;

  @Field(() => RegradeDecisionName)
  decision: RegradeDecisionName;

  @Field()
  reason: string;

  @Field()
  decidedAt: Date;
}

@ArgsType()
export class DecideRegradedCertificateArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  certificateId: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  regradeId: string;

  @Field(() => RegradeDecisionName)
  @IsEnum(RegradeDecisionName)
  decision: RegradeDecisionName;

  @Field({ description: 'Why, for the audit log; on a revocation, the reason the certificate shows.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(10, { message: 'Write the reason in at least 10 characters.' })
  @MaxLength(1000, { message: 'The reason has at most 1000 characters.' })
  reason: string;
}
