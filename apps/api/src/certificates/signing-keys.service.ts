import { createPrivateKey, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
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

  /**
   * The one active Ed25519 key (a Multikey) that signs Data Integrity proofs, created the first
   * time any process needs it, its secret half sealed under SECRETS_KEY like the RSA key's, so the
   * rotation command re-seals it with the rest.
   */
  async activeEd25519Key(): Promise<Ed25519Key> {
    const existing = await activeSigningKey(this.dataSource, 'Ed25519');
    if (existing) return this.toEd25519Key(existing);
    return this.dataSource.transaction(async (manager) => {
      await lockSigningKeyCreation(manager, 'Ed25519');
      const created = await activeSigningKey(manager, 'Ed25519');
      if (created) return this.toEd25519Key(created);
      const generated = await Ed25519Multikey.generate();
      const { publicKeyMultibase, secretKeyMultibase } = await generated.export({ publicKey: true, secretKey: true });
      const publicJwk = await Ed25519Multikey.toJwk({ keyPair: generated });
      const sealedPrivateKey = this.secrets.seal(secretKeyMultibase, signingKeyContext(publicKeyMultibase));
      await insertSigningKey(manager, { id: publicKeyMultibase, algorithm: 'Ed25519', publicJwk, sealedPrivateKey });
      return { publicKeyMultibase, secretKeyMultibase };
    });
  }

  /** Every Ed25519 public key, retired ones too, newest first, as multibase: the DID document lists them. */
  async ed25519PublicKeys(): Promise<string[]> {
    await this.activeEd25519Key();
    return (await publishedSigningKeys(this.dataSource, 'Ed25519')).map(({ id }) => id);
  }

  /** The public keys, as served at /.well-known/jwks.json. */
  async keySet(): Promise<{ keys: PublishedKey[] }> {
    await this.activeKey();
    const rows = await publishedSigningKeys(this.dataSource);
    return { keys: rows.map(({ id, jwk }) => ({ ...jwk, kid: id, alg: SIGNING_ALGORITHM, use: 'sig' })) };
  }

  private toEd25519Key(row: { id: string; sealedPrivateKey: string }): Ed25519Key {
    return { publicKeyMultibase: row.id, secretKeyMultibase: this.secrets.open(row.sealedPrivateKey, signingKeyContext(row.id)) };
  }

  private toSigningKey(row: { id: string; sealedPrivateKey: string }): SigningKey {
    return { kid: row.id, privateKey: createPrivateKey(this.secrets.open(row.sealedPrivateKey, signingKeyContext(row.id))) };
  }
}

export interface Ed25519Key {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
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
