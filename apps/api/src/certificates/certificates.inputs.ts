import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../common/pagination';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Larger bulk issues are split by the admin; a batch this size finishes in under a minute. */
const MAX_BATCH_LEARNERS = 5000;

/** A written reason, as overrides and revocations need, long enough to mean something to a later reader. */
function WrittenReason(what: string) {
  const decorators = [
    trimmed,
    IsString(),
    MinLength(10, { message: `Write the ${what} in at least 10 characters.` }),
    MaxLength(1000, { message: `The ${what} has at most 1000 characters.` }),
  ];
  return (target: object, property: string) => decorators.forEach((decorate) => decorate(target, property));
}

@ArgsType()
export class CourseSlugArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;
}

@ArgsType()
export class AcceptAttestationArgs extends CourseSlugArgs {
  @Field({
    nullable: true,
    description: "The statement as it was shown to the learner (Course.attestation); refused if the course's statement has changed since.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  statement?: string;
}

@ArgsType()
export class IssueCertificateArgs extends CourseSlugArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  userId: string;

  @Field(() => String, { nullable: true, description: 'Issues to a learner who is not eligible; recorded in the audit log.' })
  @IsOptional()
  @WrittenReason('override reason')
  overrideReason?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Send the same key when retrying an issue whose reply was lost: the certificate it issued comes back instead of ALREADY_CERTIFIED.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  idempotencyKey?: string;
}

@ArgsType()
export class IssueCertificatesArgs extends CourseSlugArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one learner.' })
  @ArrayMaxSize(MAX_BATCH_LEARNERS, { message: `Issue to at most ${MAX_BATCH_LEARNERS} learners at once.` })
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  userIds: string[];
}

@ArgsType()
export class RevokeCertificateArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  certificateId: string;

  @Field({ description: 'Why; shown to the holder, kept in the audit log, never on the public verify page.' })
  @WrittenReason('revocation reason')
  reason: string;
}

@ArgsType()
export class VerifyCertificateArgs {
  @Field({ description: 'As printed or typed: case, dashes and spaces do not matter.' })
  @IsString()
  @MaxLength(100)
  code: string;
}

@ArgsType()
export class CertificateBatchArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  id: string;
}

@ArgsType()
export class CoursePageArgs extends PageArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;
}
