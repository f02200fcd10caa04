/**
 * The platform as a did:web issuer: the DID names the host of PUBLIC_URL, and its document, served
 * at /.well-known/did.json, lists the Ed25519 Multikeys that sign Data Integrity proofs under
 * assertionMethod, which is what a verifier checks an eddsa-rdfc-2022 proof's key against.
 */
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

export interface DidDocument {
  '@context': string[];
  id: string;
  alsoKnownAs: string[];
  verificationMethod: { id: string; type: 'Multikey'; controller: string; publicKeyMultibase: string }[];
  assertionMethod: string[];
}

/** did:web of a web address: its host (a port percent-encoded) and any path, each segment after a colon. */
export function didWebOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...path].join(':');
}

export function verificationMethodId(did: string, publicKeyMultibase: string): string {
  return `${did}#${publicKeyMultibase}`;
}

/** Retired keys stay listed, so proofs they made still verify; removing one withdraws it. */
export function didDocument(publicUrl: string, publicKeysMultibase: string[]): DidDocument {
  const id = didWebOf(publicUrl);
  const methods = publicKeysMultibase.map((key) => ({ id: verificationMethodId(id, key), type: 'Multikey' as const, controller: id, publicKeyMultibase: key }));
  return {
    '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
    id,
    alsoKnownAs: [publicUrl],
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
}
