import request from 'supertest';
import { createAccount, type TestAccount } from '../testing/factories';
import { hashPassword } from '../users/password';
import type { TestApp } from '../testing/test-app';
import { acceptAttestation, certificateTestApp, completeCourse, createCourse, eligibleLearner, ISSUE, REVOKE } from '../certificates/certificate-fixtures';
import { learnerRecordSchema, openBadgesSchema, PLATFORM, PLATFORM_DID, platformSigner, trustedPlatform } from './credential-fixtures';
import { verifyCredentialFile } from './credential-files';
import { signWithDataIntegrity } from './data-integrity';
import { documentLoaderFor } from './document-loader';

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe("the learner's CLR 2.0 record", () => {
  let api: TestApp;
  let admin: TestAccount;
  let learner: TestAccount;
  let certificateIds: string[];
  let file: { compactJwsStrings: string[]; credential: Record<string, any>[] };

  const get = (path: string, token?: string) => {
    const call = request(api.app.getHttpServer()).get(path);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };
  const verify = (record: object) => verifyCredentialFile(JSON.stringify(record), trustedPlatform(api));
  /** The record with a changed credential inside, its own proof made again with the platform's key, so only the inner check can catch it. */
  const resignedWith = async (change: (inner: Record<string, any>[]) => void) => {
    const { proof: _proof, ...unsigned } = structuredClone(file.credential[0]);
    change(unsigned.credentialSubject.verifiableCredential);
    return { credential: [await signWithDataIntegrity(unsigned, await platformSigner(api), documentLoaderFor([]))] };
  };

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const [first, second] = [await createCourse(api.dataSource), await createCourse(api.dataSource)];
    learner = await eligibleLearner(api.dataSource, first, 'Dr Ada Lovelace');
    await completeCourse(api.dataSource, learner.id, second);
    await acceptAttestation(api.dataSource, learner.id, second);
    certificateIds = [];
    for (const course of [first, second]) {
      certificateIds.push((await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug }, admin.token)).data!.issueCertificate.id);
    }
    file = JSON.parse((await get('/learner-record.json', learner.token)).text);
  });
  afterAll(() => api.close());

  it("bundles the learner's current credentials in a ClrCredential valid under 1EdTech's CLR 2.0 schema, in both signed forms", async () => {
    const [record] = file.credential;
    expect(learnerRecordSchema(record) || learnerRecordSchema.errors).toBe(true);
    const jwtRecord = decode(file.compactJwsStrings[0].split('.')[1]);
    expect(learnerRecordSchema(jwtRecord) || learnerRecordSchema.errors).toBe(true);
    expect(record).toMatchObject({
      type: ['VerifiableCredential', 'ClrCredential'],
      issuer: { id: PLATFORM_DID, url: PLATFORM },
      credentialSubject: { id: `urn:uuid:${learner.id}`, type: ['ClrSubject'], identifier: [{ identityType: 'name', identityHash: 'Dr Ada Lovelace' }] },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });
    expect(jwtRecord).toMatchObject({ iss: PLATFORM, sub: `urn:uuid:${learner.id}`, jti: record.id, issuer: { id: PLATFORM } });
    const inside = record.credentialSubject.verifiableCredential;
    expect(inside.map((credential: { id: string }) => credential.id).sort()).toEqual(certificateIds.map((id) => `urn:uuid:${id}`).sort());
    for (const credential of inside) expect(openBadgesSchema(credential) || openBadgesSchema.errors).toBe(true);
    expect(record.credentialSubject.achievement).toEqual(inside.map((credential: Record<string, any>) => credential.credentialSubject.achievement));
    expect(jwtRecord.credentialSubject.verifiableCredential).toEqual(inside);
  });

  it('verifies as a whole and credential by credential', async () => {
    const verdict = await verify(file);
    expect(verdict).toMatchObject({ valid: true, credential: { holderName: 'Dr Ada Lovelace', achievement: 'Learner record of Dr Ada Lovelace' } });
    expect(verdict.inside).toHaveLength(4);
    expect(verdict.inside!.every((inner) => inner.valid)).toBe(true);
  });

  it('is the same record on the next download: nothing is signed again', async () => {
    const again = JSON.parse((await get('/learner-record.json', learner.token)).text);
    expect(again.credential).toEqual(file.credential);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM signed_credential`)).toEqual([{ n: 3 }]);
  });

  it('catches a credential altered inside a record whose own proof is sound', async () => {
    const tampered = await resignedWith((inner) => (inner[1].credentialSubject.creditsEarned = 40));
    const verdict = await verify(tampered);
    expect(verdict).toMatchObject({ valid: false, checked: true, reason: expect.stringMatching(/^the credential for .+ inside the learner record is not valid: its proof does not match its content/) });
    expect((await verify({ ...file, credential: [{ ...file.credential[0], name: 'Another record' }] })).valid).toBe(false);
  });

  it('is no longer valid once a credential inside it is revoked', async () => {
    await api.graphql(REVOKE, { certificateId: certificateIds[0], reason: 'Issued to the wrong learner by mistake.' }, admin.token);
    expect(await verify(file)).toMatchObject({ valid: false, checked: true, reason: expect.stringMatching(/inside the learner record is not valid: its issuer revoked it/) });
    const current = JSON.parse((await get('/learner-record.json', learner.token)).text);
    expect(current.credential[0].credentialSubject.verifiableCredential.map((credential: { id: string }) => credential.id)).toEqual([`urn:uuid:${certificateIds[1]}`]);
    expect((await verify(current)).valid).toBe(true);
  });

  it('is forgotten when the learner deletes their account', async () => {
    const password = 'a long enough password';
    await api.dataSource.query(`UPDATE app_user SET password_hash = $1 WHERE id = $2`, [await hashPassword(password), learner.id]);
    const recordId = file.credential[0].id;
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM signed_credential WHERE id = $1`, [recordId])).toEqual([{ n: 1 }]);
    expect((await api.graphql('mutation ($p: String!) { deleteMyAccount(currentPassword: $p) }', { p: password }, learner.token)).data).toEqual({ deleteMyAccount: true });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM signed_credential WHERE id = $1`, [recordId])).toEqual([{ n: 0 }]);
  });

  it("is the signed-in learner's own only, and refused to one with no valid certificate", async () => {
    expect((await get('/learner-record.json')).status).toBe(401);
    const newcomer = await createAccount(api.dataSource, ['LEARNER']);
    const response = await get('/learner-record.json', newcomer.token);
    expect(response.status).toBe(404);
    expect(response.body.message).toBe('You hold no valid certificate yet, so there is no learner record to download.');
  });
});
