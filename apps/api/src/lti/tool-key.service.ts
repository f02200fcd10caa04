import { createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { Injectable } from '@nestjs/common';
import { calculateJwkThumbprint, SignJWT, type JWTPayload } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { SecretBox } from '../secrets/secret-box';
import { insertToolKeyUnlessStored, resealToolKey, toolKey, type ToolKeyRow } from './lti-tool-key-records';

const generateRsaKeyPair = promisify(generateKeyPair);
/** RS256 is what every LTI 1.3 platform verifies; a 2048-bit modulus is the size platforms themselves use. */
const ALGORITHM = 'RS256';
const MODULUS_BITS = 2048;

/**
 * The tool's own key: it signs the client assertions that get access tokens from a platform and
 * the deep-linking answers. Stored once for every API process, the private half sealed under
 * SECRETS_KEY; the public half is served at /lti/jwks, where platforms read it.
 */
@Injectable()
export class ToolKeyService {
  private key: Promise<{ kid: string; privateKey: KeyObject; publicJwk: Record<string, string> }> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
  ) {}

  async keySet(): Promise<{ keys: Record<string, string>[] }> {
    const { kid, publicJwk } = await this.current();
    return { keys: [{ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }] };
  }

  /** A JWT of `claims` signed with the tool key, valid for `lifetimeSeconds`. */
  async sign(claims: JWTPayload, lifetimeSeconds: number): Promise<string> {
    const { kid, privateKey } = await this.current();
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(`${lifetimeSeconds}s`)
      .sign(privateKey);
  }

  private current() {
    this.key ??= this.load().catch((error) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }

  private async load() {
    let stored = await toolKey(this.dataSource);
    if (!stored) {
      await insertToolKeyUnlessStored(this.dataSource, await this.newKey());
      stored = (await toolKey(this.dataSource))!;
    }
    return { kid: stored.kid, publicJwk: stored.publicJwk, privateKey: createPrivateKey(this.secrets.open(stored.sealedPrivateKey, toolKeyContext(stored.kid))) };
  }

  private async newKey(): Promise<ToolKeyRow> {
    const { publicKey, privateKey } = await generateRsaKeyPair('rsa', { modulusLength: MODULUS_BITS });
    const { kty, n, e } = publicKey.export({ format: 'jwk' }) as Record<string, string>;
    const kid = await calculateJwkThumbprint({ kty, n, e });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    return { kid, publicJwk: { kty, n, e }, sealedPrivateKey: this.secrets.seal(pem, toolKeyContext(kid)) };
  }
}

function toolKeyContext(kid: string): string {
  return `lti-tool-key:${kid}`;
}

/** Seals the tool key under the current SECRETS_KEY (the rotation command). Answers how many changed. */
export function resealLtiToolKey(manager: EntityManager, secrets: SecretBox): Promise<number> {
  return resealToolKey(manager, (kid, stored) => secrets.resealed(stored, toolKeyContext(kid)));
}
