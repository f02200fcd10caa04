import { randomBytes } from 'node:crypto';

/**
 * Certificate codes: 16 random Crockford base32 symbols (80 bits) in groups of four, then one
 * check symbol, e.g. `7KQ2-M9XD-4TRB-HW3N-F`. Crockford's alphabet leaves out I, L, O and U so a
 * code survives being read aloud; the check symbol (Luhn mod 32) catches every single mistyped
 * symbol and nearly every swap of neighbours, so a typo says "not a certificate code" instead of
 * landing on someone else's certificate. With 2^80 codes, a million guesses find nothing.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
const GROUPS = 4;
const GROUP_LENGTH = 4;
const PAYLOAD_LENGTH = GROUPS * GROUP_LENGTH;

/** Symbols people confuse with ones in the alphabet, read as those. */
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

export function newCertificateCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let payload = '';
  for (let i = PAYLOAD_LENGTH - 1; i >= 0; i--) payload += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return format(payload + checkSymbol(payload));
}

/**
 * The canonical form of something a person typed (any case, with or without dashes or spaces,
 * O for 0, I or L for 1), or null when it cannot be a certificate code.
 */
export function parseCertificateCode(input: string): string | null {
  if (input.length > 60) return null;
  const symbols = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[OIL]/g, (symbol) => LOOKALIKES[symbol]);
  if (symbols.length !== PAYLOAD_LENGTH + 1 || [...symbols].some((symbol) => !ALPHABET.includes(symbol))) return null;
  const payload = symbols.slice(0, PAYLOAD_LENGTH);
  return checkSymbol(payload) === symbols[PAYLOAD_LENGTH] ? format(symbols) : null;
}

/** Luhn mod N over the payload, N = 32. */
function checkSymbol(payload: string): string {
  let sum = 0;
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let value = ALPHABET.indexOf(payload[i]);
    if (double) {
      value *= 2;
      value = Math.floor(value / BASE) + (value % BASE);
    }
    sum += value;
  }
  return ALPHABET[(BASE - (sum % BASE)) % BASE];
}

function format(symbols: string): string {
  const groups = symbols.slice(0, PAYLOAD_LENGTH).match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!;
  return [...groups, symbols[PAYLOAD_LENGTH]].join('-');
}
