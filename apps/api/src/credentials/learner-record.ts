import { createHash } from 'node:crypto';
import { issuerProfile, type Issuer, type SignableCredential } from '../certificates/open-badge';
import { CLR_CONTEXT } from './document-loader';

const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const OPEN_BADGES_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export interface LearnerRecordFacts {
  holderId: string;
  holderName: string;
  /** The holder's current Open Badges credentials, each already carrying its own proof. */
  credentials: Record<string, any>[];
}

/**
 * The learner's Comprehensive Learner Record 2.0 (ClrCredential): a ClrSubject naming the learner,
 * the achievement of each certificate they hold, and the signed credentials themselves, so a
 * reader can check each one on its own as well as the record as a whole. The same learner always
 * has the same record id; it is valid from the newest credential in it, so the same certificates
 * make the same record, which is signed once.
 */
export function learnerRecordCredential(facts: LearnerRecordFacts, issuer: Issuer): SignableCredential & Record<string, unknown> {
  const validFrom = facts.credentials.map((credential) => String(credential.validFrom)).sort().at(-1)!;
  return {
    '@context': [VC_CONTEXT, CLR_CONTEXT, OPEN_BADGES_CONTEXT],
    id: `urn:uuid:${learnerRecordId(facts.holderId)}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: `Learner record of ${facts.holderName}`,
    description: `Every current certificate ${facts.holderName} holds from ${issuer.name}, each a signed Open Badges 3.0 credential.`,
    issuer: issuerProfile(issuer),
    validFrom,
    credentialSubject: {
      id: `urn:uuid:${facts.holderId}`,
      type: ['ClrSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'name', identityHash: facts.holderName, hashed: false }],
      achievement: facts.credentials.map((credential) => credential.credentialSubject.achievement),
      verifiableCredential: facts.credentials,
    },
  };
}

/** A name-based UUID (RFC 9562 version 8, from SHA-256), so the record keeps its id across downloads. */
export function learnerRecordId(holderId: string): string {
  const bytes = createHash('sha256').update(`learner-record:${holderId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
