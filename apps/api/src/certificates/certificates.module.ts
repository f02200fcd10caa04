import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { AutomaticCertificatesService } from './automatic-certificates.service';
import { CertificateBatchesService } from './certificate-batches.service';
import { CertificateDocumentsService } from './certificate-documents.service';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificateMailService } from './certificate-mail.service';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesResolver } from './certificates.resolver';
import { CourseProgressCertificateResolver } from './course-progress-certificate.resolver';
import { CreditClaimsResolver } from './credit-claims.resolver';
import { CreditClaimsService } from './credit-claims.service';
import { CertificatesService } from './certificates.service';
import { EligibilityService } from './eligibility.service';
import { RegradedCertificatesResolver } from './regraded-certificates.resolver';
import { RegradedCertificatesService } from './regraded-certificates.service';
import { SigningKeysService } from './signing-keys.service';
import { StatusListsService } from './status-lists.service';

/** Issues, revokes and verifies certificates, and records the credit claimed on them; follows progress's course.completed to issue automatic ones. */
@Module({
  imports: [AuditModule, RateLimitsModule, MailModule],
  controllers: [CertificatesController],
  providers: [
    SigningKeysService,
    StatusListsService,
    CertificateMailService,
    CertificateIssuingService,
    AutomaticCertificatesService,
    CertificatesService,
    EligibilityService,
    CertificateBatchesService,
    CertificateVerificationService,
    CertificateDocumentsService,
    CertificatesResolver,
    CourseProgressCertificateResolver,
    RegradedCertificatesService,
    RegradedCertificatesResolver,
    CreditClaimsService,
    CreditClaimsResolver,
  ],
  exports: [SigningKeysService, CertificateDocumentsService],
})
export class CertificatesModule {}
