import { GraphQLError } from 'graphql';
import request from 'supertest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { formatGraphQLError } from './errors';

function nested(levels: number): string {
  return `{ __schema { types { ${'ofType { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;
}

describe('the GraphQL endpoint under hostile use', () => {
  let api: TestApp;
  let production: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    production = await createTestApp({ production: true });
  });
  afterAll(async () => {
    await api.close();
    await production.close();
  });

  it('refuses a query deeper than 10 levels before running it', async () => {
    expect((await api.graphql(nested(6))).errors).toBeUndefined();
    const { errors } = await api.graphql(nested(9));
    expect(errors![0]).toMatchObject({
      message: 'The query is 12 levels deep; at most 10 are allowed.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses more than 15 aliases, which would multiply work inside one request', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: courses { slug }`).join(' ');
    const { errors } = await api.graphql(`{ ${aliases} }`);
    expect(errors![0]).toMatchObject({
      message: 'The query uses 16 aliases; at most 15 are allowed.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses more than 50 directives, which would repeat work inside one request', async () => {
    const spreads = (count: number) => Array.from({ length: count }, () => '...Slug @include(if: true)').join(' ');
    expect((await api.graphql(`{ courses { ${spreads(50)} } } fragment Slug on Course { slug }`)).errors).toBeUndefined();
    const { errors } = await api.graphql(`{ courses { ${spreads(51)} } } fragment Slug on Course { slug }`);
    expect(errors![0]).toMatchObject({
      message: 'The query uses 51 directives; at most 50 are allowed.',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses a query whose cost is over the limit, even within the depth and alias limits', async () => {
    const coursePage = 'id slug title summary creditHours version sourceTitle modules { id slug title position objectives lessons { id slug title position html sourcePassages { id anchor section text position } } }';
    const { errors } = await api.graphql(`{ ${Array.from({ length: 15 }, (_, index) => `c${index}: courses { ${coursePage} }`).join(' ')} }`);
    expect(errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors![0].message).toMatch(/^The query costs \d+; at most 300 is allowed\.$/);
  });

  it('refuses a document of more than 5000 tokens without parsing it all', async () => {
    const { errors } = await api.graphql(`{ courses { ${'slug '.repeat(5_001)} } }`);
    expect(errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors![0].message).toMatch(/5000 tokens/);
  });

  it('refuses batched requests, which would slip many sign-ins past the rate limit', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/batch/i);
  });

  it('refuses simple cross-site GET requests (CSRF prevention)', async () => {
    const response = await request(api.app.getHttpServer()).get('/graphql').query({ query: '{ me { id } }' });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF/);
  });

  it('gives no "did you mean" hints about the schema', async () => {
    const { errors } = await api.graphql('{ cours { slug } }');
    expect(errors![0].message).toBe('Cannot query field "cours" on type "Query".');
    // Variables are checked after validation, where Apollo's own filter does not reach.
    const misspelt = await api.graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
      input: { emial: 'a@example.test', name: 'A', password: 'a long enough password' },
    });
    expect(misspelt.errors!.map((error) => error.message)).toEqual([
      'Variable "$input" is invalid: Field "email" of required type "String!" was not provided.',
      'Variable "$input" is invalid: Field "emial" is not defined by type "SignUpInput".',
    ]);
    const role = await api.graphql('mutation($roles: [Role!]!) { setUserRoles(userId: "x", roles: $roles) { id } }', { roles: ['ADMINN'] });
    expect(role.errors!.map((error) => error.message)).toEqual(['Variable "$roles" is invalid: Value "ADMINN" does not exist in "Role" enum.']);
  });

  it('turns off introspection and the GraphiQL page in production', async () => {
    const { errors } = await production.graphql('{ __schema { types { name } } }');
    expect(errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toMatch(/introspection/i);
    const page = await request(production.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/graphiql/i);
    const developmentPage = await request(api.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(developmentPage.text).toMatch(/graphiql/i);
  });

  it('sends security headers, with a content security policy, on every response', async () => {
    const response = await request(api.app.getHttpServer()).get('/health');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
    });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('errors the client cannot act on', () => {
  it('are masked, with a request id to quote, and keep no stack trace or SQL', () => {
    const failure = new GraphQLError('select * from app_user failed', {
      path: ['users'],
      originalError: new Error('relation "app_user" does not exist'),
    });
    const formatted = formatGraphQLError({ message: failure.message, path: ['users'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, failure);
    expect(formatted.message).toMatch(/^Something went wrong on the server\. Quote request id [0-9a-f-]{36} if you report it\.$/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    expect(JSON.stringify(formatted)).not.toMatch(/app_user|stacktrace/);
  });
});
