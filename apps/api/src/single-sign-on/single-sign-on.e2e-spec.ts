import request from 'supertest';
import { createAccount, type TestAccount } from '../testing/factories';
import { startTestIdentityProvider, type TestIdentityProvider } from '../testing/oidc-test-provider';
import { createTestApp, type TestApp } from '../testing/test-app';
import { accountWithPassword, codeOf, COMPLETE, errorCode, turnOnTwoFactor } from '../two-factor/two-factor-fixtures';

const SAVE = `mutation($input: IdentityProviderInput!) { saveIdentityProvider(input: $input) { id slug callbackUrl allowedDomains groupRoles { group role } } }`;
const DOMAIN = 'stmarys.example.org';

describe('single sign-on through an OpenID Connect provider', () => {
  let api: TestApp;
  let provider: TestIdentityProvider;
  let admin: TestAccount;
  let people = 0;

  beforeAll(async () => {
    api = await createTestApp();
    provider = await startTestIdentityProvider(`${api.config.publicUrl}/auth/sso/callback`);
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const saved = await api.graphql(
      SAVE,
      {
        input: {
          slug: 'st-marys',
          displayName: "St Mary's Hospital",
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
          allowedDomains: [DOMAIN],
          groupRoles: [{ group: 'educators', role: 'INSTRUCTOR' }],
        },
      },
      admin.token,
    );
    expect(saved.errors).toBeUndefined();
  });
  afterAll(async () => {
    await provider.close();
    await api.close();
  });
  afterEach(() => provider.tamperWithIdTokens(null));

  const http = () => request(api.app.getHttpServer());

  /** A person the provider knows, under a login of their own. */
  function person(overrides: { email?: string; emailVerified?: boolean; groups?: string[] } = {}) {
    const login = `person-${++people}`;
    const details = { email: `${login}@${DOMAIN}`, emailVerified: true, name: `Nurse ${people}`, ...overrides };
    provider.people.set(login, details);
    return { login, ...details };
  }

  /** Starts at the platform, signs in at the provider; answers the callback the provider sent the browser to. */
  async function throughProvider(login: string, via = { slug: 'st-marys', idp: provider }): Promise<URL> {
    const started = await http().get(`/auth/sso/${via.slug}`);
    expect(started.status).toBe(303);
    expect(started.headers.location).toMatch(new RegExp(`^${via.idp.issuer}/auth\\?`));
    const authorization = new URL(started.headers.location);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toEqual(expect.any(String));
    expect(authorization.searchParams.get('nonce')).toEqual(expect.any(String));
    return via.idp.signIn(started.headers.location, login);
  }

  /** The platform's answer to the callback: where it redirects, and the session cookie if it set one. */
  async function callBack(callback: URL) {
    const answer = await http().get(`${callback.pathname}${callback.search}`);
    expect(answer.status).toBe(303);
    const cookie = ([] as string[]).concat(answer.headers['set-cookie'] ?? []).find((value) => value.startsWith('ptp_session='));
    return { location: answer.headers.location as string, cookie };
  }

  async function meWith(cookie: string) {
    const response = await http().post('/graphql').set('content-type', 'application/json').set('cookie', cookie.split(';')[0]).send({ query: '{ me { id email name roles } }' });
    return response.body.data.me;
  }

  it('signs in a person of an allowed domain, making a confirmed account with the roles of their groups', async () => {
    const nurse = person({ groups: ['educators', 'other'] });
    const { location, cookie } = await callBack(await throughProvider(nurse.login));
    expect(location).toBe('/');
    const me = await meWith(cookie!);
    expect(me).toMatchObject({ email: nurse.email, name: nurse.name, roles: expect.arrayContaining(['LEARNER', 'INSTRUCTOR']) });
    const [account] = await api.dataSource.query(`SELECT email_confirmed_at, password_hash FROM app_user WHERE id = $1`, [me.id]);
    expect(account.email_confirmed_at).not.toBeNull();
    const [entry] = await api.dataSource.query(`SELECT action, details FROM audit_log WHERE subject_user_id = $1`, [me.id]);
    expect(entry).toEqual({ action: 'USER_CREATED_BY_SINGLE_SIGN_ON', details: { provider: 'st-marys', roles: ['LEARNER', 'INSTRUCTOR'] } });
  });

  it('links an existing account by its verified email: the same account, whatever case the provider writes the address in', async () => {
    const existing = await createAccount(api.dataSource, ['LEARNER']);
    const email = `linked-${people}@${DOMAIN}`;
    await api.dataSource.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [existing.id, email]);
    const nurse = person({ email: email.toUpperCase() });
    const { cookie } = await callBack(await throughProvider(nurse.login));
    expect((await meWith(cookie!)).id).toBe(existing.id);
  });

  it('refuses a callback whose state it did not send, and starts no session', async () => {
    const callback = await throughProvider(person().login);
    callback.searchParams.set('state', 'a-state-this-platform-never-sent');
    expect(await callBack(callback)).toEqual({ location: '/sign-in?sso-error=SSO_STATE_INVALID', cookie: undefined });
  });

  it('takes a callback once: the same code and state again are refused, and so is the code inside another sign-in', async () => {
    const nurse = person();
    const callback = await throughProvider(nurse.login);
    expect((await callBack(callback)).location).toBe('/');
    expect(await callBack(callback)).toEqual({ location: '/sign-in?sso-error=SSO_STATE_INVALID', cookie: undefined });

    const another = await throughProvider(nurse.login);
    another.searchParams.set('code', callback.searchParams.get('code')!);
    expect(await callBack(another)).toEqual({ location: '/sign-in?sso-error=SSO_FAILED', cookie: undefined });
  });

  it('binds each code to the sign-in that asked for it (PKCE): an unused code inside another sign-in is refused and stays its own sign-in’s', async () => {
    const nurse = person();
    const first = await throughProvider(nurse.login);
    const second = await throughProvider(nurse.login);
    second.searchParams.set('code', first.searchParams.get('code')!);
    expect(await callBack(second)).toEqual({ location: '/sign-in?sso-error=SSO_FAILED', cookie: undefined });
    // The provider refused the exchange before taking the code, as the verifier did not match its challenge.
    expect((await callBack(first)).location).toBe('/');
  });

  it('refuses an ID token meant for another client (wrong audience)', async () => {
    provider.tamperWithIdTokens((claims) => (claims.aud = 'another-client'));
    expect(await callBack(await throughProvider(person().login))).toEqual({ location: '/sign-in?sso-error=SSO_FAILED', cookie: undefined });
  });

  it('refuses an expired ID token', async () => {
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    provider.tamperWithIdTokens((claims) => Object.assign(claims, { iat: hourAgo - 600, exp: hourAgo }));
    expect(await callBack(await throughProvider(person().login))).toEqual({ location: '/sign-in?sso-error=SSO_FAILED', cookie: undefined });
  });

  it('accepts an ID token re-signed by the provider with its claims unchanged, so the refusals above are the checks of those claims', async () => {
    provider.tamperWithIdTokens(() => undefined);
    expect((await callBack(await throughProvider(person().login))).location).toBe('/');
  });

  it('refuses an address outside the allowed domains, and makes no account', async () => {
    const outsider = person({ email: `visitor-${people}@elsewhere.example.com` });
    expect(await callBack(await throughProvider(outsider.login))).toEqual({ location: '/sign-in?sso-error=SSO_EMAIL_NOT_ALLOWED', cookie: undefined });
    expect(await api.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [outsider.email])).toEqual([]);
  });

  it('refuses an address the provider has not verified, even for an existing account', async () => {
    const existing = await createAccount(api.dataSource, ['LEARNER']);
    const email = `unverified-${people}@${DOMAIN}`;
    await api.dataSource.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [existing.id, email]);
    const claimant = person({ email, emailVerified: false });
    expect(await callBack(await throughProvider(claimant.login))).toEqual({ location: '/sign-in?sso-error=SSO_EMAIL_NOT_VERIFIED', cookie: undefined });
  });

  it('asks an account with two-factor on for its code after the provider', async () => {
    const account = await accountWithPassword(api);
    const email = `two-step-${people}@${DOMAIN}`;
    await api.dataSource.query(`UPDATE app_user SET email = $2 WHERE id = $1`, [account.id, email]);
    const { secret } = await turnOnTwoFactor(api, account);
    const { location, cookie } = await callBack(await throughProvider(person({ email }).login));
    expect(cookie).toBeUndefined();
    const challenge = new URL(location, 'http://platform').searchParams.get('challenge')!;
    expect(location).toMatch(/^\/sign-in\?challenge=/);
    const completed = await api.graphql(COMPLETE, { challenge, code: await codeOf(secret, 1) });
    expect(completed.data!.completeSignIn.user.email).toBe(email);
  });

  it('answers an unknown or disabled provider on the sign-in page', async () => {
    expect((await http().get('/auth/sso/nowhere')).headers.location).toBe('/sign-in?sso-error=SSO_PROVIDER_UNKNOWN');
  });

  it('keeps the client secret sealed and never answers it; the sign-in page lists the provider', async () => {
    const [stored] = await api.dataSource.query(`SELECT sealed_client_secret FROM oidc_provider WHERE slug = 'st-marys'`);
    expect(stored.sealed_client_secret).toMatch(/^sealed:v1:/);
    expect(stored.sealed_client_secret).not.toContain(provider.clientSecret);
    const listed = await api.graphql('{ identityProviders { slug issuer clientId callbackUrl } }', {}, admin.token);
    expect(JSON.stringify(listed)).not.toContain(provider.clientSecret);
    expect(listed.data!.identityProviders).toEqual([{ slug: 'st-marys', issuer: provider.issuer, clientId: provider.clientId, callbackUrl: `${api.config.publicUrl}/auth/sso/callback` }]);
    expect((await api.graphql('{ signInProviders { slug displayName signInUrl } }')).data!.signInProviders).toEqual([
      { slug: 'st-marys', displayName: "St Mary's Hospital", signInUrl: '/auth/sso/st-marys' },
    ]);
  });

  it('signs in through each of several providers, each for its own domains and groups, until it is removed', async () => {
    const clinic = await startTestIdentityProvider(`${api.config.publicUrl}/auth/sso/callback`);
    try {
      const added = await api.graphql(
        SAVE,
        {
          input: {
            slug: 'county-clinic',
            displayName: 'County Clinic',
            issuer: clinic.issuer,
            clientId: clinic.clientId,
            clientSecret: clinic.clientSecret,
            allowedDomains: ['county.example.org'],
            groupRoles: [{ group: 'assessors', role: 'REVIEWER' }],
          },
        },
        admin.token,
      );
      expect(added.errors).toBeUndefined();
      const via = { slug: 'county-clinic', idp: clinic };
      expect((await api.graphql('{ signInProviders { slug } }')).data!.signInProviders.map((offered: { slug: string }) => offered.slug).sort()).toEqual([
        'county-clinic',
        'st-marys',
      ]);

      const assessor = { login: 'assessor', email: `assessor-${people}@county.example.org`, emailVerified: true, name: 'Assessor', groups: ['assessors', 'educators'] };
      clinic.people.set(assessor.login, assessor);
      const { location, cookie } = await callBack(await throughProvider(assessor.login, via));
      expect(location).toBe('/');
      expect((await meWith(cookie!)).roles.sort()).toEqual(['LEARNER', 'REVIEWER']);

      const hospitalNurse = { login: 'hospital-nurse', email: `nurse-${people}@${DOMAIN}`, emailVerified: true, name: 'Hospital Nurse' };
      clinic.people.set(hospitalNurse.login, hospitalNurse);
      expect(await callBack(await throughProvider(hospitalNurse.login, via))).toEqual({ location: '/sign-in?sso-error=SSO_EMAIL_NOT_ALLOWED', cookie: undefined });
      expect(await api.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [hospitalNurse.email])).toEqual([]);

      const started = await throughProvider(assessor.login, via);
      expect((await api.graphql('mutation($id: ID!) { removeIdentityProvider(id: $id) }', { id: added.data!.saveIdentityProvider.id }, admin.token)).data!.removeIdentityProvider).toBe(true);
      // A sign-in begun through it is gone with it.
      expect(await callBack(started)).toEqual({ location: '/sign-in?sso-error=SSO_STATE_INVALID', cookie: undefined });
      expect((await http().get('/auth/sso/county-clinic')).headers.location).toBe('/sign-in?sso-error=SSO_PROVIDER_UNKNOWN');
      expect((await api.graphql('{ signInProviders { slug } }')).data!.signInProviders).toEqual([{ slug: 'st-marys' }]);
    } finally {
      await clinic.close();
    }
  });

  it('refuses provider settings it cannot use, each with the field to correct', async () => {
    const input = { slug: 'other', displayName: 'Other', issuer: provider.issuer, clientId: 'x', allowedDomains: ['other.example.org'] };
    const withoutSecret = await api.graphql(SAVE, { input }, admin.token);
    expect(withoutSecret.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientSecret' });
    const badIssuer = await api.graphql(SAVE, { input: { ...input, clientSecret: 's', issuer: 'ftp://login.example.org' } }, admin.token);
    expect(badIssuer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuer' });
    const takenSlug = await api.graphql(SAVE, { input: { ...input, clientSecret: 's', slug: 'st-marys' } }, admin.token);
    expect(takenSlug.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect(errorCode(await api.graphql(SAVE, { input: { ...input, clientSecret: 's', allowedDomains: ['not a domain'] } }, admin.token))).toBe('BAD_USER_INPUT');
  });
});
