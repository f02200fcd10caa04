import { createHmac, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { isStatusSet, STATUS_LIST_LENGTH } from './bitstring-status-list';
import { certificateTestApp, createCourse, eligibleLearner, ISSUE, REVOKE } from './certificate-fixtures';
import { verifyCredential, type TrustedIssuer } from './credential-verifier';
import { SecretBox } from '../secrets/secret-box';
import { SigningKeysService } from './signing-keys.service';
import { StatusListsService } from './status-lists.service';
import { verifyCompactJws, type PublishedKey } from './vc-jwt';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const DAY = 86_400_000;

describe('the signed credential', () => {
  let api: TestApp;
  let admin: TestAccount;
  let holder: TestAccount;
  let certificateId: string;
  let file: string;
  let keys: { keys: PublishedKey[] };

  const get = (path: string) => request(api.app.getHttpServer()).get(path);
  /** What a verifier trusting this platform fetches over the network, answered by this API in-process. */
  const sources: TrustedIssuer = {
    id: 'http://localhost:3000',
    keySet: async () => keys,
    statusList: async (url) => (await get(new URL(url).pathname)).text,
  };

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const course = await createCourse(api.dataSource);
    holder = await eligibleLearner(api.dataSource, course, 'Dr Grace Hopper');
    certificateId = (await api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token)).data!.issueCertificate.id;
    file = (await get(`/certificates/${certificateId}/credential.json`).set('authorization', `Bearer ${holder.token}`)).text;
    keys = (await get('/.well-known/jwks.json')).body;
  });
  afterAll(() => api.close());

  const token = () => JSON.parse(file).compactJwsString as string;
  const realKey = () => api.app.get(SigningKeysService).activeKey();
  /** Re-signs a changed payload with the platform's own key, to prove the claim checks stand on their own. */
  const resigned = async (change: (payload: Record<string, any>) => void) => {
    const { kid, privateKey } = await realKey();
    const payload = decode(token().split('.')[1]);
    change(payload);
    const input = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(payload)}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  };

  it('publishes one 3072-bit RS256 public key, and nothing private, at /.well-known/jwks.json', async () => {
    const response = await get('/.well-known/jwks.json');
    expect(response.headers['content-type']).toMatch(/^application\/jwk-set\+json/);
    expect(response.body.keys).toHaveLength(1);
    const [key] = response.body.keys;
    expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(Buffer.from(key.n, 'base64url').length * 8).toBe(3072);
  });

  it('is an Open Badges 3.0 credential whose JWT claims match its content, and it verifies', async () => {
    const [header, payload] = token().split('.').slice(0, 2).map(decode);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: keys.keys[0].kid });
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      id: `urn:uuid:${certificateId}`,
      jti: `urn:uuid:${certificateId}`,
      iss: 'http://localhost:3000',
      issuer: { id: 'http://localhost:3000', type: ['Profile'], name: 'Practitioner Training Platform' },
      sub: `urn:uuid:${holder.id}`,
      credentialSubject: {
        id: `urn:uuid:${holder.id}`,
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'name', identityHash: 'Dr Grace Hopper', hashed: false }],
        achievement: { type: ['Achievement'], achievementType: 'Certificate' },
      },
      credentialStatus: { type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: 'http://localhost:3000/credentials/status/1' },
    });
    expect(payload.nbf).toBe(Date.parse(payload.validFrom) / 1000);
    expect(payload.exp).toBe(Date.parse(payload.validUntil) / 1000);
    expect(JSON.stringify(payload)).not.toContain(holder.email);
    expect(await verifyCredential(file, sources)).toMatchObject({ valid: true, credential: { holderName: 'Dr Grace Hopper', creditHours: 1.5 } });
  });

  it('fails when any single character of the downloaded file is changed', async () => {
    const survivors: number[] = [];
    for (let index = 0; index < file.length; index++) {
      const changed = file.slice(0, index) + (file[index] === 'A' ? 'B' : 'A') + file.slice(index + 1);
      if ((await verifyCredential(changed, sources)).valid) survivors.push(index);
    }
    expect(survivors).toEqual([]);
  });

  it.each([
    ['the algorithm set to none', (jwt: string) => `${encode({ alg: 'none', typ: 'JWT' })}.${jwt.split('.')[1]}.`, /algorithm "none" is not accepted/],
    [
      'an HMAC made with the public key (algorithm confusion)',
      (jwt: string, publicPem: string) => {
        const input = `${encode({ alg: 'HS256', typ: 'JWT', kid: decode(jwt.split('.')[0]).kid })}.${jwt.split('.')[1]}`;
        return `${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`;
      },
      /algorithm "HS256" is not accepted/,
    ],
    [
      "another key passed off under the platform's key id",
      (jwt: string) => {
        const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
        const input = jwt.split('.').slice(0, 2).join('.');
        return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
      },
      /signature does not match/,
    ],
  ])('fails with %s', async (_case, forge, reason) => {
    const publicPem = createPublicKey((await realKey()).privateKey).export({ type: 'spki', format: 'pem' }).toString();
    const verdict = await verifyCredential(forge(token(), publicPem), sources);
    expect(verdict).toMatchObject({ valid: false, checked: true, reason: expect.stringMatching(reason) });
  });

  it.each([
    ['iss', (payload: Record<string, any>) => (payload.issuer.id = 'https://forger.example')],
    ['sub', (payload: Record<string, any>) => (payload.sub = 'urn:uuid:00000000-0000-4000-8000-000000000000')],
    ['jti', (payload: Record<string, any>) => (payload.jti = 'urn:uuid:00000000-0000-4000-8000-000000000000')],
    ['nbf', (payload: Record<string, any>) => (payload.nbf -= 86_400)],
    ['exp', (payload: Record<string, any>) => (payload.exp += 86_400)],
  ])('fails when the JWT claim %s disagrees with the credential, even signed with the right key', async (claim, change) => {
    const verdict = await verifyCredential(await resigned(change), sources);
    expect(verdict).toMatchObject({ valid: false, checked: true, reason: expect.stringContaining(`JWT claim ${claim}`) });
  });

  it('fails outside its validity window', async () => {
    const payload = decode(token().split('.')[1]);
    const afterExpiry = new Date(Date.parse(payload.validUntil) + 1000);
    expect(await verifyCredential(file, sources, afterExpiry)).toMatchObject({ valid: false, reason: `the credential expired on ${payload.validUntil}` });
    const beforeIssue = new Date(Date.parse(payload.validFrom) - 1000);
    expect(await verifyCredential(file, sources, beforeIssue)).toMatchObject({ valid: false, reason: expect.stringMatching(/not valid until/) });
  });

  it('is vouched for by a status list valid for a day, signed again once half of that has passed', async () => {
    const served = (await get('/credentials/status/1')).text;
    const list = (await verifyCompactJws(served, keys.keys)) as Record<string, any>;
    const from = Date.parse(list.validFrom);
    const until = Date.parse(list.validUntil);
    expect(until - from).toBe(DAY + 5 * 60_000);
    expect(Math.abs(until - DAY - Date.now())).toBeLessThan(60_000);
    expect([list.nbf, list.exp]).toEqual([from / 1000, until / 1000]);
    expect((await get('/credentials/status/1')).text).toBe(served);

    const lists = api.app.get(StatusListsService);
    const laterToday = new Date(Date.now() + DAY / 2 - 60_000);
    expect(await lists.signedList(1, laterToday)).toBe(served);
    const resigned = decode((await lists.signedList(1, new Date(Date.now() + DAY / 2 + 60_000)))!.split('.')[1]);
    expect(Date.parse(resigned.validUntil)).toBeGreaterThan(until + DAY / 2);
  });

  it('fails the status check once revoked: the signed status list then has its entry set', async () => {
    const before = (await get('/credentials/status/1')).text;
    await api.graphql(REVOKE, { certificateId, reason: 'Issued to the wrong learner by mistake.' }, admin.token);
    const response = await get('/credentials/status/1');
    expect(response.headers['content-type']).toMatch(/^application\/vc\+jwt/);
    const list = (await verifyCompactJws(response.text, keys.keys)) as Record<string, any>;
    expect(list).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { statusPurpose: 'revocation' } });
    const [{ status_index: index }] = await api.dataSource.query(`SELECT status_index FROM certificate WHERE id = $1`, [certificateId]);
    expect(isStatusSet(list.credentialSubject.encodedList, index)).toBe(true);
    expect(isStatusSet(decode(before.split('.')[1]).credentialSubject.encodedList, index)).toBe(false);
    expect(() => isStatusSet(list.credentialSubject.encodedList, STATUS_LIST_LENGTH - 1)).not.toThrow();

    expect(await verifyCredential(file, sources)).toMatchObject({ valid: false, reason: expect.stringMatching(/^its issuer revoked it/) });
    // A list saved before the revocation vouches only until its own end date.
    const savedBefore = { ...sources, statusList: async () => before };
    expect(await verifyCredential(file, savedBefore)).toMatchObject({ valid: true });
    const savedUntil = decode(before.split('.')[1]).validUntil;
    expect(await verifyCredential(file, savedBefore, new Date(Date.parse(savedUntil) + 1000))).toMatchObject({
      valid: false,
      checked: false,
      reason: `the status list expired on ${savedUntil}; fetch a current one`,
    });
  });

  it('refuses, as could not check, a status list with no end date or a credential with no status entry', async () => {
    const signedByPlatform = async (payload: Record<string, any>) => {
      const { kid, privateKey } = await realKey();
      const input = `${encode({ alg: 'RS256', typ: 'JWT', kid })}.${encode(payload)}`;
      return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    };
    const current = decode((await get('/credentials/status/1')).text.split('.')[1]);
    delete current.validUntil;
    delete current.exp;
    const endless = await signedByPlatform(current);
    expect(await verifyCredential(file, { ...sources, statusList: async () => endless })).toMatchObject({
      valid: false,
      checked: false,
      reason: expect.stringContaining('the status list has no validUntil'),
    });
    const withoutStatus = await resigned((payload) => delete payload.credentialStatus);
    expect(await verifyCredential(withoutStatus, sources)).toMatchObject({ valid: false, checked: false, reason: expect.stringContaining('no revocation status entry') });
  });

  it('answers 404 for a status list that does not exist', async () => {
    expect((await get('/credentials/status/999')).status).toBe(404);
    expect((await get('/credentials/status/abc')).status).toBe(404);
  });

  it.each([
    { algorithm: 'RS256', idOf: (keys: SigningKeysService) => keys.activeKey().then((key) => key.kid) },
    { algorithm: 'Ed25519', idOf: (keys: SigningKeysService) => keys.activeEd25519Key().then((key) => key.publicKeyMultibase) },
  ])('creates exactly one $algorithm key when several API processes need it at once', async ({ algorithm, idOf }) => {
    const fresh = await certificateTestApp();
    const other = await new DataSource(dataSourceOptions((fresh.dataSource.options as { url: string }).url)).initialize();
    try {
      const secrets = fresh.app.get(SecretBox);
      const processes = [new SigningKeysService(fresh.dataSource, secrets), new SigningKeysService(other, secrets)];
      const ids = await Promise.all(Array.from({ length: 8 }, (_, i) => idOf(processes[i % 2])));
      expect(new Set(ids).size).toBe(1);
      expect(await fresh.dataSource.query(`SELECT id FROM credential_signing_key WHERE algorithm = $1`, [algorithm])).toEqual([{ id: ids[0] }]);
    } finally {
      await other.destroy();
      await fresh.close();
    }
  });
});
