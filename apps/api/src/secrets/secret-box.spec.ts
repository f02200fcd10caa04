import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('secrets sealed under SECRETS_KEY', () => {
  const key = randomBytes(32);
  const box = new SecretBox(key);

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'two-factor-secret:a');
    expect(sealed).toMatch(/^sealed:v1:[\w-]{10}:/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP', 'two-factor-secret:a')).not.toBe(sealed);
    expect(box.open(sealed, 'two-factor-secret:a')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a sealed value copied into another row, and one with any byte changed', () => {
    const sealed = box.seal('client secret', 'oidc-client-secret:one');
    expect(() => box.open(sealed, 'oidc-client-secret:two')).toThrow();
    const bytes = Buffer.from(sealed.split(':')[3], 'base64');
    for (const at of [0, 14, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] ^= 1;
      expect(() => box.open(`${sealed.split(':').slice(0, 3).join(':')}:${changed.toString('base64')}`, 'oidc-client-secret:one')).toThrow();
    }
  });

  it('opens values of the previous key during a rotation, and names both settings when a key is unknown', () => {
    const previous = randomBytes(32);
    const sealedBefore = new SecretBox(previous).seal('pem', 'credential-signing-key:k');
    const rotating = new SecretBox(randomBytes(32), [previous]);
    expect(rotating.open(sealedBefore, 'credential-signing-key:k')).toBe('pem');
    expect(() => box.open(sealedBefore, 'credential-signing-key:k')).toThrow(/neither SECRETS_KEY nor SECRETS_KEY_PREVIOUS/);
  });

  it('re-seals under the current key what another key or no key sealed, and leaves alone what it sealed already', () => {
    const previous = randomBytes(32);
    const rotating = new SecretBox(key, [previous]);
    const underPrevious = new SecretBox(previous).seal('secret', 'c');
    const resealed = rotating.resealed(underPrevious, 'c')!;
    expect(box.open(resealed, 'c')).toBe('secret');
    expect(rotating.resealed(resealed, 'c')).toBeNull();
    expect(box.open(rotating.resealed('-----BEGIN PRIVATE KEY-----', 'c')!, 'c')).toBe('-----BEGIN PRIVATE KEY-----');
  });

  it('takes only 32-byte keys', () => {
    expect(() => new SecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
