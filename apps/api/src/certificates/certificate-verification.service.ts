import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { printableName } from '../users/display-name';
import { parseCertificateCode } from './certificate-code';
import { certificateWithCode } from './certificate-records';
import { creditClaimOf, statusOf } from './certificate-view';
import { VerificationStatus, type CertificateVerification } from './certificates.types';

/** Generous for an employer checking a list of staff, far too slow for walking an 80-bit code space. */
export const VERIFY_LIMIT = { limit: 30, windowSeconds: 60 };

@Injectable()
export class CertificateVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * For anyone, without an account: every claim printed on the certificate, so an altered PDF
   * shows up against this page, and nothing else (no email, no scores, no revocation reason).
   */
  async verify(code: string, address: string): Promise<CertificateVerification> {
    await this.rateLimits.consume(
      { key: `verify-certificate:address:${address}`, ...VERIFY_LIMIT },
      'Too many certificate checks from this address.',
    );
    const canonical = parseCertificateCode(code);
    const record = canonical ? await certificateWithCode(this.dataSource, canonical) : null;
    if (!record) {
      return {
        status: VerificationStatus.NOT_FOUND,
        code: null,
        holderName: null,
        courseTitle: null,
        creditHours: null,
        issuedAt: null,
        expiresAt: null,
        revokedAt: null,
        issuerName: null,
        courseVersion: null,
        courseReviewedAt: null,
        quizVersions: null,
        currentCourseVersion: null,
        credits: null,
        accreditationStatement: null,
        disclosuresAcknowledgedAt: null,
        creditClaim: null,
      };
    }
    return {
      status: VerificationStatus[statusOf(record)],
      code: record.code,
      // A name stored before names were checked may hold line breaks or direction overrides: shown written out.
      holderName: printableName(record.holderName),
      courseTitle: record.courseTitle,
      creditHours: record.creditHours,
      issuedAt: record.issuedAt,
      expiresAt: record.expiresAt,
      revokedAt: record.revokedAt,
      issuerName: this.config.issuerName,
      courseVersion: record.courseVersion,
      courseReviewedAt: record.courseReviewedAt,
      quizVersions: record.quizVersions,
      currentCourseVersion: record.currentCourseVersion,
      credits: record.accreditation?.credits ?? [],
      accreditationStatement: record.accreditation?.statement ?? null,
      disclosuresAcknowledgedAt: record.disclosuresAcknowledgedAt,
      creditClaim: creditClaimOf(record),
    };
  }
}
