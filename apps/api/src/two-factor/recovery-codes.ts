import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32 letters: no I, L, O or U to misread when copied from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 12 letters of 32: 60 random bits, beyond guessing at any rate the limits allow, so a fast hash suffices. */
const LENGTH = 12;

/** Shown once, as `XXXX-XXXX-XXXX`; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const letters = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return letters.match(/.{4}/g)!.join('-');
  });
}

/** Case, spaces and dashes do not matter, nor letters read as the digits they look like. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return createHash('sha256').update(`recovery-code:${normalised}`).digest('hex');
}

/** A recovery code has letters; an app's code is six digits. */
export function looksLikeRecoveryCode(code: string): boolean {
  return code.replace(/[\s-]/g, '').length === LENGTH;
}
