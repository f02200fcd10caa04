import request from 'supertest';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';

const SAVE = `mutation($input: LtiPlatformInput!) { saveLtiPlatform(input: $input) { id name issuer clientId loginUrl accessTokenUrl keySetUrl deploymentIds } }`;
const LIST = `{ ltiPlatforms { id name deploymentIds } ltiToolConfiguration { loginUrl launchUrl keySetUrl deepLinkingUrl } }`;
const REMOVE = `mutation($id: ID!) { removeLtiPlatform(id: $id) }`;

describe('LMS registrations, which admins keep', () => {
  let api: TestApp;
  let admin: TestAccount;
  let issuers = 0;

  beforeAll(async () => {
    api = await createTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  afterAll(() => api.close());

  const registration = (overrides: Record<string, unknown> = {}) => {
    const issuer = `https://moodle-${++issuers}.hospital.example.org`;
    return {
      name: 'Trust Moodle',
      issuer,
      clientId: 'tool-1',
      loginUrl: `${issuer}/mod/lti/auth.php`,
      accessTokenUrl: `${issuer}/mod/lti/token.php`,
      keySetUrl: `${issuer}/mod/lti/certs.php`,
      deploymentIds: ['1', ' 2 ', '1'],
      ...overrides,
    };
  };
  const audited = async (action: string) =>
    (await api.dataSource.query(`SELECT details FROM audit_log WHERE action = $1 AND actor_id = $2 ORDER BY created_at DESC LIMIT 1`, [action, admin.id]))[0]?.details;
  const count = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM lti_platform`))[0].n;

  it('registers an LMS, audited, and shows the addresses to enter at the LMS', async () => {
    const input = registration();
    const saved = await api.graphql(SAVE, { input }, admin.token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveLtiPlatform).toMatchObject({ issuer: input.issuer, deploymentIds: ['1', '2'] });
    expect(await audited('LTI_PLATFORM_REGISTERED')).toMatchObject({ issuer: input.issuer, clientId: 'tool-1', deploymentIds: ['1', '2'] });
    const { data } = await api.graphql(LIST, {}, admin.token);
    expect(data!.ltiPlatforms).toContainEqual({ id: saved.data!.saveLtiPlatform.id, name: 'Trust Moodle', deploymentIds: ['1', '2'] });
    expect(data!.ltiToolConfiguration).toEqual({
      loginUrl: `${api.config.publicUrl}/lti/login`,
      launchUrl: `${api.config.publicUrl}/lti/launch`,
      keySetUrl: `${api.config.publicUrl}/lti/jwks`,
      deepLinkingUrl: `${api.config.publicUrl}/lti/launch`,
    });
  });

  it.each([
    ['an issuer that is not a web address', { issuer: 'moodle.hospital.example.org' }, 'issuer'],
    ['a login URL of another scheme', { loginUrl: 'ftp://moodle.example.org/auth' }, 'loginUrl'],
    ['a key set URL with credentials in it', { keySetUrl: 'https://user:pw@moodle.example.org/certs' }, 'keySetUrl'],
    ['an empty deployment id', { deploymentIds: ['  '] }, 'deploymentIds'],
  ])('refuses %s, naming the field, and stores nothing', async (_, change, field) => {
    const before = await count();
    const refused = await api.graphql(SAVE, { input: registration(change) }, admin.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(refused.errors?.[0].extensions)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('refuses a second registration of one issuer and client id', async () => {
    const input = registration();
    await api.graphql(SAVE, { input }, admin.token);
    const twice = await api.graphql(SAVE, { input: { ...input, name: 'Again' } }, admin.token);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
  });

  it('changes and removes a registration, audited; logins from it are refused afterwards', async () => {
    const input = registration();
    const { id } = (await api.graphql(SAVE, { input }, admin.token)).data!.saveLtiPlatform;
    const changed = await api.graphql(SAVE, { input: { ...input, id, deploymentIds: ['3'] } }, admin.token);
    expect(changed.data!.saveLtiPlatform.deploymentIds).toEqual(['3']);
    expect(await audited('LTI_PLATFORM_CHANGED')).toMatchObject({ deploymentIds: ['3'] });
    expect((await api.graphql(REMOVE, { id }, admin.token)).data!.removeLtiPlatform).toBe(true);
    expect(await audited('LTI_PLATFORM_REMOVED')).toMatchObject({ issuer: input.issuer });
    expect((await api.graphql(REMOVE, { id }, admin.token)).data!.removeLtiPlatform).toBe(false);
    const login = await request(api.app.getHttpServer()).get('/lti/login').query({ iss: input.issuer, login_hint: 'x', target_link_uri: 'https://x.example' });
    expect(login.status).toBe(401);
    expect(login.text).toContain('LTI_PLATFORM_UNKNOWN');
  });

  it('takes plain http:// addresses outside production only', async () => {
    const production = await createTestApp({ production: true });
    try {
      const productionAdmin = await createAccount(production.dataSource, ['ADMIN']);
      const refused = await production.graphql(SAVE, { input: registration({ keySetUrl: 'http://moodle.example.org/certs' }) }, productionAdmin.token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keySetUrl' });
      expect((await production.graphql(SAVE, { input: registration() }, productionAdmin.token)).errors).toBeUndefined();
    } finally {
      await production.close();
    }
  });

  it('publishes the tool’s public key and keeps its private half sealed', async () => {
    const keySet = await request(api.app.getHttpServer()).get('/lti/jwks');
    expect(keySet.status).toBe(200);
    expect(keySet.body.keys).toEqual([{ kty: 'RSA', n: expect.any(String), e: 'AQAB', kid: expect.any(String), alg: 'RS256', use: 'sig' }]);
    const [stored] = await api.dataSource.query(`SELECT kid, sealed_private_key FROM lti_tool_key`);
    expect(stored.kid).toBe(keySet.body.keys[0].kid);
    expect(stored.sealed_private_key).toMatch(/^sealed:v1:/);
  });
});
