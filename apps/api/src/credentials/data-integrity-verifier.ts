import {
  checkNotRevoked,
  CouldNotCheck,
  keysOf,
  revocationEntryOf,
  summaryOf,
  windowProblem,
  type CredentialSummary,
  type Json,
  type TrustedIssuer,
  type Verdict,
} from '../certificates/credential-verifier';
import { CredentialRejected } from '../certificates/vc-jwt';
import { dataIntegrityProblem } from './data-integrity';
import { documentLoaderFor, UnknownDocument } from './document-loader';
import { didWebOf, type DidDocument } from './issuer-did';

/** A trusted issuer that also answers with its DID document (`<issuer>/.well-known/did.json`, or a file given). */
export interface TrustedDidIssuer extends TrustedIssuer {
  didDocument(): Promise<DidDocument>;
}

/**
 * Checks a credential with an embedded eddsa-rdfc-2022 proof the way a relying party trusting this
 * platform should: the credential must name the trusted issuer's did:web, the key must be one that
 * the issuer's own DID document lists under assertionMethod (never a document the credential
 * points to), then the proof, the validity window and the revocation status. `withStatus: false`
 * is for a learner record, which carries no status of its own; the credentials inside it do.
 */
export async function verifyDataIntegrityCredential(credential: Json, trusted: TrustedDidIssuer, now: Date, withStatus = true): Promise<Verdict> {
  let summary: CredentialSummary | undefined;
  try {
    const did = await trustedDid(trusted);
    const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer?.id;
    if (issuerId !== did.id) throw new CredentialRejected(`it names ${JSON.stringify(issuerId)} as its issuer, not the trusted issuer ${did.id}`);
    summary = summaryOf(credential);
    const outside = windowProblem(credential, now, 'the credential');
    if (outside) throw new CredentialRejected(outside);
    const web = trusted.id ?? did.alsoKnownAs?.[0] ?? did.id;
    const problem = await dataIntegrityProblem(credential, documentLoaderFor([did]), async (checked) => {
      if (!withStatus) return;
      await checkNotRevoked(revocationEntryOf(checked), web, await keysOf(trusted), trusted, now);
    }, now);
    if (problem) throw rejectionOf(problem);
    // The library asks about status only when there is an entry; without one, a revocation could not be told.
    if (withStatus) revocationEntryOf(credential);
    return { valid: true, credential: summary };
  } catch (error) {
    if (error instanceof CouldNotCheck) return { valid: false, checked: false, reason: error.message, credential: summary };
    if (error instanceof CredentialRejected) return { valid: false, checked: true, reason: error.message, credential: summary };
    throw error;
  }
}

async function trustedDid(trusted: TrustedDidIssuer): Promise<DidDocument> {
  let document: DidDocument;
  try {
    document = await trusted.didDocument();
  } catch (error) {
    throw new CouldNotCheck(`the trusted DID document could not be read: ${(error as Error).message}`);
  }
  const expected = trusted.id === null ? document?.id : didWebOf(trusted.id);
  if (typeof document?.id !== 'string' || document.id !== expected || !Array.isArray(document.verificationMethod)) {
    throw new CouldNotCheck(`the DID document given is not the one of ${expected}`);
  }
  return document;
}

/** The libraries' reasons, in the words the verifier's report uses. */
function rejectionOf(problem: Error): Error {
  if (problem instanceof CouldNotCheck || problem instanceof CredentialRejected) return problem;
  if (problem instanceof UnknownDocument || /not authorized by controller|must match the verification method controller/i.test(problem.message)) {
    return new CredentialRejected(`its proof was made with a key the issuer does not list for issuing credentials (${problem.message})`);
  }
  if (/invalid signature/i.test(problem.message)) return new CredentialRejected('its proof does not match its content: it was altered or signed with another key');
  return new CredentialRejected(`its proof does not verify: ${problem.message}`);
}
