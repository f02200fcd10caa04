import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import request from 'supertest';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { SigningKeysService } from '../certificates/signing-keys.service';
import { rotateSecretsKey } from '../scripts/secrets-rotation';
import { SecretBox } from '../secrets/secret-box';
import { newSecretsKey } from '../secrets/secrets-keys';
import { TEST_SECRETS_KEY } from '../testing/test-secrets';
import { certificateTestApp, createCourse, eligibleLearner, ISSUE, REVOKE } from '../certificates/certificate-fixtures';
import { openBadgesSchema, PLATFORM, PLATFORM_DID, platformSigner, trustedPlatform } from './credential-fixtures';
import { verifyCredentialFile } from './credential-files';
import { signWithDataIntegrity } from './data-integrity';
import { documentLoaderFor } from './document-loader';

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe('the Open Badges 3.0 credential with a Data Integrity proof', () => {
  let api: TestApp;
  let admin: TestAccount;
  let holder: TestAccount;
  let certificateId: string;
  let badge: Record<string, any>;

  const get = (path: string, token?: string) => {
    const call = request(api.app.getHttpServer()).get(path);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };
  const verify = (credential: object, now?: Date) => verifyCredentialFile(JSON.stringify(credential), trustedPlatform(api), now);

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const course = await createCourse(api.dataSource);
    holder = await eligibleLearner(api.dataSource, course, 'Dr Grace Hopper');
    certificateId = (await api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token)).data!.issueCertificate.id;
    badge = JSON.parse((await get(`/certificates/${certificateId}/open-badge.json`, holder.token)).text);
  });
  afterAll(() => api.close());

  it("publishes the issuer as did:web of PUBLIC_URL, listing its Ed25519 Multikey for issuing and nothing secret", async () => {
    const response = await get('/.well-known/did.json');
    expect(response.headers['content-type']).toMatch(/^application\/did\+json/);
    const document = JSON.parse(response.text);
    const [method] = document.verificationMethod;
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: 'did:web:localhost%3A3000',
      alsoKnownAs: [PLATFORM],
      verificationMethod: [{ id: `did:web:localhost%3A3000#${method.publicKeyMultibase}`, type: 'Multikey', controller: 'did:web:localhost%3A3000', publicKeyMultibase: expect.stringMatching(/^z6Mk/) }],
      assertionMethod: [method.id],
    });
    expect(JSON.parse((await get('/did.json')).text)).toEqual(document);
    const [{ sealed_private_key: sealed }] = await api.dataSource.query(`SELECT sealed_private_key FROM credential_signing_key WHERE algorithm = 'Ed25519'`);
    expect(sealed).toMatch(/^sealed:v1:/);
  });

  it('is valid under 1EdTech\'s Open Badges 3.0 schema, as is the VC-JWT of the same certificate', async () => {
    expect(openBadgesSchema(badge) || openBadgesSchema.errors).toBe(true);
    const jwt = JSON.parse((await get(`/certificates/${certificateId}/credential.json`, holder.token)).text).compactJwsString;
    expect(openBadgesSchema(decode(jwt.split('.')[1])) || openBadgesSchema.errors).toBe(true);
  });

  it('carries the achievement with its criteria and credits, and the result, under the issuer\'s did:web', async () => {
    expect(badge).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      id: `urn:uuid:${certificateId}`,
      issuer: { id: PLATFORM_DID, type: ['Profile'], name: 'Practitioner Training Platform', url: PLATFORM },
      credentialSubject: {
        id: `urn:uuid:${holder.id}`,
        creditsEarned: 1.5,
        achievement: { type: ['Achievement'], criteria: { narrative: expect.stringMatching(/^Completed every lesson and required quiz/) }, creditsAvailable: 1.5 },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusListCredential: `${PLATFORM}/credentials/status/1` },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: expect.stringMatching(/^did:web:localhost%3A3000#z6Mk/) },
    });
    expect(badge).not.toHaveProperty('iss');
  });

  it('verifies with the conformant verifier against the published DID document', async () => {
    expect(await verify(badge)).toMatchObject({ valid: true, credential: { holderName: 'Dr Grace Hopper', creditHours: 1.5, issuer: `Practitioner Training Platform (${PLATFORM_DID})` } });
  });

  it('is signed once: a second download is the same document, and one is stored', async () => {
    const again = JSON.parse((await get(`/certificates/${certificateId}/open-badge.json`, holder.token)).text);
    expect(again).toEqual(badge);
    expect(await api.dataSource.query(`SELECT id FROM signed_credential`)).toEqual([{ id: `urn:uuid:${certificateId}` }]);
  });

  it('is refused to anyone but its holder and admins', async () => {
    const other = await createAccount(api.dataSource, ['LEARNER']);
    expect((await get(`/certificates/${certificateId}/open-badge.json`)).status).toBe(401);
    expect((await get(`/certificates/${certificateId}/open-badge.json`, other.token)).status).toBe(403);
    expect((await get(`/certificates/${certificateId}/open-badge.json`, admin.token)).status).toBe(200);
  });

  it('fails with one claim changed', async () => {
    const altered = structuredClone(badge);
    altered.credentialSubject.creditsEarned = 15;
    expect(await verify(altered)).toMatchObject({ valid: false, checked: true, reason: 'its proof does not match its content: it was altered or signed with another key' });
  });

  it("fails when signed by another key passed off as the platform's", async () => {
    const forger = await Ed25519Multikey.generate();
    const { publicKeyMultibase, secretKeyMultibase } = await forger.export({ publicKey: true, secretKey: true });
    const { proof: _proof, ...unsigned } = badge;
    const forged = await signWithDataIntegrity(unsigned, { did: PLATFORM_DID, publicKeyMultibase, secretKeyMultibase }, documentLoaderFor([]));
    expect(await verify(forged)).toMatchObject({ valid: false, checked: true, reason: expect.stringMatching(/a key the issuer does not list/) });
    const swapped = { ...forged, proof: { ...forged.proof, verificationMethod: badge.proof.verificationMethod } };
    expect(await verify(swapped)).toMatchObject({ valid: false, checked: true, reason: expect.stringMatching(/does not match its content/) });
  });

  it('fails with another cryptosuite named, or with another issuer', async () => {
    expect(await verify({ ...badge, proof: { ...badge.proof, cryptosuite: 'ecdsa-rdfc-2019' } })).toMatchObject({
      valid: false,
      checked: true,
      reason: expect.stringMatching(/cryptosuite "ecdsa-rdfc-2019"; only a DataIntegrityProof with eddsa-rdfc-2022 is accepted/),
    });
    const { proof: _proof, ...unsigned } = badge;
    const otherIssuer = await signWithDataIntegrity({ ...unsigned, issuer: { ...badge.issuer, id: 'did:web:forger.example' } }, await platformSigner(api), documentLoaderFor([]));
    expect(await verify(otherIssuer)).toMatchObject({ valid: false, reason: expect.stringMatching(/not the trusted issuer did:web:localhost%3A3000/) });
  });

  it('could not be checked without a status entry, even signed by the platform', async () => {
    const { proof: _proof, credentialStatus: _status, ...unsigned } = badge;
    const withoutStatus = await signWithDataIntegrity(unsigned, await platformSigner(api), documentLoaderFor([]));
    expect(await verify(withoutStatus)).toMatchObject({ valid: false, checked: false, reason: expect.stringContaining('no revocation status entry') });
  });

  it('fails outside its validity window', async () => {
    expect(await verify(badge, new Date(Date.parse(badge.validUntil) + 1000))).toMatchObject({ valid: false, reason: `the credential expired on ${badge.validUntil}` });
  });

  it('fails once revoked, through the same signed status list as the VC-JWT', async () => {
    await api.graphql(REVOKE, { certificateId, reason: 'Issued to the wrong learner by mistake.' }, admin.token);
    expect(await verify(badge)).toMatchObject({ valid: false, checked: true, reason: expect.stringMatching(/^its issuer revoked it/) });
  });

  it('keeps its Ed25519 key sealed under SECRETS_KEY, re-sealed by the rotation command like the RSA key', async () => {
    const newKey = newSecretsKey();
    const resealed = await rotateSecretsKey({ ...api.config, secretsKey: newKey, previousSecretsKey: TEST_SECRETS_KEY }, api.dataSource);
    expect(resealed.signingKeys).toBe(2);
    const afterRotation = new SigningKeysService(api.dataSource, new SecretBox(newKey));
    expect((await afterRotation.activeEd25519Key()).publicKeyMultibase).toBe(badge.proof.verificationMethod.split('#')[1]);
    await expect(new SigningKeysService(api.dataSource, new SecretBox(TEST_SECRETS_KEY)).activeEd25519Key()).rejects.toThrow(/neither SECRETS_KEY nor SECRETS_KEY_PREVIOUS/);
    expect(await afterRotation.ed25519PublicKeys()).toEqual([badge.proof.verificationMethod.split('#')[1]]);
  });
});
