import { isStatusSet } from './bitstring-status-list';
import { numericDate } from './open-badge';
import { CredentialRejected, verifyCompactJws, type PublishedKey } from './vc-jwt';

/**
 * What a relying party checks before trusting a certificate's credential, in the order the
 * Open Badges 3.0 and Bitstring Status List specifications give: the issuer it trusts, the proof,
 * the JWT claims against the credential, the validity window, then the revocation status.
 */
export interface TrustedIssuer {
  /** The issuer a credential must name; null when the relying party trusts a key set alone. */
  id: string | null;
  /** The key set to check signatures with: the trusted issuer's, never one the credential points to. */
  keySet(): Promise<{ keys: PublishedKey[] }>;
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

/** `checked: false`: whether it is revoked, or even authentic, could not be found out; it is not verified either. */
export type Verdict =
  | { valid: true; credential: CredentialSummary }
  | { valid: false; checked: boolean; reason: string; credential?: CredentialSummary };

/** The check could not be made (keys or status out of reach, out of date or absent): not a forgery, not verified. */
export class CouldNotCheck extends Error {}

export type Json = Record<string, any>;

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

export async function verifyCredential(file: string, trusted: TrustedIssuer, now = new Date()): Promise<Verdict> {
  let credential: CredentialSummary | undefined;
  try {
    const token = compactJwsOf(file);
    const issuerId = claimedIssuer(token);
    // Checked before anything is fetched: the credential never chooses whose keys it is checked with.
    if (trusted.id !== null && issuerId !== trusted.id) {
      throw new CredentialRejected(`it names ${JSON.stringify(issuerId)} as its issuer, not the trusted issuer ${trusted.id}`);
    }
    const keys = await keysOf(trusted);
    const payload = await verifyCompactJws(token, keys);
    checkClaims(payload, issuerId);
    credential = summaryOf(payload);
    const expired = windowProblem(payload, now, 'the credential');
    if (expired) throw new CredentialRejected(expired);
    await checkNotRevoked(revocationEntryOf(payload), issuerId, keys, trusted, now);
    return { valid: true, credential };
  } catch (error) {
    if (error instanceof CouldNotCheck) return { valid: false, checked: false, reason: error.message, credential };
    if (error instanceof CredentialRejected) return { valid: false, checked: true, reason: error.message, credential };
    throw error;
  }
}

export async function keysOf(trusted: TrustedIssuer): Promise<PublishedKey[]> {
  try {
    return (await trusted.keySet()).keys;
  } catch (error) {
    throw new CouldNotCheck(`the trusted public keys could not be read: ${(error as Error).message}`);
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
  if (!/^https?:\/\//.test(payload.iss)) throw new CredentialRejected(`its issuer ${JSON.stringify(payload.iss)} is not a web address`);
  return payload.iss;
}

export function checkClaims(payload: Json, issuerId: string): void {
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

export function windowProblem(payload: Json, now: Date, what: string): string | null {
  const from = Date.parse(payload.validFrom);
  if (!Number.isFinite(from)) return `${what} has no valid validFrom`;
  if (now.getTime() < from) return `${what} is not valid until ${payload.validFrom}`;
  if (payload.validUntil !== undefined && !(now.getTime() < Date.parse(payload.validUntil))) return `${what} expired on ${payload.validUntil}`;
  return null;
}

export interface RevocationEntry {
  statusListCredential: string;
  statusListIndex: number;
}

export function revocationEntryOf(payload: Json): RevocationEntry {
  const entries: Json[] = [payload.credentialStatus ?? []].flat();
  const entry = entries.find((candidate) => candidate?.type === 'BitstringStatusListEntry' && candidate.statusPurpose === 'revocation');
  if (!entry) throw new CouldNotCheck('it carries no revocation status entry, so whether its issuer revoked it cannot be told');
  const index = Number(entry.statusListIndex);
  if (typeof entry.statusListCredential !== 'string' || !/^\d+$/.test(String(entry.statusListIndex))) {
    throw new CredentialRejected('its revocation status entry is malformed');
  }
  return { statusListCredential: entry.statusListCredential, statusListIndex: index };
}

export async function checkNotRevoked(entry: RevocationEntry, issuerId: string, keys: PublishedKey[], trusted: TrustedIssuer, now: Date) {
  let token: string;
  try {
    token = (await trusted.statusList(entry.statusListCredential)).trim();
  } catch (error) {
    throw new CouldNotCheck(`its revocation status could not be read from ${entry.statusListCredential}: ${(error as Error).message}`);
  }
  const subject = await trustedStatusList(token, entry, issuerId, keys, now);
  let revoked: boolean;
  try {
    revoked = isStatusSet(String(subject.encodedList), entry.statusListIndex);
  } catch (error) {
    throw new CouldNotCheck(`its status list cannot be read: ${(error as Error).message}`);
  }
  if (revoked) throw new CredentialRejected(`its issuer revoked it (status list ${entry.statusListCredential}, entry ${entry.statusListIndex})`);
}

/**
 * The list's subject once the list is shown to be the issuer's own, current, revocation list. A
 * list that is not is no evidence either way, so the status could not be checked.
 */
async function trustedStatusList(token: string, entry: RevocationEntry, issuerId: string, keys: PublishedKey[], now: Date): Promise<Json> {
  let list: Json;
  try {
    list = await verifyCompactJws(token, keys);
    checkClaims(list, issuerId);
  } catch (error) {
    if (!(error instanceof CredentialRejected)) throw error;
    throw new CouldNotCheck(`its status list is not the issuer's: ${error.message.replace(/^its /, 'the list\'s ')}`);
  }
  // A list without an end date would let a copy saved before a revocation vouch for the credential forever.
  if (list.validUntil === undefined) throw new CouldNotCheck('the status list has no validUntil, so how current it is cannot be told');
  const stale = windowProblem(list, now, 'the status list');
  if (stale) throw new CouldNotCheck(`${stale}; fetch a current one`);
  const subject = list.credentialSubject as Json;
  if (list.id !== entry.statusListCredential || subject?.type !== 'BitstringStatusList' || subject.statusPurpose !== 'revocation') {
    throw new CouldNotCheck(`the status list given is not the revocation list ${entry.statusListCredential}`);
  }
  return subject;
}

export function summaryOf(payload: Json): CredentialSummary {
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
