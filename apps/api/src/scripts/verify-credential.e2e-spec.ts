import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { createAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { encodeStatusList, STATUS_LIST_LENGTH } from '../certificates/bitstring-status-list';
import { certificateTestApp, createCourse, eligibleLearner, ISSUE, REVOKE } from '../certificates/certificate-fixtures';
import { jwkThumbprint, signCompactJws, type SigningKey } from '../certificates/vc-jwt';
import { SigningKeysService } from '../certificates/signing-keys.service';
import { signWithDataIntegrity } from '../credentials/data-integrity';
import { documentLoaderFor } from '../credentials/document-loader';
import { didWebOf } from '../credentials/issuer-did';

/** Runs the script's own source in a separate Node process, as `npm run verify-credential` would once built. */
const TYPESCRIPT_HOOK = `
const swc = require(${JSON.stringify(require.resolve('@swc/core'))});
require.extensions['.ts'] = (module, file) => module._compile(
  swc.transformFileSync(file, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }).code, file);`;
const SCRIPT = path.resolve(__dirname, 'verify-credential.ts');

interface Run {
  code: number;
  output: string;
}

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const credentialFile = (token: string) => JSON.stringify({ compactJwsString: token });

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('npm run verify-credential', () => {
  let api: TestApp;
  let platform: string;
  let work: string;
  let hook: string;
  let genuine: string;
  let certificateId: string;
  let adminToken: string;
  let platformKey: SigningKey;
  let forger: Server;
  let forgerUrl: string;
  const attacker = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attackerKey: SigningKey = { kid: jwkThumbprint(attacker.publicKey.export({ format: 'jwk' })), privateKey: attacker.privateKey };
  const attackerJwks = { keys: [{ ...attacker.publicKey.export({ format: 'jwk' }), kid: attackerKey.kid, alg: 'RS256', use: 'sig' }] };

  /** The script in its own process, with only the environment a test gives it. */
  const verify = (args: string[], env: Record<string, string> = { PUBLIC_URL: platform }) =>
    new Promise<Run>((resolve) => {
      execFile(process.execPath, ['-r', hook, SCRIPT, ...args], { env: { PATH: process.env.PATH!, ...env } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
      );
    });
  const file = (name: string, content: string) => {
    const where = path.join(work, name);
    mkdirSync(path.dirname(where), { recursive: true });
    writeFileSync(where, content);
    return where;
  };
  const payloadOf = (token: string) => decode(token.split('.')[1]);
  /** A status list credential (list 1 of `issuer`, the platform unless said) with the window a test needs. */
  const statusList = async (key: SigningKey, validFrom: Date, validUntil: Date, issuer = platform) => {
    const id = `${issuer}/credentials/status/1`;
    const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
    const iso = (date: Date) => new Date(seconds(date) * 1000).toISOString().replace('.000Z', 'Z');
    return signCompactJws(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        id,
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: { id: issuer, type: ['Profile'], name: 'Practitioner Training Platform', url: issuer },
        validFrom: iso(validFrom),
        validUntil: iso(validUntil),
        credentialSubject: { id: `${id}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodeStatusList(STATUS_LIST_LENGTH, []) },
        iss: issuer,
        sub: `${id}#list`,
        jti: id,
        nbf: seconds(validFrom),
        exp: seconds(validUntil),
      },
      key,
    );
  };
  /** The genuine credential's content, changed and signed by `key` under the issuer `issuer`. */
  const forged = async (key: SigningKey, issuer: string, change: (payload: Record<string, any>) => void = () => {}) => {
    const payload = payloadOf(JSON.parse(genuine).compactJwsString);
    payload.iss = issuer;
    payload.issuer = { ...payload.issuer, id: issuer, url: issuer };
    payload.credentialStatus.statusListCredential = `${issuer}/credentials/status/1`;
    change(payload);
    return credentialFile(await signCompactJws(payload, key));
  };

  beforeAll(async () => {
    const port = await freePort();
    platform = `http://127.0.0.1:${port}`;
    api = await certificateTestApp({ publicUrl: platform });
    await api.app.listen(port, '127.0.0.1');
    work = mkdtempSync(path.join(tmpdir(), 'verify-credential-'));
    hook = file('typescript-hook.js', TYPESCRIPT_HOOK);

    const admin = await createAccount(api.dataSource, ['ADMIN']);
    adminToken = admin.token;
    const course = await createCourse(api.dataSource);
    const holder = await eligibleLearner(api.dataSource, course, 'Dr Grace Hopper');
    certificateId = (await api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token)).data!.issueCertificate.id;
    genuine = (await request(api.app.getHttpServer()).get(`/certificates/${certificateId}/credential.json`).set('authorization', `Bearer ${holder.token}`)).text;
    platformKey = await api.app.get(SigningKeysService).activeKey();

    // Another issuer's site, answering with the forger's keys and a status list that revokes nothing.
    forger = createServer(async (incoming, response) => {
      if (incoming.url === '/.well-known/jwks.json') response.end(JSON.stringify(attackerJwks));
      else response.end(await statusList(attackerKey, new Date(), new Date(Date.now() + 86_400_000), forgerUrl));
    });
    await new Promise<void>((resolve) => forger.listen(0, '127.0.0.1', resolve));
    forgerUrl = `http://127.0.0.1:${(forger.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => forger.close(resolve));
    await api.close();
  });

  it('says VALID with exit 0 for a genuine credential, and names the issuer and key set it trusted', async () => {
    const run = await verify([file('genuine.json', genuine)]);
    expect(run).toMatchObject({ code: 0, output: expect.stringMatching(/^VALID: /) });
    expect(run.output).toContain(`Trusted:      the issuer ${platform}, with the keys at ${platform}/.well-known/jwks.json`);
    expect(run.output).toContain('Dr Grace Hopper');
    expect(await verify([file('genuine.json', genuine), '--issuer', `${platform}/`], {})).toMatchObject({ code: 0 });
  });

  it('refuses to guess whose keys to trust when given no issuer and no key set', async () => {
    const run = await verify([file('genuine.json', genuine)], {});
    expect(run.code).toBe(3);
    expect(run.output).toContain('Say which issuer to trust');
    expect(await verify([file('genuine.json', genuine), '--issuer', work])).toMatchObject({
      code: 3,
      output: expect.stringContaining('--issuer must be the issuer\'s web address'),
    });
  });

  it("says NOT VALID with exit 1 for a credential naming a file path as its issuer, with the forger's keys in that folder", async () => {
    const folder = path.join(work, 'forger');
    file('forger/.well-known/jwks.json', JSON.stringify(attackerJwks));
    file('forger/credentials/status/1', await statusList(attackerKey, new Date(), new Date(Date.now() + 86_400_000), folder));
    const forgery = file('file-issuer.json', await forged(attackerKey, folder));
    expect(await verify([forgery])).toMatchObject({ code: 1, output: expect.stringContaining(`its issuer ${JSON.stringify(folder)} is not a web address`) });
    expect(await verify([forgery], {})).toMatchObject({ code: 3 });
  });

  it('says NOT VALID with exit 1 for a credential naming another issuer that serves its own keys', async () => {
    const run = await verify([file('other-issuer.json', await forged(attackerKey, forgerUrl))]);
    expect(run).toMatchObject({ code: 1, output: expect.stringContaining(`it names ${JSON.stringify(forgerUrl)} as its issuer, not the trusted issuer ${platform}`) });
  });

  it("says NOT VALID with exit 1 for a credential naming the platform but signed with another key", async () => {
    const run = await verify([file('platform-forged.json', await forged(attackerKey, platform))]);
    expect(run).toMatchObject({ code: 1, output: expect.stringContaining('which the issuer does not publish') });
  });

  it('trusts an explicit key set, says so, and still holds the credential to --issuer when given', async () => {
    const keys = file('platform-jwks.json', (await request(api.app.getHttpServer()).get('/.well-known/jwks.json')).text);
    const alone = await verify([file('genuine.json', genuine), '--jwks', keys], {});
    expect(alone).toMatchObject({ code: 0, output: expect.stringContaining(`Trusted:      the key set ${keys}`) });
    const pinned = await verify([file('genuine.json', genuine), '--jwks', keys, '--issuer', forgerUrl], {});
    expect(pinned).toMatchObject({ code: 1, output: expect.stringContaining(`not the trusted issuer ${forgerUrl}`) });
  });

  it('says it could not check, with exit 2, when the key set or the status list cannot be read', async () => {
    const unreachable = 'http://127.0.0.1:9/';
    expect(await verify([file('genuine.json', genuine), '--jwks', `${unreachable}jwks.json`], {})).toMatchObject({
      code: 2,
      output: expect.stringMatching(/^COULD NOT CHECK: .*public keys/),
    });
    expect(await verify([file('genuine.json', genuine), '--status', `${unreachable}status`])).toMatchObject({
      code: 2,
      output: expect.stringMatching(/^COULD NOT CHECK: .*revocation status could not be read/),
    });
    const foreignList = file('foreign-list.jwt', await statusList(attackerKey, new Date(), new Date(Date.now() + 86_400_000)));
    expect(await verify([file('genuine.json', genuine), '--status', foreignList])).toMatchObject({ code: 2 });
  });

  it('says it could not check, with exit 2, a credential that carries no status entry', async () => {
    const noStatus = await forged(platformKey, platform, (payload) => delete payload.credentialStatus);
    expect(await verify([file('no-status.json', noStatus)])).toMatchObject({
      code: 2,
      output: expect.stringContaining('carries no revocation status entry'),
    });
  });

  it('says it could not check, with exit 2, against an expired status list, and VALID against a current one', async () => {
    const day = 86_400_000;
    const expired = file('expired-list.jwt', await statusList(platformKey, new Date(Date.now() - 2 * day), new Date(Date.now() - day)));
    expect(await verify([file('genuine.json', genuine), '--status', expired])).toMatchObject({
      code: 2,
      output: expect.stringContaining('the status list expired on'),
    });
    const current = file('current-list.jwt', await statusList(platformKey, new Date(Date.now() - day / 2), new Date(Date.now() + day / 2)));
    expect(await verify([file('genuine.json', genuine), '--status', current])).toMatchObject({ code: 0 });
  });

  it('writes out control and direction characters in the names a credential carries, so they cannot add a line', async () => {
    const spoofed = await forged(platformKey, platform, (payload) => {
      const [name] = [payload.credentialSubject.identifier].flat().filter((identifier: { identityType: string }) => identifier.identityType === 'name');
      name.identityHash = 'Jo Bloggs\nhas completed Advanced Neurosurgery (40 credit hours)';
      payload.credentialSubject.achievement.name = 'Botulinum toxin \u202Eesruoc';
    });
    const { output } = await verify([file('spoofed.json', spoofed)]);
    expect(output).toContain('Holder:       Jo Bloggs\\u000Ahas completed Advanced Neurosurgery (40 credit hours)');
    expect(output).toContain('Achievement:  Botulinum toxin \\u202Eesruoc');
    expect(output).not.toMatch(/^has completed/m);
  });

  it("checks a learner record (CLR 2.0) and every credential inside it, catching one altered inside a soundly signed record", async () => {
    const course = await createCourse(api.dataSource);
    const learner = await eligibleLearner(api.dataSource, course, 'Dr Ada Lovelace');
    const issued = (await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug }, adminToken)).data!.issueCertificate.id;
    const download = (path: string) => request(api.app.getHttpServer()).get(path).set('authorization', `Bearer ${learner.token}`);
    const record = JSON.parse((await download('/learner-record.json')).text);
    const [badgeRun, recordRun] = [await verify([file('badge.json', (await download(`/certificates/${issued}/open-badge.json`)).text)]), await verify([file('record.json', JSON.stringify(record))])];
    expect(badgeRun).toMatchObject({ code: 0, output: expect.stringMatching(/^VALID: /) });
    expect(recordRun).toMatchObject({ code: 0, output: expect.stringMatching(/^VALID: /) });
    expect(recordRun.output).toContain('Inside, credential 1: VALID');
    expect(recordRun.output).toContain('Dr Ada Lovelace');

    const { proof: _proof, ...unsigned } = record.credential[0];
    unsigned.credentialSubject.verifiableCredential[0].credentialSubject.creditsEarned = 40;
    const did = didWebOf(platform);
    const resigned = await signWithDataIntegrity(unsigned, { ...(await api.app.get(SigningKeysService).activeEd25519Key()), did }, documentLoaderFor([]));
    const tampered = await verify([file('tampered.json', JSON.stringify({ credential: [resigned] }))]);
    expect(tampered).toMatchObject({ code: 1, output: expect.stringMatching(/^NOT VALID: the credential for .+ inside the learner record is not valid: its proof does not match its content/) });
    const otherDid = await verify([file('record.json', JSON.stringify(record)), '--did', file('other-did.json', JSON.stringify({ id: 'did:web:forger.example', verificationMethod: [] }))]);
    expect(otherDid).toMatchObject({ code: 2, output: expect.stringContaining(`the DID document given is not the one of ${did}`) });
  });

  it('says NOT VALID with exit 1 once the certificate is revoked', async () => {
    await api.graphql(REVOKE, { certificateId, reason: 'Issued to the wrong learner by mistake.' }, adminToken);
    expect(await verify([file('genuine.json', genuine)])).toMatchObject({ code: 1, output: expect.stringContaining('its issuer revoked it') });
  });
});
