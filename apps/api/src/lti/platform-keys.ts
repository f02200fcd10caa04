import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { LtiRefusal } from './lti-refusal';
import type { LtiPlatformRow } from './lti-platform-records';

/** How far a platform's clock may be from ours, and how old an id token may be when it arrives. */
const CLOCK_TOLERANCE_SECONDS = 5;
const MAX_TOKEN_AGE = '10m';

/**
 * Checks a platform's id tokens against its key set, fetched with jose's remote key set: kept
 * per key set URL, fetched again when a token names a key it does not have (a platform rotating
 * its keys), at most every 30 seconds.
 */
@Injectable()
export class PlatformKeys {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  async verify(idToken: string, platform: LtiPlatformRow): Promise<JWTPayload> {
    let claimed: JWTPayload;
    try {
      claimed = decodeJwt(idToken);
    } catch {
      throw new LtiRefusal('LTI_TOKEN_INVALID', 'The launch did not carry a readable id token.', 400);
    }
    if (claimed.iss !== platform.issuer) throw new LtiRefusal('LTI_PLATFORM_UNKNOWN', 'The id token comes from an LMS that is not registered here.');
    try {
      const { payload } = await jwtVerify(idToken, this.keySetOf(platform.keySetUrl), {
        issuer: platform.issuer,
        audience: platform.clientId,
        algorithms: ['RS256', 'RS384', 'RS512'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        maxTokenAge: MAX_TOKEN_AGE,
        requiredClaims: ['exp', 'iat', 'sub', 'nonce'],
      });
      return payload;
    } catch (error) {
      throw refusalOf(error);
    }
  }

  private keySetOf(url: string) {
    let keySet = this.keySets.get(url);
    if (!keySet) {
      keySet = createRemoteJWKSet(new URL(url), { timeoutDuration: 5_000 });
      this.keySets.set(url, keySet);
    }
    return keySet;
  }
}

function refusalOf(error: unknown): LtiRefusal {
  if (error instanceof errors.JWTExpired) return new LtiRefusal('LTI_TOKEN_EXPIRED', 'The launch took too long to arrive. Open the link in the LMS again.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new LtiRefusal('LTI_AUDIENCE_INVALID', 'The id token was issued for another tool.');
    if (error.claim === 'iat') return new LtiRefusal('LTI_TOKEN_EXPIRED', 'The id token is too old. Open the link in the LMS again.');
    return new LtiRefusal('LTI_TOKEN_INVALID', `The id token's ${error.claim} claim is not valid.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JOSEAlgNotAllowed) {
    return new LtiRefusal('LTI_SIGNATURE_INVALID', 'The id token is not signed by a key of the LMS.');
  }
  // Anything else, the key set unreachable or unreadable included, leaves the token unchecked: refused.
  return new LtiRefusal('LTI_TOKEN_INVALID', `The id token could not be checked against the LMS’s keys (${(error as Error).message}).`);
}
