import { createPrivateKey, generateKeyPair, type JsonWebKey } from 'node:crypto';
import { promisify } from 'node:util';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { jwkThumbprint, SIGNING_ALGORITHM, type PublishedKey, type SigningKey } from './vc-jwt';

const generateRsaKeyPair = promisify(generateKeyPair);

/**
 * 3072 bits: RS256 is what Open Badges 3.0 verifiers must accept, and 3072-bit RSA keeps a
 * 128-bit security level past 2030 (NIST SP 800-57), which certificates valid for years need.
 */
const MODULUS_BITS = 3072;

/**
 * The platform's credential signing key, kept in PostgreSQL so every API process signs with the
 * same one. The private key is stored as PKCS#8 PEM and leaves this class only as a KeyObject:
 * no GraphQL type, route or log line carries it. Database backups therefore hold it and must be
 * guarded like the database itself. Retired keys stay published so credentials they signed
 * still verify; removing a row is how a compromised key is withdrawn.
 */
@Injectable()
export class SigningKeysService {
  constructor(private readonly dataSource: DataSource) {}

  /** The one active key, created the first time any process needs it. */
  async activeKey(): Promise<SigningKey> {
    const [existing] = await this.dataSource.query(`SELECT id, private_key_pem FROM credential_signing_key WHERE retired_at IS NULL`);
    if (existing) return toSigningKey(existing);
    return this.dataSource.transaction(async (manager) => {
      // Processes starting together queue here; the first creates the key, the rest find it.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('platform:credential-signing-key'))`);
      const [created] = await manager.query(`SELECT id, private_key_pem FROM credential_signing_key WHERE retired_at IS NULL`);
      if (created) return toSigningKey(created);
      const { publicKey, privateKey } = await generateRsaKeyPair('rsa', { modulusLength: MODULUS_BITS });
      const jwk = publicKey.export({ format: 'jwk' });
      const kid = jwkThumbprint(jwk);
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      await manager.query(
        `INSERT INTO credential_signing_key (id, algorithm, public_jwk, private_key_pem) VALUES ($1, $2, $3, $4)`,
        [kid, SIGNING_ALGORITHM, { kty: jwk.kty, n: jwk.n, e: jwk.e }, pem],
      );
      return { kid, privateKey };
    });
  }

  /** The public keys, as served at /.well-known/jwks.json. */
  async keySet(): Promise<{ keys: PublishedKey[] }> {
    await this.activeKey();
    const rows: { id: string; jwk: JsonWebKey }[] = await this.dataSource.query(
      `SELECT id, public_jwk AS jwk FROM credential_signing_key ORDER BY created_at DESC`,
    );
    return { keys: rows.map(({ id, jwk }) => ({ ...jwk, kid: id, alg: SIGNING_ALGORITHM, use: 'sig' })) };
  }
}

function toSigningKey(row: { id: string; private_key_pem: string }): SigningKey {
  return { kid: row.id, privateKey: createPrivateKey(row.private_key_pem) };
}
