import { createPrivateKey, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isSealed, SecretBox } from '../secrets/secret-box';
import { activeSigningKey, insertSigningKey, lockSigningKeyCreation, publishedSigningKeys, resealSigningKeys } from './credential-records';
import { jwkThumbprint, SIGNING_ALGORITHM, type PublishedKey, type SigningKey } from './vc-jwt';

const generateRsaKeyPair = promisify(generateKeyPair);

/**
 * 3072 bits: RS256 is what Open Badges 3.0 verifiers must accept, and 3072-bit RSA keeps a
 * 128-bit security level past 2030 (NIST SP 800-57), which certificates valid for years need.
 */
const MODULUS_BITS = 3072;

/**
 * The platform's credential signing key, kept in PostgreSQL so every API process signs with the
 * same one. The private key is stored as PKCS#8 PEM sealed under SECRETS_KEY, so a database
 * backup alone cannot sign; it leaves this class only as a KeyObject: no GraphQL type, route or
 * log line carries it. Retired keys stay published so credentials they signed still verify;
 * removing a row is how a compromised key is withdrawn.
 */
@Injectable()
export class SigningKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  /** The one active key, created the first time any process needs it. */
  async activeKey(): Promise<SigningKey> {
    const existing = await activeSigningKey(this.dataSource);
    if (existing) return this.toSigningKey(existing);
    return this.dataSource.transaction(async (manager) => {
      // Processes starting together queue here; the first creates the key, the rest find it.
      await lockSigningKeyCreation(manager);
      const created = await activeSigningKey(manager);
      if (created) return this.toSigningKey(created);
      const { publicKey, privateKey } = await generateRsaKeyPair('rsa', { modulusLength: MODULUS_BITS });
      const jwk = publicKey.export({ format: 'jwk' });
      const kid = jwkThumbprint(jwk);
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const sealedPrivateKey = this.secrets.seal(pem, signingKeyContext(kid));
      await insertSigningKey(manager, { id: kid, algorithm: SIGNING_ALGORITHM, publicJwk: { kty: jwk.kty, n: jwk.n, e: jwk.e }, sealedPrivateKey });
      return { kid, privateKey };
    });
  }

  /** The public keys, as served at /.well-known/jwks.json. */
  async keySet(): Promise<{ keys: PublishedKey[] }> {
    await this.activeKey();
    const rows = await publishedSigningKeys(this.dataSource);
    return { keys: rows.map(({ id, jwk }) => ({ ...jwk, kid: id, alg: SIGNING_ALGORITHM, use: 'sig' })) };
  }

  private toSigningKey(row: { id: string; sealedPrivateKey: string }): SigningKey {
    return { kid: row.id, privateKey: createPrivateKey(this.secrets.open(row.sealedPrivateKey, signingKeyContext(row.id))) };
  }
}

function signingKeyContext(kid: string): string {
  return `credential-signing-key:${kid}`;
}

/** Seals private keys stored before they were sealed (plain PEM); run on start. Answers how many. */
export function sealPlaintextSigningKeys(manager: EntityManager, secrets: SecretBox): Promise<number> {
  return resealSigningKeys(manager, (kid, stored) => (isSealed(stored) ? null : secrets.seal(stored, signingKeyContext(kid))));
}

/** Seals every private key under the current SECRETS_KEY (the rotation command). Answers how many changed. */
export function resealAllSigningKeys(manager: EntityManager, secrets: SecretBox): Promise<number> {
  return resealSigningKeys(manager, (kid, stored) => secrets.resealed(stored, signingKeyContext(kid)));
}
