import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** AES-256-GCM takes a 32-byte key; the IV is 12 bytes, as GCM is specified for. */
export const SECRETS_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'sealed:v1';

/**
 * Secrets kept in the database (the credential signing key, TOTP secrets, OIDC client secrets),
 * sealed with AES-256-GCM under SECRETS_KEY. A sealed value names the key that sealed it, so values
 * sealed under the previous key still open while a rotation re-seals them. Each value is sealed
 * for one purpose and row (`context`, bound as additional data): copying a sealed value into
 * another row or column makes it unreadable rather than usable there.
 */
export class SecretBox {
  private readonly keysById: Map<string, Buffer>;
  private readonly currentId: string;

  /** `current` seals and opens; `previous` keys only open. */
  constructor(current: Buffer, previous: Buffer[] = []) {
    for (const key of [current, ...previous]) {
      if (key.length !== SECRETS_KEY_BYTES) throw new Error(`A secrets key must be ${SECRETS_KEY_BYTES} bytes long.`);
    }
    this.currentId = keyId(current);
    this.keysById = new Map([...previous, current].map((key) => [keyId(key), key]));
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keysById.get(this.currentId)!, iv);
    cipher.setAAD(Buffer.from(context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [PREFIX, this.currentId, Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')].join(':');
  }

  open(sealed: string, context: string): string {
    if (!isSealed(sealed)) throw new Error(`The ${context} secret is not sealed.`);
    const [, , id, payload] = sealed.split(':');
    const key = this.keysById.get(id);
    if (!key) {
      throw new Error(`The ${context} secret was sealed with a key that is neither SECRETS_KEY nor SECRETS_KEY_PREVIOUS (key id ${id}).`);
    }
    const bytes = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /**
   * The value sealed under the current key (opened with any known key first, or taken as it is
   * when it was stored before sealing began), or null when it is sealed under the current key already.
   */
  resealed(stored: string, context: string): string | null {
    if (isSealed(stored) && stored.split(':')[2] === this.currentId) return null;
    return this.seal(isSealed(stored) ? this.open(stored, context) : stored, context);
  }
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${PREFIX}:`);
}

/** A short, public name of a key: enough to tell keys apart, nothing about the key itself. */
function keyId(key: Buffer): string {
  return createHash('sha256').update('secrets-key-id').update(key).digest('base64url').slice(0, 10);
}
