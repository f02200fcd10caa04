// Each limit of SECURITY.md's "GraphQL server" section, shown over HTTP against the production
// build as `npm start` runs it with NODE_ENV=production: one platform for the whole file.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { signUpConfirmed } from './support/accounts.mjs';
import { adminToken } from './support/api.mjs';
import { startPlatform } from './support/server.mjs';

const ADMIN = { email: 'security-admin@example.test', password: 'security limits admin passphrase' };
const PASSWORD = 'a long enough password';
const MASKED = /^Something went wrong on the server\. Quote request id ([0-9a-f-]{36}) if you report it\.$/;

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }';
const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

let addresses = 0;
/** Every caller gets an address of its own (TRUST_PROXY names loopback as the balancer), so per-address limits never mix. */
const newAddress = () => `198.51.${100 + Math.floor(addresses / 250)}.${1 + (addresses++ % 250)}`;

const stripColours = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

describe('security limits of the production build', () => {
  let platform;
  let db;
  let output = '';
  let admin;

  /** One POST to /graphql; `raw` sends the body as it is. */
  async function graphql(query, variables = {}, { token, address = newAddress(), headers = {}, raw } = {}) {
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': address,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: raw ?? JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
  }

  async function signUp() {
    const email = `learner-${randomUUID()}@example.test`;
    const { token, user } = await signUpConfirmed(platform, { email, name: 'Limit Learner', password: PASSWORD });
    return { email, id: user.id, token };
  }

  const accountsNamed = async (emails) =>
    (await db.query('SELECT email FROM app_user WHERE email = ANY($1)', [emails])).rows.map((row) => row.email);

  /** Waits until the platform's output shows `text`, then gives what it printed since `from`. */
  async function printed(text, from) {
    const deadline = Date.now() + 5_000;
    while (!output.includes(text) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(output.includes(text), `the platform logged "${text}"`);
    return stripColours(output.slice(from));
  }

  before(async () => {
    platform = await startPlatform({
      // Production refuses to start without the key that seals the secrets in the database.
      env: { NODE_ENV: 'production', SECRETS_KEY: randomBytes(32).toString('base64'), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, TRUST_PROXY: 'loopback' },
    });
    for (const stream of [platform.server.stdout, platform.server.stderr]) stream.on('data', (chunk) => (output += chunk));
    const [port] = (await readFile(path.join(platform.dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n').slice(3, 4);
    const password = (await readFile(path.join(platform.dataDir, 'postgres-password'), 'utf8')).trim();
    db = new pg.Client({ host: '127.0.0.1', port: Number(port), user: 'postgres', password, database: 'platform' });
    await db.connect();
    // With two-factor on, as the admin role needs.
    admin = { token: await adminToken(platform, ADMIN) };
  });

  after(async () => {
    await db?.end();
    await platform?.stop();
  });

  test('introspection is off, and there is no sandbox or GraphiQL page', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "User") { fields { name } } }']) {
      const { status, body } = await graphql(query);
      assert.equal(status, 400);
      assert.equal(body.data, undefined);
      assert.equal(body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.match(body.errors[0].message, /introspection is not allowed/);
    }
    for (const headers of [{ accept: 'text/html' }, { accept: 'text/html', 'apollo-require-preflight': 'true' }]) {
      const response = await fetch(`${platform.url}/graphql`, { headers });
      const page = await response.text();
      assert.doesNotMatch(response.headers.get('content-type') ?? '', /html/);
      assert.doesNotMatch(page, /graphiql|sandbox|embeddable|landing-page|<html/i);
    }
  });

  test('internal errors are masked, never carry a stack trace, and are logged once with the request id; client errors are not logged', async () => {
    const learner = await signUp();
    const from = output.length;
    const clientErrors = await Promise.all([
      graphql('{ myCertificates { id } }'),
      graphql('{ users { edges { node { id } } } }', {}, { token: learner.token }),
      graphql(SIGN_UP, { input: { email: 'not an email', name: 'N', password: PASSWORD } }),
      graphql('{ eligibleLearners(courseSlug: "no-such-course") { edges { node { name } } } }', {}, { token: admin.token }),
    ]);
    assert.deepEqual(clientErrors.map(({ body }) => body.errors[0].extensions.code), ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);
    const files = await Promise.all([
      fetch(`${platform.url}/certificates/${randomUUID()}/certificate.pdf`),
      fetch(`${platform.url}/certificates/${randomUUID()}/certificate.pdf`, { headers: { authorization: `Bearer ${admin.token}` } }),
    ]);
    assert.deepEqual(files.map((file) => file.status), [401, 404]);

    await db.query('ALTER TABLE certificate RENAME TO certificate_away');
    let internal;
    let download;
    try {
      internal = await graphql('{ myCertificates { id } }', {}, { token: learner.token });
      const response = await fetch(`${platform.url}/certificates/${randomUUID()}/certificate.pdf`, { headers: { authorization: `Bearer ${admin.token}` } });
      download = { status: response.status, text: await response.text() };
    } finally {
      await db.query('ALTER TABLE certificate_away RENAME TO certificate');
    }
    const [error] = internal.body.errors;
    assert.match(error.message, MASKED);
    assert.deepEqual(error.extensions, { code: 'INTERNAL_SERVER_ERROR', requestId: MASKED.exec(error.message)[1] });
    assert.equal(download.status, 500);
    const file = JSON.parse(download.text);
    assert.deepEqual(file, { code: 'INTERNAL_SERVER_ERROR', message: file.message, requestId: MASKED.exec(file.message)[1] });
    for (const answer of [internal.text, download.text, ...clientErrors.map((reply) => reply.text)]) {
      assert.doesNotMatch(answer, /stacktrace|relation|\bat \S+ \(|\.js:\d+/, 'no stack trace or SQL detail in an answer');
    }

    const log = await printed(file.requestId, from);
    for (const requestId of [error.extensions.requestId, file.requestId]) {
      const entries = log.split(`request ${requestId}:`).length - 1;
      assert.equal(entries, 1, `request ${requestId} is logged once`);
    }
    // One JSON line per entry: every request has its line (client error codes included, a 500 as
    // "request failed" at level error), and only the two internal errors have a line of details
    // (context Requests), which keeps what the answers left out.
    const errorLines = log
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.level === 'error' && entry.context === 'Requests');
    assert.equal(errorLines.length, 2, `only the two internal errors are logged as errors:\n${JSON.stringify(errorLines.map((entry) => entry.msg.slice(0, 90)))}`);
    assert.ok(errorLines.every((entry) => /relation "certificate" does not exist/.test(entry.msg)), 'the log keeps the details');
    assert.doesNotMatch(JSON.stringify(errorLines), /ExceptionsHandler|UNAUTHENTICATED|FORBIDDEN|Sign in to do this|no-such-course|not an email/);
  });

  test('no "Did you mean" hints about the schema', async () => {
    const replies = await Promise.all([
      graphql('{ cours { slug } }'),
      graphql('{ course(slugg: "x") { slug } }'),
      graphql('{ courses { titel } }'),
      graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', { input: { emial: 'a@example.test', name: 'A', password: PASSWORD } }),
    ]);
    assert.equal(replies[0].body.errors[0].message, 'Cannot query field "cours" on type "Query".');
    for (const { body } of replies) {
      assert.ok(body.errors.length > 0);
      assert.doesNotMatch(JSON.stringify(body), /Did you mean/i);
    }
  });

  test('CSRF prevention: a simple cross-site request is refused and runs nothing', async () => {
    const email = `csrf-${randomUUID()}@example.test`;
    const mutation = JSON.stringify({ query: `mutation { signUp(input: { email: "${email}", name: "Forged", password: "${PASSWORD}" }) { token } }` });
    const forged = [
      await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: mutation }),
      await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: mutation }),
      await fetch(`${platform.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`),
    ];
    for (const response of forged) {
      assert.equal(response.status, 400);
      const body = await response.json();
      assert.equal(body.errors[0].extensions.code, 'BAD_REQUEST');
      assert.match(body.errors[0].message, /Cross-Site Request Forgery/);
    }
    assert.deepEqual(await accountsNamed([email]), []);
  });

  test('CORS grants no other origin, and never *', async () => {
    const origin = 'https://attacker.example';
    const replies = [
      await fetch(`${platform.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      }),
      await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) }),
      await fetch(`${platform.url}/health`, { headers: { origin } }),
      await fetch(`${platform.url}/.well-known/jwks.json`, { headers: { origin } }),
    ];
    for (const response of replies) {
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.headers.get('access-control-allow-credentials'), null);
    }
  });

  test('batched requests are refused, so a batch cannot slip sign-ins past the rate limit', async () => {
    const emails = [randomUUID(), randomUUID()].map((id) => `batch-${id}@example.test`);
    const batch = emails.map((email) => ({ query: SIGN_UP, variables: { input: { email, name: 'Batched', password: PASSWORD } } }));
    const { status, body } = await graphql(null, null, { raw: JSON.stringify(batch) });
    assert.equal(status, 400);
    assert.deepEqual(body, { errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] });
    assert.deepEqual(await accountsNamed(emails), []);
  });

  test('depth, alias, cost, token and directive limits each refuse a request with its code before anything runs', async () => {
    const signUpField = (alias, email) => `${alias}: signUp(input: { email: "${email}", name: "Limit", password: "${PASSWORD}" }) { token }`;
    const emails = Array.from({ length: 16 }, () => `limit-${randomUUID()}@example.test`);
    const coursePage = 'id slug title summary creditHours version sourceTitle modules { id slug title position objectives lessons { id slug title position html sourcePassages { id anchor section text position } } }';
    const cases = [
      {
        query: `{ courses { ${'myProgress { course { '.repeat(5)}slug${' } }'.repeat(5)} } }`,
        code: 'QUERY_TOO_COMPLEX',
        message: 'The query is 12 levels deep; at most 10 are allowed.',
      },
      {
        query: `mutation { ${emails.map((email, index) => signUpField(`a${index}`, email)).join(' ')} }`,
        code: 'QUERY_TOO_COMPLEX',
        message: 'The query uses 16 aliases; at most 15 are allowed.',
      },
      {
        query: `{ ${Array.from({ length: 15 }, (_, index) => `c${index}: courses { ${coursePage} }`).join(' ')} }`,
        code: 'QUERY_TOO_COMPLEX',
        message: /^The query costs \d+; at most 300 is allowed\.$/,
      },
      {
        query: `mutation { ${signUpField('only', emails[0]).replace('{ token }', `{ token ${'__typename '.repeat(5_000)}}`)} }`,
        code: 'GRAPHQL_PARSE_FAILED',
        message: /contains more th\w+ 5000 tokens/,
      },
      {
        query: `mutation { ${'...SignUp @include(if: true) '.repeat(51)}} fragment SignUp on Mutation { ${signUpField('only', emails[1])} }`,
        code: 'QUERY_TOO_COMPLEX',
        message: 'The query uses 51 directives; at most 50 are allowed.',
      },
    ];
    for (const { query, code, message } of cases) {
      const { status, body } = await graphql(query);
      assert.equal(status, 400, `${code}: ${JSON.stringify(body)}`);
      assert.equal(body.data, undefined, 'nothing ran');
      assert.equal(body.errors[0].extensions.code, code);
      if (typeof message === 'string') assert.equal(body.errors[0].message, message);
      else assert.match(body.errors[0].message, message);
    }
    assert.deepEqual(await accountsNamed(emails), [], 'no refused mutation created an account');
  });

  test('sign-in is limited per account and address and per address, and never locks the owner out', async () => {
    const target = await signUp();
    const attacker = newAddress();
    const wrong = await Promise.all(
      Array.from({ length: 10 }, () => graphql(SIGN_IN, { email: target.email, password: 'not the password' }, { address: attacker })),
    );
    assert.deepEqual(new Set(wrong.map(({ body }) => body.errors[0].extensions.code)), new Set(['UNAUTHENTICATED']));
    const limited = await graphql(SIGN_IN, { email: target.email, password: PASSWORD }, { address: attacker });
    assert.equal(limited.body.errors[0].extensions.code, 'RATE_LIMITED', 'the right password from the failing address is refused after 10 failures');
    assert.match(limited.body.errors[0].message, /^Too many failed sign-ins for this account from this address\. Try again in \d+ (seconds|minutes)\.$/);
    assert.ok(limited.body.errors[0].extensions.retryAfterSeconds > 0);
    const owner = await graphql(SIGN_IN, { email: target.email, password: PASSWORD });
    assert.ok(owner.body.data.signIn.token, 'the owner signs in from an address that has not failed');

    // 39 more from the attacker (refused for this account, so no password is hashed) use up that address.
    const attempts = await Promise.all(
      Array.from({ length: 39 }, () => graphql(SIGN_IN, { email: target.email, password: PASSWORD }, { address: attacker })),
    );
    assert.deepEqual(new Set(attempts.map(({ body }) => body.errors[0].extensions.code)), new Set(['RATE_LIMITED']));
    const other = await signUp();
    const fromThere = await graphql(SIGN_IN, { email: other.email, password: PASSWORD }, { address: attacker });
    assert.equal(fromThere.body.errors[0].extensions.code, 'RATE_LIMITED', 'the 51st sign-in from one address is refused, whatever the account');
    assert.match(fromThere.body.errors[0].message, /^Too many sign-in attempts from this address\. Try again in \d+ (seconds|minutes)\.$/);
    const elsewhere = await graphql(SIGN_IN, { email: other.email, password: PASSWORD });
    assert.ok(elsewhere.body.data.signIn.token, 'the same account signs in from another address');
  });

  test('helmet headers, with a content security policy, on the web app, the API and downloads', async () => {
    const replies = {
      page: await fetch(`${platform.url}/courses`),
      graphql: await fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) }),
      health: await fetch(`${platform.url}/health`),
      download: await fetch(`${platform.url}/reports/activity.csv`, { headers: { authorization: `Bearer ${admin.token}` } }),
    };
    for (const [name, response] of Object.entries(replies)) {
      assert.equal(response.status, 200, name);
      const csp = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"]) {
        assert.ok(csp.split(';').includes(directive), `${name}: CSP has ${directive} (${csp})`);
      }
      assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/, `${name}: no script may run inline or from eval`);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff', name);
      assert.match(response.headers.get('strict-transport-security') ?? '', /max-age=\d+/, name);
      assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN', name);
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer', name);
      assert.equal(response.headers.get('x-powered-by'), null, name);
    }
    // The page keeps to its policy: no inline script or event handler for the CSP to block.
    const page = await replies.page.text();
    assert.ok(page.includes('<script'), 'the page loads its script');
    for (const script of page.match(/<script\b[^>]*>[\s\S]*?<\/script>/g)) {
      assert.match(script, /^<script\b[^>]*\bsrc="\/assets\/[^"]+"[^>]*><\/script>$/, script);
    }
    assert.doesNotMatch(page, /\son[a-z]+=/i);
  });

  test('unknown input fields are refused, not ignored', async () => {
    const email = `unknown-field-${randomUUID()}@example.test`;
    const viaVariables = await graphql(SIGN_UP, { input: { email, name: 'Sneaky', password: PASSWORD, roles: ['ADMIN'] } });
    assert.equal(viaVariables.status, 400);
    assert.equal(viaVariables.body.errors[0].extensions.code, 'BAD_USER_INPUT');
    assert.match(viaVariables.body.errors[0].message, /"roles" is not defined by type "SignUpInput"/);
    const inline = await graphql(`mutation { signUp(input: { email: "${email}", name: "Sneaky", password: "${PASSWORD}", roles: [ADMIN] }) { token } }`);
    assert.equal(inline.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.deepEqual(await accountsNamed([email]), []);

    const download = await fetch(`${platform.url}/reports/activity.csv?since=2020-01-01`, { headers: { authorization: `Bearer ${admin.token}` } });
    assert.equal(download.status, 400);
    assert.deepEqual(await download.json(), { code: 'BAD_USER_INPUT', message: 'property since should not exist', fields: { since: 'property since should not exist' } });
  });
});
