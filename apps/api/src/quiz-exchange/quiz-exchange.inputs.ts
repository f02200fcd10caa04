import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { QuizArgs } from '../quizzes/quiz-authoring.inputs';
import { PACKAGE_LIMITS } from './qti-package-reading';

/** Base64 of the largest package accepted, with room for the padding. */
const BASE64_LIMIT = Math.ceil(PACKAGE_LIMITS.bytes / 3) * 4;

@ArgsType()
export class ImportQtiPackageArgs extends QuizArgs {
  @Field({ description: `A QTI 3.0 content package (a .zip with imsmanifest.xml), base64-encoded; at most ${PACKAGE_LIMITS.bytes / 1024} KB before encoding.` })
  @IsString()
  @MaxLength(BASE64_LIMIT, { message: `The package is larger than ${PACKAGE_LIMITS.bytes / 1024} KB.` })
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'The package must be sent as base64.' })
  packageBase64: string;

  @Field(() => String, { nullable: true, description: "A passage anchor of the course's source, cited by imported items that cite nothing this platform knows." })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100)
  passageAnchor?: string | null;
}

export class QtiPackageQuery {
  @IsOptional()
  @IsIn(['authoring', 'published'], { message: 'version is "authoring" (the draft if there is one) or "published".' })
  version?: 'authoring' | 'published';
}
