import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { certificateTestApp, createCourse, issueToNewLearner } from '../certificates/certificate-fixtures';
import { sealPlaintextSigningKeys, SigningKeysService } from '../certificates/signing-keys.service';
import { verifyCompactJws } from '../certificates/vc-jwt';
import { SecretBox } from '../secrets/secret-box';
import { dataFolderKeysFile, newSecretsKey, secretBoxFor } from '../secrets/secrets-keys';
import { createAccount } from '../testing/factories';
import { TEST_SECRETS_KEY } from '../testing/test-secrets';
import type { TestApp } from '../testing/test-app';
import { accountWithPassword, turnOnTwoFactor } from '../two-factor/two-factor-fixtures';
import { rotateSecretsKey } from './secrets-rotation';

const SAVE_PROVIDER = `mutation($input: IdentityProviderInput!) { saveIdentityProvider(input: $input) { id } }`;

describe('rotating the secrets key', () => {
  let api: TestApp;

  afterEach(() => api.close());

  async function issuedCredential(app: TestApp): Promise<string> {
    const admin = await createAccount(app.dataSource, ['ADMIN']);
    const { learner, certificate } = await issueToNewLearner(app, admin, await createCourse(app.dataSource), 'Dr Ada Lovelace');
    const file = await request(app.app.getHttpServer()).get(`/certificates/${certificate.id}/credential.json`).set('authorization', `Bearer ${learner.token}`);
    return JSON.parse(file.text).compactJwsString;
  }

  const publishedKeys = async (app: TestApp) => (await request(app.app.getHttpServer()).get('/.well-known/jwks.json')).body.keys;

  it('re-seals every secret under the new SECRETS_KEY once the previous one is given, and credentials issued before still verify', async () => {
    api = await certificateTestApp();
    const credential = await issuedCredential(api);
    await turnOnTwoFactor(api, await accountWithPassword(api));
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    const provider = { slug: 'st-marys', displayName: "St Mary's", issuer: 'https://login.example.org', clientId: 'platform', clientSecret: 'client secret', allowedDomains: ['example.org'] };
    expect((await api.graphql(SAVE_PROVIDER, { input: provider }, admin.token)).errors).toBeUndefined();
    const keysBefore = await publishedKeys(api);

    const newKey = newSecretsKey();
    const rotating = { ...api.config, secretsKey: newKey, previousSecretsKey: TEST_SECRETS_KEY };
    const resealed = await rotateSecretsKey(rotating, api.dataSource);
    // The account's, and those of the two admins the test made.
    expect(resealed).toEqual({ signingKeys: 1, twoFactorSecrets: 3, clientSecrets: 1, lrsSecrets: 0, ltiToolKeys: 0 });
    expect(await rotateSecretsKey(rotating, api.dataSource)).toEqual({ signingKeys: 0, twoFactorSecrets: 0, clientSecrets: 0, lrsSecrets: 0, ltiToolKeys: 0 });

    // Only the new key from here on: the signing key opens and signs, and the public keys have not changed.
    const afterRotation = new SigningKeysService(api.dataSource, new SecretBox(newKey));
    const signingKey = await afterRotation.activeKey();
    expect((await afterRotation.keySet()).keys).toEqual(keysBefore);
    expect(() => verifyCompactJws(credential, keysBefore)).not.toThrow();
    expect(signingKey.kid).toBe(keysBefore[0].kid);
    await expect(new SigningKeysService(api.dataSource, new SecretBox(TEST_SECRETS_KEY)).activeKey()).rejects.toThrow(/neither SECRETS_KEY nor SECRETS_KEY_PREVIOUS/);
  });

  it('makes a new data folder key outside production, and drops the old one once everything is sealed under the new one', async () => {
    api = await certificateTestApp({ secretsKey: null });
    await api.app.get(SigningKeysService).activeKey();
    const file = dataFolderKeysFile(api.config.dataDir);
    const before = readFileSync(file, 'utf8');

    expect(await rotateSecretsKey(api.config, api.dataSource)).toEqual({ signingKeys: 1, twoFactorSecrets: 0, clientSecrets: 0, lrsSecrets: 0, ltiToolKeys: 0 });
    const after = readFileSync(file, 'utf8');
    expect(after.trim().split('\n')).toHaveLength(1);
    expect(after).not.toBe(before);
    expect((await new SigningKeysService(api.dataSource, secretBoxFor(api.config)).activeKey()).kid).toEqual(expect.any(String));
  });

  it('seals, on start, a signing key stored before keys were sealed, and leaves sealed ones as they are', async () => {
    api = await certificateTestApp();
    await api.app.get(SigningKeysService).activeKey();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await api.dataSource.query(
      `INSERT INTO credential_signing_key (id, algorithm, public_jwk, sealed_private_key, retired_at) VALUES ('older-key', 'RS256', '{}', $1, now())`,
      [pem],
    );
    const box = new SecretBox(TEST_SECRETS_KEY);
    expect(await api.dataSource.transaction((manager) => sealPlaintextSigningKeys(manager, box))).toBe(1);
    const [older] = await api.dataSource.query(`SELECT sealed_private_key FROM credential_signing_key WHERE id = 'older-key'`);
    expect(box.open(older.sealed_private_key, 'credential-signing-key:older-key')).toBe(pem);
    expect(await api.dataSource.transaction((manager) => sealPlaintextSigningKeys(manager, box))).toBe(0);
  });
});
