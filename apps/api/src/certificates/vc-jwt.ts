import { createHash, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { compactVerify, CompactSign, decodeProtectedHeader, errors, type ProtectedHeaderParameters } from 'jose';

/**
 * Compact JWS for VC-JWT credentials (Open Badges 3.0, section 8.2), through jose. RS256 is the one algorithm
 * that specification requires every verifier to support, so it is the one we sign with and the
 * only one we accept: a token naming any other algorithm, `none` included, is refused before a
 * key is even chosen, which closes the algorithm-confusion attacks (an HMAC "signed" with the
 * public key, an unsigned token). Keys are RSA of at least 2048 bits; ours are 3072.
 */
export const SIGNING_ALGORITHM = 'RS256';
const ACCEPTED_ALGORITHMS = new Set([SIGNING_ALGORITHM]);
const MIN_RSA_BITS = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** A JWK as published in a key set, with the key id verifiers look it up by. */
export type PublishedKey = JsonWebKey & { kid?: string; alg?: string; use?: string };

export class CredentialRejected extends Error {}

export function signCompactJws(payload: object, key: SigningKey): Promise<string> {
  return new CompactSign(Buffer.from(JSON.stringify(payload))).setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'JWT', kid: key.kid }).sign(key.privateKey);
}

/**
 * Checks the signature against the published keys and returns the payload. The key comes only
 * from `keys` (the issuer's key set), never from the token itself, so a token carrying its own
 * `jwk` gains nothing. jose checks the JWS; the algorithm is pinned here first, before a key is
 * chosen, and again in jose's `algorithms`.
 */
export async function verifyCompactJws(token: string, keys: PublishedKey[]): Promise<Record<string, unknown>> {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part, index) => isCanonicalBase64url(part) || (index === 2 && part === ''))) {
    throw new CredentialRejected('it is not a compact JWS (three base64url parts)');
  }
  const header = protectedHeaderOf(token);
  if (header.crit !== undefined) throw new CredentialRejected('its header lists critical extensions this verifier does not know');
  if (typeof header.alg !== 'string' || !ACCEPTED_ALGORITHMS.has(header.alg)) {
    throw new CredentialRejected(`its signature algorithm ${JSON.stringify(header.alg)} is not accepted; only ${SIGNING_ALGORITHM} is`);
  }
  const publicKey = rsaKeyOf(keyNamed(header.kid, keys));
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(token, publicKey, { algorithms: [SIGNING_ALGORITHM] }));
  } catch (error) {
    throw rejectionOf(error);
  }
  return jsonObject(Buffer.from(payload).toString('utf8'), 'payload');
}

function protectedHeaderOf(token: string): ProtectedHeaderParameters {
  try {
    return decodeProtectedHeader(token);
  } catch {
    throw new CredentialRejected('its header is not a JSON object');
  }
}

/** jose's reasons, in the words a verifier's report uses. */
function rejectionOf(error: unknown): CredentialRejected {
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new CredentialRejected('its signature does not match its content: it was altered or signed with another key');
  }
  if (error instanceof errors.JOSEError) return new CredentialRejected(`it is not a valid JWS: ${error.message}`);
  throw error;
}

/** The key the header names; a header naming none may only mean the issuer's one and only key. */
function keyNamed(kid: unknown, keys: PublishedKey[]): PublishedKey {
  if (kid === undefined) {
    if (keys.length === 1) return keys[0];
    throw new CredentialRejected('its header names no key (kid) and the issuer publishes several');
  }
  const published = keys.find((key) => key.kid !== undefined && key.kid === kid);
  if (!published) throw new CredentialRejected(`it was signed with key ${JSON.stringify(kid)}, which the issuer does not publish`);
  return published;
}

/** RFC 7638: SHA-256 over the required members in lexicographic order; the key id we publish. */
export function jwkThumbprint(jwk: JsonWebKey): string {
  return createHash('sha256').update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n })).digest('base64url');
}

function rsaKeyOf(published: PublishedKey): KeyObject {
  if (published.kty !== 'RSA' || (published.alg !== undefined && published.alg !== SIGNING_ALGORITHM)) {
    throw new CredentialRejected(`the issuer's key ${published.kid} is not an ${SIGNING_ALGORITHM} key`);
  }
  if (published.use !== undefined && published.use !== 'sig') throw new CredentialRejected(`the issuer's key ${published.kid} is not for signing`);
  const { kty, n, e } = published;
  const key = createPublicKey({ key: { kty, n, e }, format: 'jwk' });
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
    throw new CredentialRejected(`the issuer's key ${published.kid} is shorter than ${MIN_RSA_BITS} bits`);
  }
  return key;
}

/** Only the one canonical encoding is accepted, so every changed character changes what is checked. */
function isCanonicalBase64url(part: string): boolean {
  return BASE64URL.test(part) && Buffer.from(part, 'base64url').toString('base64url') === part;
}

function jsonObject(text: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CredentialRejected(`its ${name} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CredentialRejected(`its ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}
