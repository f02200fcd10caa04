import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles, SignedIn } from '../auth/policy.decorators';
import { PlatformError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { CertificateBatchesService } from './certificate-batches.service';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesService } from './certificates.service';
import {
  AcceptAttestationArgs,
  CertificateBatchArgs,
  CoursePageArgs,
  IssueCertificateArgs,
  IssueCertificatesArgs,
  RevokeCertificateArgs,
  VerifyCertificateArgs,
} from './certificates.inputs';
import {
  Attestation,
  Certificate,
  CertificateBatch,
  CertificateConnection,
  CertificateVerification,
  EligibleLearnerConnection,
} from './certificates.types';
import { EligibilityService } from './eligibility.service';

@Resolver()
export class CertificatesResolver {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly eligibility: EligibilityService,
    private readonly batches: CertificateBatchesService,
    private readonly verification: CertificateVerificationService,
  ) {}

  @Query(() => CertificateVerification, { description: 'Anyone may check a certificate code; rate limited per address.' })
  @Public()
  verifyCertificate(@Args() { code }: VerifyCertificateArgs, @Context() context: RequestContext) {
    return this.verification.verify(code, context.req.ip ?? 'unknown');
  }

  @Query(() => [Certificate], { description: "The signed-in learner's certificates, newest first." })
  @SignedIn()
  async myCertificates(@Context() context: RequestContext) {
    return this.certificates.mine((await context.viewer())!);
  }

  @Mutation(() => Attestation, { description: "Accepts the course's attestation, which a certificate requires." })
  @SignedIn()
  async acceptAttestation(@Args() { courseSlug, statement }: AcceptAttestationArgs, @Context() context: RequestContext) {
    return this.eligibility.accept((await context.viewer())!, courseSlug, statement ?? null);
  }

  @Query(() => EligibleLearnerConnection, { description: 'Learners who may be issued a certificate for the course now, by name.' })
  @Roles('ADMIN')
  eligibleLearners(@Args() { courseSlug, first, after }: CoursePageArgs) {
    return this.eligibility.eligibleLearners(courseSlug, first, after);
  }

  @Query(() => CertificateConnection, { description: 'The certificates issued for a course, newest first.' })
  @Roles('ADMIN')
  courseCertificates(@Args() { courseSlug, first, after }: CoursePageArgs) {
    return this.certificates.ofCourse(courseSlug, first, after);
  }

  @Mutation(() => Certificate, { description: 'Issues one certificate; audited.' })
  @Roles('ADMIN')
  async issueCertificate(@Args() order: IssueCertificateArgs, @Context() context: RequestContext) {
    return this.certificates.issue((await context.viewer())!, order);
  }

  @Mutation(() => CertificateBatch, { description: 'Issues to many learners in the background; follow it with certificateBatch.' })
  @Roles('ADMIN')
  async issueCertificates(@Args() { userIds, courseSlug }: IssueCertificatesArgs, @Context() context: RequestContext) {
    return this.batches.request((await context.viewer())!, userIds, courseSlug);
  }

  @Query(() => CertificateBatch)
  @Roles('ADMIN')
  async certificateBatch(@Args() { id }: CertificateBatchArgs) {
    const batch = await this.batches.find(id);
    if (!batch) throw new PlatformError('NOT_FOUND', 'No certificate batch has that id.');
    return batch;
  }

  @Mutation(() => Certificate, { description: 'Revokes a certificate for good; audited.' })
  @Roles('ADMIN')
  async revokeCertificate(@Args() { certificateId, reason }: RevokeCertificateArgs, @Context() context: RequestContext) {
    return this.certificates.revoke((await context.viewer())!, certificateId, reason);
  }
}
