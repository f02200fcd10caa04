import type { CreditType } from '@ptp/content';
import { claimedCreditLabel } from './credit-labels';

/**
 * The certificate as an Open Badges 3.0 OpenBadgeCredential (alias AchievementCredential) and the
 * Bitstring Status List credential it points to, both as VC-JWT payloads: the credential's members
 * at the top level plus the JWT claims that section 8.2 of the specification ties to them.
 */
const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const OPEN_BADGES_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface Issuer {
  /** The platform's public address, which also serves its key set at /.well-known/jwks.json; or its did:web. */
  id: string;
  name: string;
  /** The platform's public address, when `id` is its DID. */
  url?: string;
}

export function platformIssuer(config: { publicUrl: string; issuerName: string }): Issuer {
  return { id: config.publicUrl, name: config.issuerName };
}

export interface CredentialFacts {
  certificateId: string;
  holderId: string;
  holderName: string;
  courseSlug: string;
  courseTitle: string;
  courseSummary: string;
  creditHours: number;
  issuedAt: Date;
  expiresAt: Date | null;
  statusListId: number;
  statusIndex: number;
  courseVersion: number;
  courseReviewedAt: Date | null;
  quizVersions: { title: string; version: number }[];
  /** The credit claimed on it: the credential then states the amount as earned, with the type and designation. */
  creditClaim: { creditType: CreditType; amount: number; designation: string; claimedAt: Date } | null;
}

export function statusListUrl(issuer: Issuer, listId: number): string {
  return `${issuer.id}/credentials/status/${listId}`;
}

/** As a VC-JWT payload: the credential with the JWT claims section 8.2 ties to it. */
export function achievementCredential(facts: CredentialFacts, issuer: Issuer): Record<string, unknown> {
  return withJwtClaims(openBadgeCredential(facts, issuer));
}

/** The credential alone, as a Data Integrity proof signs it. Addresses are under the issuer's web address. */
export function openBadgeCredential(facts: CredentialFacts, issuer: Issuer): SignableCredential & Record<string, unknown> {
  const web = { ...issuer, id: issuer.url ?? issuer.id };
  const listUrl = statusListUrl(web, facts.statusListId);
  // Each quiz passed, at its version, as a result the achievement describes.
  const quizzes = facts.quizVersions.map((quiz, index) => ({
    id: `${web.id}/courses/${facts.courseSlug}/versions/${facts.courseVersion}/quizzes/${index + 1}`,
    name: `${quiz.title} (version ${quiz.version})`,
  }));
  return {
    '@context': [VC_CONTEXT, OPEN_BADGES_CONTEXT],
    id: `urn:uuid:${facts.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: facts.courseTitle,
    issuer: issuerProfile(issuer),
    validFrom: isoSeconds(facts.issuedAt),
    ...(facts.expiresAt ? { validUntil: isoSeconds(facts.expiresAt) } : {}),
    credentialSubject: {
      id: `urn:uuid:${facts.holderId}`,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', identityHash: facts.holderName, hashed: false }],
      creditsEarned: facts.creditClaim?.amount ?? facts.creditHours,
      ...(facts.creditClaim ? { narrative: claimNarrative(facts.creditClaim) } : {}),
      achievement: {
        id: `${web.id}/courses/${facts.courseSlug}`,
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: facts.courseTitle,
        description: facts.courseSummary,
        version: String(facts.courseVersion),
        criteria: { narrative: criteriaOf(facts) },
        creditsAvailable: facts.creditHours,
        ...(quizzes.length > 0
          ? { resultDescription: quizzes.map(({ id, name }) => ({ id, type: ['ResultDescription'], name, resultType: 'Status' })) }
          : {}),
      },
      ...(quizzes.length > 0 ? { result: quizzes.map(({ id }) => ({ type: ['Result'], resultDescription: id, status: 'Completed' })) } : {}),
    },
    credentialStatus: {
      id: `${listUrl}#${facts.statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(facts.statusIndex),
      statusListCredential: listUrl,
    },
  };
}

function claimNarrative(claim: NonNullable<CredentialFacts['creditClaim']>): string {
  return `${claimedCreditLabel(claim)} on ${isoSeconds(claim.claimedAt).slice(0, 10)}. ${claim.designation}`;
}

function criteriaOf(facts: CredentialFacts): string {
  const review = facts.courseReviewedAt
    ? `signed off by a clinical reviewer on ${isoSeconds(facts.courseReviewedAt).slice(0, 10)}`
    : "issued on an administrator's approval, before any clinical sign-off of this version";
  return (
    `Completed every lesson and required quiz of version ${facts.courseVersion} of the course (${review}), ` +
    'and attested to having done the work themselves.'
  );
}

/** The list vouches only within its window, so a copy saved before a revocation stops vouching. */
export function statusListCredential(listId: number, encodedList: string, window: { from: Date; until: Date }, issuer: Issuer): Record<string, unknown> {
  const id = statusListUrl(issuer, listId);
  return withJwtClaims({
    '@context': [VC_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: issuerProfile(issuer),
    validFrom: isoSeconds(window.from),
    validUntil: isoSeconds(window.until),
    credentialSubject: { id: `${id}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
  });
}

export function issuerProfile(issuer: Issuer) {
  return { id: issuer.id, type: ['Profile'], name: issuer.name, url: issuer.url ?? issuer.id };
}

export interface SignableCredential {
  id: string;
  issuer: { id: string };
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id: string; [member: string]: unknown };
}

export function withJwtClaims(credential: SignableCredential & Record<string, unknown>): Record<string, unknown> {
  return {
    ...credential,
    iss: credential.issuer.id,
    sub: credential.credentialSubject.id,
    jti: credential.id,
    nbf: numericDate(credential.validFrom),
    ...(credential.validUntil ? { exp: numericDate(credential.validUntil) } : {}),
  };
}

/** Whole seconds, so `validFrom` and `nbf` say exactly the same instant. */
export function isoSeconds(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function numericDate(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
