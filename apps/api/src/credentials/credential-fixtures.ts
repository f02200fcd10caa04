import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import request from 'supertest';
import type { TestApp } from '../testing/test-app';
import { SigningKeysService } from '../certificates/signing-keys.service';
import type { TrustedDidIssuer } from './data-integrity-verifier';
import { didWebOf } from './issuer-did';

const vendor = path.resolve(__dirname, '../../../../vendor');

/** 1EdTech's published JSON schemas (vendor/), compiled with Ajv for the draft they declare (2019-09). */
function schemaValidator(file: string) {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(vendor, file), 'utf8')));
}

export const openBadgesSchema = schemaValidator('open-badges-3.0/ob_v3p0_achievementcredential_schema.json');
export const learnerRecordSchema = schemaValidator('clr-2.0/clr_v2p0_clrcredential_schema.json');

export const PLATFORM = 'http://localhost:3000';
export const PLATFORM_DID = didWebOf(PLATFORM);

/** What a verifier trusting this platform fetches over the network, answered by this API in-process. */
export function trustedPlatform(api: TestApp): TrustedDidIssuer {
  const get = (url: string) => request(api.app.getHttpServer()).get(new URL(url, PLATFORM).pathname);
  return {
    id: PLATFORM,
    keySet: async () => (await get('/.well-known/jwks.json')).body,
    didDocument: async () => JSON.parse((await get('/.well-known/did.json')).text),
    statusList: async (url) => (await get(url)).text,
  };
}

/** The platform's own Ed25519 key, to re-sign a changed credential and prove the other checks stand on their own. */
export async function platformSigner(api: TestApp) {
  return { ...(await api.app.get(SigningKeysService).activeEd25519Key()), did: PLATFORM_DID };
}
