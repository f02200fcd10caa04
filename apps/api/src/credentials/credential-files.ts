import {
  checkClaims,
  CouldNotCheck,
  keysOf,
  verifyCredential,
  windowProblem,
  type CredentialSummary,
  type Json,
  type Verdict,
} from '../certificates/credential-verifier';
import { CredentialRejected, verifyCompactJws } from '../certificates/vc-jwt';
import { verifyDataIntegrityCredential, type TrustedDidIssuer } from './data-integrity-verifier';

/** A file's verdict; for a learner record, also that of each credential inside it, in order. */
export type FileVerdict = Verdict & { inside?: Verdict[] };

/**
 * Any credential file the platform hands out: credential.json (a VC-JWT), open-badge.json (an
 * embedded eddsa-rdfc-2022 proof) or learner-record.json (a CLR 2.0 ClrCredential in both forms,
 * as 1EdTech's CLR API returns it). A learner record is valid only when each of its forms is,
 * and so is every credential inside each.
 */
export async function verifyCredentialFile(file: string, trusted: TrustedDidIssuer, now = new Date()): Promise<FileVerdict> {
  const document = jsonOf(file);
  if (document && (Array.isArray(document.compactJwsStrings) || Array.isArray(document.credential))) return verifyLearnerRecord(document, trusted, now);
  if (document && document.proof !== undefined) return verifyDataIntegrityCredential(document, trusted, now);
  return verifyCredential(file, trusted, now);
}

async function verifyLearnerRecord(file: Json, trusted: TrustedDidIssuer, now: Date): Promise<FileVerdict> {
  const forms: (() => Promise<{ verdict: Verdict; record?: Json }>)[] = [
    ...[file.compactJwsStrings ?? []].flat().map((token: unknown) => () => jwtRecord(token, trusted, now)),
    ...[file.credential ?? []].flat().map((record: Json) => async () => ({ verdict: await verifyDataIntegrityCredential(record, trusted, now, false), record })),
  ];
  if (forms.length === 0) return { valid: false, checked: true, reason: 'the learner record holds no credential' };
  const inside: Verdict[] = [];
  let first: FileVerdict | null = null;
  for (const form of forms) {
    const { verdict, record } = await form();
    first ??= verdict;
    if (!verdict.valid) return { ...verdict, inside };
    const bundled: Json[] = [record?.credentialSubject?.verifiableCredential ?? []].flat();
    if (record && !isClr(record)) return { valid: false, checked: true, reason: 'it is not a ClrCredential', credential: verdict.credential, inside };
    for (const [index, credential] of bundled.entries()) {
      const checked = await verifyDataIntegrityCredential(credential, trusted, now);
      inside.push(checked);
      if (!checked.valid) {
        const name = checked.credential?.achievement ?? `number ${index + 1}`;
        return { ...checked, reason: `the credential for ${name} inside the learner record is not valid: ${checked.reason}`, credential: verdict.credential, inside };
      }
    }
  }
  return { ...first!, inside };
}

/** The VC-JWT form: the platform's RS256 signature, its JWT claims and validity window. */
async function jwtRecord(token: unknown, trusted: TrustedDidIssuer, now: Date): Promise<{ verdict: Verdict; record?: Json }> {
  try {
    if (typeof token !== 'string') throw new CredentialRejected('its compactJwsStrings holds something other than a compact JWS');
    const payload = await verifyCompactJws(token, await keysOf(trusted));
    const issuer = typeof payload.issuer === 'string' ? payload.issuer : (payload.issuer as Json | undefined)?.id;
    if (trusted.id !== null && issuer !== trusted.id) throw new CredentialRejected(`it names ${JSON.stringify(issuer)} as its issuer, not the trusted issuer ${trusted.id}`);
    checkClaims(payload, issuer);
    const outside = windowProblem(payload, now, 'the learner record');
    if (outside) throw new CredentialRejected(outside);
    return { verdict: { valid: true, credential: recordSummary(payload) }, record: payload };
  } catch (error) {
    if (error instanceof CouldNotCheck) return { verdict: { valid: false, checked: false, reason: error.message } };
    if (error instanceof CredentialRejected) return { verdict: { valid: false, checked: true, reason: error.message } };
    throw error;
  }
}

function isClr(record: Json): boolean {
  return Array.isArray(record.type) && record.type.includes('ClrCredential');
}

function recordSummary(record: Json): CredentialSummary {
  const name = [record.credentialSubject?.identifier ?? []].flat().find((identifier: Json) => identifier?.identityType === 'name' && !identifier.hashed);
  return {
    holderName: name?.identityHash ?? null,
    achievement: record.name ?? null,
    creditHours: null,
    issuer: `${record.issuer?.name ?? ''} (${record.issuer?.id})`.trim(),
    validFrom: record.validFrom,
    validUntil: record.validUntil ?? null,
  };
}

function jsonOf(file: string): Json | null {
  const text = file.trim();
  if (!text.startsWith('{')) return null;
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
