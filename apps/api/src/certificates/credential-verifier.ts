import { isStatusSet } from './bitstring-status-list';
import { numericDate } from './open-badge';
import { CredentialRejected, verifyCompactJws, type PublishedKey } from './vc-jwt';

/**
 * What a relying party checks before trusting a certificate's credential, in the order the
 * Open Badges 3.0 and Bitstring Status List specifications give: the proof, the JWT claims
 * against the credential, the validity window, then the revocation status.
 */
export interface VerificationSources {
  /** The key set to check signatures with, for the issuer the credential names. */
  keySet(issuerId: string): Promise<{ keys: PublishedKey[] }>;
  /** The status list credential (a VC-JWT) published at `url`. */
  statusList(url: string): Promise<string>;
}

export interface CredentialSummary {
  holderName: string | null;
  achievement: string | null;
  creditHours: number | null;
  issuer: string;
  validFrom: string;
  validUntil: string | null;
}

export type Verdict = { valid: true; credential: CredentialSummary } | { valid: false; reason: string; credential?: CredentialSummary };

type Json = Record<string, any>;

/** Accepts the downloaded `credential.json` (`{ "compactJwsString": ... }`) or a bare VC-JWT. */
export function compactJwsOf(file: string): string {
  const text = file.trim();
  if (!text.startsWith('{')) return text;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new CredentialRejected('the file is neither JSON nor a compact JWS');
  }
  const token = (document as Json).compactJwsString;
  if (typeof token !== 'string') throw new CredentialRejected('the file has no compactJwsString');
  return token;
}

export async function verifyCredential(file: string, sources: VerificationSources, now = new Date()): Promise<Verdict> {
  let credential: CredentialSummary | undefined;
  try {
    const token = compactJwsOf(file);
    const issuerId = claimedIssuer(token);
    const keys = await keysOf(issuerId, sources);
    const payload = verifyCompactJws(token, keys);
    checkClaims(payload, issuerId);
    credential = summaryOf(payload);
    checkWindow(payload, now, 'the credential');
    const revocation = revocationEntryOf(payload);
    if (revocation) await checkNotRevoked(revocation, issuerId, keys, sources, now);
    return { valid: true, credential };
  } catch (error) {
    if (!(error instanceof CredentialRejected)) throw error;
    return { valid: false, reason: error.message, credential };
  }
}

async function keysOf(issuerId: string, sources: VerificationSources): Promise<PublishedKey[]> {
  try {
    return (await sources.keySet(issuerId)).keys;
  } catch (error) {
    throw new CredentialRejected(`the public keys of its issuer ${issuerId} could not be read: ${(error as Error).message}`);
  }
}

/** Read before the signature is checked, only to know whose keys to check it with. */
function claimedIssuer(token: string): string {
  let payload: Json;
  try {
    payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new CredentialRejected('its content cannot be read: it was altered or is not a credential');
  }
  if (typeof payload?.iss !== 'string' || !payload.iss) throw new CredentialRejected('it names no issuer (iss)');
  return payload.iss;
}

function checkClaims(payload: Json, issuerId: string): void {
  const types: unknown = payload.type;
  if (!Array.isArray(types) || !types.includes('VerifiableCredential')) throw new CredentialRejected('it is not a verifiable credential');
  const issuer = typeof payload.issuer === 'string' ? payload.issuer : payload.issuer?.id;
  const expected: [string, unknown, unknown][] = [
    ['iss', issuer, issuerId],
    ['sub', payload.sub, payload.credentialSubject?.id],
    ['jti', payload.jti, payload.id],
    ['nbf', payload.nbf, typeof payload.validFrom === 'string' ? numericDate(payload.validFrom) : undefined],
    ['exp', payload.exp, typeof payload.validUntil === 'string' ? numericDate(payload.validUntil) : undefined],
  ];
  for (const [claim, actual, wanted] of expected) {
    if (actual !== wanted || (claim !== 'exp' && actual === undefined)) {
      throw new CredentialRejected(`its JWT claim ${claim} (${JSON.stringify(actual)}) does not match the credential (${JSON.stringify(wanted)})`);
    }
  }
}

function checkWindow(payload: Json, now: Date, what: string): void {
  const from = Date.parse(payload.validFrom);
  if (!Number.isFinite(from)) throw new CredentialRejected(`${what} has no valid validFrom`);
  if (now.getTime() < from) throw new CredentialRejected(`${what} is not valid until ${payload.validFrom}`);
  if (payload.validUntil !== undefined && now.getTime() >= Date.parse(payload.validUntil)) {
    throw new CredentialRejected(`${what} expired on ${payload.validUntil}`);
  }
}

interface RevocationEntry {
  statusListCredential: string;
  statusListIndex: number;
}

function revocationEntryOf(payload: Json): RevocationEntry | null {
  const entries: Json[] = [payload.credentialStatus ?? []].flat();
  const entry = entries.find((candidate) => candidate?.type === 'BitstringStatusListEntry' && candidate.statusPurpose === 'revocation');
  if (!entry) return null;
  const index = Number(entry.statusListIndex);
  if (typeof entry.statusListCredential !== 'string' || !/^\d+$/.test(String(entry.statusListIndex))) {
    throw new CredentialRejected('its revocation status entry is malformed');
  }
  return { statusListCredential: entry.statusListCredential, statusListIndex: index };
}

async function checkNotRevoked(entry: RevocationEntry, issuerId: string, keys: PublishedKey[], sources: VerificationSources, now: Date) {
  let token: string;
  try {
    token = (await sources.statusList(entry.statusListCredential)).trim();
  } catch (error) {
    throw new CredentialRejected(`its revocation status could not be read from ${entry.statusListCredential}: ${(error as Error).message}`);
  }
  const list = verifyCompactJws(token, keys);
  checkClaims(list, issuerId);
  checkWindow(list, now, 'the status list');
  const subject = list.credentialSubject as Json;
  if (list.id !== entry.statusListCredential || subject?.type !== 'BitstringStatusList' || subject.statusPurpose !== 'revocation') {
    throw new CredentialRejected(`the status list given is not the revocation list ${entry.statusListCredential}`);
  }
  let revoked: boolean;
  try {
    revoked = isStatusSet(String(subject.encodedList), entry.statusListIndex);
  } catch (error) {
    throw new CredentialRejected(`its status list cannot be read: ${(error as Error).message}`);
  }
  if (revoked) throw new CredentialRejected(`its issuer revoked it (status list ${entry.statusListCredential}, entry ${entry.statusListIndex})`);
}

function summaryOf(payload: Json): CredentialSummary {
  const subject: Json = payload.credentialSubject ?? {};
  const name = [subject.identifier ?? []].flat().find((identifier: Json) => identifier?.identityType === 'name' && !identifier.hashed);
  return {
    holderName: name?.identityHash ?? null,
    achievement: subject.achievement?.name ?? null,
    creditHours: subject.creditsEarned ?? null,
    issuer: typeof payload.issuer === 'string' ? payload.issuer : `${payload.issuer?.name ?? ''} (${payload.issuer?.id})`.trim(),
    validFrom: payload.validFrom,
    validUntil: payload.validUntil ?? null,
  };
}
