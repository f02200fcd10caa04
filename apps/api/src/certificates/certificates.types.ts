import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CreditOffer } from '../catalog/accreditation.types';
import { CreditClaim } from './credit-claims.types';
import { ConnectionType } from '../common/pagination';

export enum CertificateStatusName {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CertificateStatusName, { name: 'CertificateStatus' });

export enum VerificationStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(VerificationStatus, { name: 'CertificateVerificationStatus' });

export enum CertificateBatchStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETE = 'COMPLETE',
}
registerEnumType(CertificateBatchStatus, { name: 'CertificateBatchStatus' });

@ObjectType({ description: 'A quiz the holder passed, at the version they passed it.' })
export class EarnedQuizVersion {
  @Field()
  title: string;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'A certificate as its holder and admins see it. Names and titles are as they were when it was issued.' })
export class Certificate {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Four groups of four symbols and a check symbol; read it aloud or type it on the verify page.' })
  code: string;

  @Field()
  holderName: string;

  @Field()
  courseSlug: string;

  @Field()
  courseTitle: string;

  @Field(() => Float)
  creditHours: number;

  @Field()
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null when the course certificate does not expire.' })
  expiresAt: Date | null;

  @Field(() => CertificateStatusName)
  status: CertificateStatusName;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason: string | null;

  @Field({ description: 'The PDF, for the holder and admins.' })
  pdfUrl: string;

  @Field({ description: 'The signed Open Badges 3.0 credential (VC-JWT), for the holder and admins.' })
  credentialUrl: string;

  @Field({ description: 'The same Open Badges 3.0 credential with an embedded eddsa-rdfc-2022 Data Integrity proof, for the holder and admins.' })
  openBadgeUrl: string;

  @Field({ description: 'The organisation that issued it, as its credentials name it (ISSUER_NAME).' })
  issuerName: string;

  @Field({ description: 'The public page anyone can check this certificate on; it never changes.' })
  verifyUrl: string;

  @Field(() => Int, { description: 'The course version the certificate was earned on.' })
  courseVersion: number;

  @Field(() => Date, { nullable: true, description: "When a reviewer signed that version off; null when it was issued on an admin's approval of a version nobody had signed off." })
  courseReviewedAt: Date | null;

  @Field(() => [EarnedQuizVersion], { description: 'The quizzes passed for it, each at the version passed.' })
  quizVersions: EarnedQuizVersion[];

  @Field(() => Int, { nullable: true, description: 'The version the course publishes now: a higher number than courseVersion means the course has been revised since.' })
  currentCourseVersion: number | null;

  @Field(() => [CreditOffer], { description: 'The credit types the version earned on offers, each with its designation statement; empty for versions that stated none.' })
  credits: CreditOffer[];

  @Field(() => String, { nullable: true, description: "The provider's accreditation statement on the version earned on." })
  accreditationStatement: string | null;

  @Field(() => CreditClaim, { nullable: true, description: 'The credit the holder claimed on it; null until they claim.' })
  creditClaim: CreditClaim | null;
}

@ObjectType()
export class CertificateConnection extends ConnectionType(Certificate, 'Certificate') {}

@ObjectType({ description: 'What anyone may learn from a certificate code: every claim printed on it, nothing private.' })
export class CertificateVerification {
  @Field(() => VerificationStatus)
  status: VerificationStatus;

  @Field(() => String, { nullable: true, description: 'The code in its canonical form; null when not found.' })
  code: string | null;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  courseTitle: string | null;

  @Field(() => Float, { nullable: true })
  creditHours: number | null;

  @Field(() => Date, { nullable: true })
  issuedAt: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  issuerName: string | null;

  @Field(() => Int, { nullable: true, description: 'The course version the certificate was earned on.' })
  courseVersion: number | null;

  @Field(() => Date, { nullable: true, description: "When a reviewer signed that version off; null when nobody had (the certificate was issued on an admin's approval) or not found." })
  courseReviewedAt: Date | null;

  @Field(() => [EarnedQuizVersion], { nullable: true, description: 'The quizzes passed for it, each at the version passed.' })
  quizVersions: EarnedQuizVersion[] | null;

  @Field(() => Int, { nullable: true, description: 'The version the course publishes now: a higher number than courseVersion means the course has been revised since.' })
  currentCourseVersion: number | null;

  @Field(() => [CreditOffer], { nullable: true, description: 'The credit types the version earned on offers, each with its designation statement; null when not found.' })
  credits: CreditOffer[] | null;

  @Field(() => String, { nullable: true, description: "The provider's accreditation statement on the version earned on." })
  accreditationStatement: string | null;

  @Field(() => Date, { nullable: true, description: "When the holder acknowledged the disclosures of the version earned on; null when they did not or it stated none." })
  disclosuresAcknowledgedAt: Date | null;

  @Field(() => CreditClaim, { nullable: true, description: 'The credit the holder claimed on it: type, amount, designation and date; null when none was claimed or not found.' })
  creditClaim: CreditClaim | null;
}

@ObjectType({ description: 'A bulk issue running in the background; counts grow as learners are processed.' })
export class CertificateBatch {
  @Field(() => ID)
  id: string;

  @Field(() => CertificateBatchStatus)
  status: CertificateBatchStatus;

  @Field()
  courseTitle: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  issued: number;

  @Field(() => Int, { description: 'Learners not eligible or already certified.' })
  skipped: number;

  @Field(() => Int)
  failed: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}

@ObjectType({ description: 'A learner who may be issued a certificate for the course now.' })
export class EligibleLearner {
  @Field(() => ID, { description: 'The learner account id.' })
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  completedAt: Date;

  @Field()
  attestedAt: Date;
}

@ObjectType()
export class EligibleLearnerConnection extends ConnectionType(EligibleLearner, 'EligibleLearner') {}

@ObjectType({ description: "The learner's acceptance of a course's attestation." })
export class Attestation {
  @Field()
  courseSlug: string;

  @Field({ description: 'The statement as it read when accepted.' })
  statement: string;

  @Field()
  acceptedAt: Date;
}
