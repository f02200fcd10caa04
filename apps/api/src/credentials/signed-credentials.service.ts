import { createHash } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { certificatesOfHolder } from '../certificates/certificate-records';
import { CertificateDocumentsService, credentialFactsOf } from '../certificates/certificate-documents.service';
import { statusOf } from '../certificates/certificate-view';
import { openBadgeCredential, platformIssuer, withJwtClaims, type Issuer } from '../certificates/open-badge';
import { SigningKeysService } from '../certificates/signing-keys.service';
import { signCompactJws } from '../certificates/vc-jwt';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { signWithDataIntegrity } from './data-integrity';
import { documentLoaderFor } from './document-loader';
import { didDocument, didWebOf, type DidDocument } from './issuer-did';
import { learnerRecordCredential } from './learner-record';
import { storedSignedCredential, storeSignedCredential } from './signed-credential-records';

/** The learner record as 1EdTech's CLR API returns it: the same ClrCredential as a VC-JWT and with an embedded proof. */
export interface LearnerRecordFile {
  compactJwsStrings: string[];
  credential: Record<string, any>[];
}

/**
 * Credentials with an embedded Data Integrity proof: each certificate's Open Badges 3.0
 * credential and the learner's CLR. Signing canonicalises RDF, which costs CPU, so each is signed
 * the first time it is asked for and stored; it is signed again only when what it says, the
 * issuer's address or the key changes.
 */
@Injectable()
export class SignedCredentialsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: SigningKeysService,
    private readonly documents: CertificateDocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async didDocument(): Promise<DidDocument> {
    return didDocument(this.config.publicUrl, await this.keys.ed25519PublicKeys());
  }

  /** The certificate's Open Badges 3.0 credential with its eddsa-rdfc-2022 proof; its holder and admins only. */
  async openBadge(viewer: Viewer, certificateId: string): Promise<{ code: string; credential: Record<string, any> }> {
    const { code, facts } = await this.documents.credentialFacts(viewer, certificateId);
    return { code, credential: await this.signedOnce(openBadgeCredential(facts, this.didIssuer())) };
  }

  /** The signed-in learner's own record, of the certificates valid now. */
  async learnerRecord(viewer: Viewer): Promise<LearnerRecordFile> {
    const current = (await certificatesOfHolder(this.dataSource, viewer.id)).filter((certificate) => statusOf(certificate) === 'VALID');
    if (current.length === 0) throw new NotFoundException('You hold no valid certificate yet, so there is no learner record to download.');
    const credentials: Record<string, any>[] = [];
    // One after another: a first download signs each credential, and that should not take every core at once.
    for (const certificate of current) credentials.push(await this.signedOnce(openBadgeCredential(credentialFactsOf(certificate), this.didIssuer())));
    const facts = { holderId: viewer.id, holderName: current[0].holderName, credentials };
    const record = await this.signedOnce(learnerRecordCredential(facts, this.didIssuer()));
    const jwt = await signCompactJws(withJwtClaims(learnerRecordCredential(facts, platformIssuer(this.config))), await this.keys.activeKey());
    return { compactJwsStrings: [jwt], credential: [record] };
  }

  /** In the Data Integrity form the issuer is the platform's did:web, whose document lists the keys. */
  private didIssuer(): Issuer {
    return { id: didWebOf(this.config.publicUrl), name: this.config.issuerName, url: this.config.publicUrl };
  }

  private async signedOnce(unsigned: { id: string }): Promise<Record<string, any>> {
    const key = await this.keys.activeEd25519Key();
    const contentSha256 = createHash('sha256').update(sortedJson([key.publicKeyMultibase, unsigned])).digest('hex');
    const stored = await storedSignedCredential(this.dataSource, unsigned.id, contentSha256);
    if (stored) return stored;
    const did = didWebOf(this.config.publicUrl);
    const signed = await signWithDataIntegrity(unsigned, { ...key, did }, documentLoaderFor([await this.didDocument()]));
    await storeSignedCredential(this.dataSource, unsigned.id, contentSha256, signed);
    return signed;
  }
}

/** Members in name order at every depth: a credential read back from jsonb has its members reordered, yet says the same. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const members = Object.entries(value).filter(([, member]) => member !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${members.map(([name, member]) => `${JSON.stringify(name)}:${sortedJson(member)}`).join(',')}}`;
}
