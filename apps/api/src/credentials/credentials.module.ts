import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { CredentialsController } from './credentials.controller';
import { SignedCredentialsService } from './signed-credentials.service';

/** Open Badges 3.0 credentials and the CLR 2.0 learner record with Data Integrity proofs, and the issuer's DID document. */
@Module({
  imports: [CertificatesModule],
  controllers: [CredentialsController],
  providers: [SignedCredentialsService],
})
export class CredentialsModule {}
