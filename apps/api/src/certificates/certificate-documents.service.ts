import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { renderCertificatePdf } from './certificate-pdf';
import { printedStatusOf } from './certificate-pdf-status';
import { findCertificate, type CertificateRecord } from './certificate-records';
import { creditClaimOf, verifyUrl } from './certificate-view';
import { achievementCredential, platformIssuer, type CredentialFacts } from './open-badge';
import { SigningKeysService } from './signing-keys.service';
import { signCompactJws } from './vc-jwt';

/**
 * The files of a certificate, made on every download from what the database holds, so a rotated
 * signing key or a changed PUBLIC_URL never leaves stale copies to be served.
 */
@Injectable()
export class CertificateDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pdf(viewer: Viewer, certificateId: string): Promise<{ code: string; pdf: Buffer }> {
    const certificate = await this.downloadable(viewer, certificateId);
    const pdf = await renderCertificatePdf({
      ...certificate,
      issuerName: this.config.issuerName,
      verifyUrl: verifyUrl(this.config.publicUrl, certificate.code),
      statusMark: printedStatusOf(certificate),
      creditClaim: creditClaimOf(certificate),
    });
    return { code: certificate.code, pdf };
  }

  /** The Open Badges 3.0 credential as a VC-JWT, wrapped as the downloaded credential.json. */
  async credential(viewer: Viewer, certificateId: string): Promise<{ code: string; compactJwsString: string }> {
    const { code, facts } = await this.credentialFacts(viewer, certificateId);
    const credential = achievementCredential(facts, platformIssuer(this.config));
    return { code, compactJwsString: await signCompactJws(credential, await this.keys.activeKey()) };
  }

  /** What the certificate's credentials state, for its holder and admins only. */
  async credentialFacts(viewer: Viewer, certificateId: string): Promise<{ code: string; facts: CredentialFacts }> {
    const certificate = await this.downloadable(viewer, certificateId);
    return { code: certificate.code, facts: credentialFactsOf(certificate) };
  }

  /** Its holder and admins only; anyone else learns that it exists but not what it says. */
  private async downloadable(viewer: Viewer, certificateId: string): Promise<CertificateRecord> {
    const certificate = await findCertificate(this.dataSource, certificateId);
    if (!certificate) throw new NotFoundException('No certificate has that id.');
    if (certificate.userId !== viewer.id && !viewer.roles.includes('ADMIN')) {
      throw new ForbiddenException('Only the holder of a certificate and admins can download it.');
    }
    return certificate;
  }
}

export function credentialFactsOf(certificate: CertificateRecord): CredentialFacts {
  return { ...certificate, certificateId: certificate.id, holderId: certificate.userId, creditClaim: creditClaimOf(certificate) };
}
