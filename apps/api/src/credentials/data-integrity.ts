import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { verificationMethodId } from './issuer-did';

/**
 * Embedded proofs: a DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite and proof purpose
 * assertionMethod (Open Badges 3.0 section 8.3, W3C Data Integrity EdDSA Cryptosuites v1.0),
 * made and checked by Digital Bazaar's libraries. RDF canonicalisation makes this costly, so a
 * credential is signed once and stored (signed-credentials.service.ts), never on every request.
 */
export const CRYPTOSUITE = 'eddsa-rdfc-2022';

export interface Ed25519Signer {
  did: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

export async function signWithDataIntegrity(
  credential: object,
  key: Ed25519Signer,
  documentLoader: DocumentLoader,
  date?: string,
): Promise<Record<string, any>> {
  const keyPair = await Ed25519Multikey.from({ ...key, id: verificationMethodId(key.did, key.publicKeyMultibase), controller: key.did });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, ...(date ? { date } : {}) });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader });
}

export type StatusCheck = (credential: Record<string, any>) => Promise<void>;

/**
 * Checks the proof with the verification method the documentLoader resolves (the trusted issuer's
 * DID document only), that the method is the issuer's own and listed under assertionMethod, the
 * validity window at `now`, and the status through `checkStatus`. Resolves with null when valid,
 * or the first reason it is not.
 */
export async function dataIntegrityProblem(
  credential: Record<string, any>,
  documentLoader: DocumentLoader,
  checkStatus: StatusCheck,
  now: Date,
): Promise<Error | null> {
  const proofs = [credential.proof ?? []].flat();
  if (proofs.length !== 1) return new Error(`it carries ${proofs.length} proofs, not one Data Integrity proof`);
  const [proof] = proofs;
  if (proof?.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE) {
    return new Error(`its proof is ${JSON.stringify(proof?.type)} with cryptosuite ${JSON.stringify(proof?.cryptosuite)}; only a DataIntegrityProof with ${CRYPTOSUITE} is accepted`);
  }
  let statusError: Error | null = null;
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    now,
    checkStatus: async ({ credential: checked }) => {
      try {
        await checkStatus(checked);
        return { verified: true };
      } catch (error) {
        statusError = error as Error;
        return { verified: false, error: error as Error };
      }
    },
  });
  if (result.verified) return null;
  return statusError ?? firstReason(result);
}

function firstReason(result: Awaited<ReturnType<typeof vc.verifyCredential>>): Error {
  const proofError = result.results?.find((entry) => !entry.verified)?.error;
  const error = proofError ?? result.error?.errors?.[0] ?? result.error ?? new Error('it did not verify');
  return error;
}
