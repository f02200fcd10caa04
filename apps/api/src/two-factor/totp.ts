import { generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP as authenticator apps implement it (RFC 6238: SHA-1, 6 digits, 30-second steps). A code of
 * the step before or after is accepted too, for clocks a little apart; `afterStep` is the last
 * step accepted for the account, so no code of it or an earlier step is accepted again.
 */
const TOLERANCE_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, issuer: string, accountEmail: string): string {
  return generateURI({ issuer, label: accountEmail, secret });
}

/** The step of the code when it is right and later than `afterStep`; null otherwise. */
export async function acceptedTotpStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS, ...(afterStep === null ? {} : { afterTimeStep: afterStep }) });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
