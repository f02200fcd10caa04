import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { GRAPHQL_BODY_LIMIT_BYTES, MAX_NESTING_DEPTH } from './request-body';

const EXPORT = `query($quizId: ID!) { quizYaml(quizId: $quizId) }`;
const IMPORT = `mutation($quizId: ID!, $yaml: String!) { importQuizYaml(quizId: $quizId, yaml: $yaml) { status passingScore } }`;

/** The file with a new passing score, padded with comments to exactly `length` characters, many of them two bytes long. */
function paddedTo(length: number, yaml: string, passingScore: number): string {
  const edited = `${yaml.replace('passingScore: 80', `passingScore: ${passingScore}`).trimEnd()}\n`;
  const line = '# Anmerkung für die Prüfung: überarbeitete Fassung, Größe geprüft.\n';
  const padding = line.repeat(Math.ceil((length - edited.length) / line.length)).slice(0, length - edited.length - 1);
  return `${edited}${padding}\n`;
}

describe('GraphQL request bodies', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let quizId: string;
  let yaml: string;

  const post = (body: string, token = instructor.token) =>
    request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(body);
  /** Every version of the quiz and every question, as stored. */
  const stored = () =>
    api.dataSource.query(
      `SELECT to_jsonb(v) AS version, (SELECT jsonb_agg(to_jsonb(q) ORDER BY q.id) FROM question q WHERE q.quiz_version_id = v.id) AS questions
         FROM quiz_version v WHERE v.quiz_id = $1 ORDER BY v.version`,
      [quizId],
    );

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    yaml = (await api.graphql(EXPORT, { quizId }, instructor.token)).data!.quizYaml;
  });
  afterAll(() => api.close());

  it('takes a quiz file of the documented 200,000 characters, far over Express’s 100 kB default', async () => {
    const file = paddedTo(200_000, yaml, 90);
    expect(file.length).toBe(200_000);
    const body = JSON.stringify({ query: IMPORT, variables: { quizId, yaml: file } });
    expect(Buffer.byteLength(body)).toBeGreaterThan(200_000);
    const response = await post(body);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { importQuizYaml: { status: 'DRAFT', passingScore: 90 } } });
  });

  it('refuses a body over the limit with a GraphQL error, HTTP 413 and PAYLOAD_TOO_LARGE, and changes nothing', async () => {
    const before = await stored();
    // An import that would pass on its own, sent with an unused variable that takes the body over the limit.
    const variables = { quizId, yaml: paddedTo(200_000, yaml, 70), ballast: 'x'.repeat(GRAPHQL_BODY_LIMIT_BYTES) };
    const body = JSON.stringify({ query: IMPORT, variables });
    expect(Buffer.byteLength(body)).toBeGreaterThan(GRAPHQL_BODY_LIMIT_BYTES);
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'The request is larger than the 1 MB allowed; send less in one request.',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: GRAPHQL_BODY_LIMIT_BYTES },
        },
      ],
    });
    expect(await stored()).toEqual(before);

    const withoutBallast = await post(JSON.stringify({ query: IMPORT, variables: { ...variables, ballast: 'x' } }));
    expect(withoutBallast.body).toEqual({ data: { importQuizYaml: { status: 'DRAFT', passingScore: 70 } } });
  });

  it('answers a body that is not JSON with a GraphQL error and BAD_REQUEST, not an HTML page', async () => {
    const response = await post('{"query": "{ me { id } }"');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  describe('nested values', () => {
    const VERIFY = JSON.stringify('query($code: String!) { verifyCertificate(code: $code) { status } }');
    const TOO_DEEP = {
      errors: [
        { message: `The request nests values more than ${MAX_NESTING_DEPTH} levels deep; no operation takes input that deep.`, extensions: { code: 'BAD_USER_INPUT' } },
      ],
    };
    /** JSON text of a list holding a list... `levels` deep, built as text: the test itself must not recurse either. */
    const nested = (levels: number, open = '[', close = ']') => `${open.repeat(levels)}"x"${close.repeat(levels)}`;

    it.each([
      ['a string variable given as a list 10,000 levels deep', `{"query":${VERIFY},"variables":{"code":${nested(10_000)}}}`],
      ['an undeclared variable of objects 10,000 levels deep', `{"query":${VERIFY},"variables":{"code":"x","extra":${nested(10_000, '{"a":', '}')}}}`],
      ['extensions 100,000 levels deep', `{"query":${VERIFY},"variables":{"code":"x"},"extensions":${nested(100_000)}}`],
    ])('refuses %s with BAD_USER_INPUT and HTTP 400, not a stack overflow', async (_what, body) => {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(TOO_DEEP);
    });

    it('refuses variables 2,000 levels deep in a GET request too (as many as fit in an address)', async () => {
      const response = await request(api.app.getHttpServer())
        .get('/graphql')
        .query({ query: JSON.parse(VERIFY), variables: `{"code":${nested(2_000)}}` })
        .set('apollo-require-preflight', 'true');
      expect(response.status).toBe(400);
      expect(response.body).toEqual(TOO_DEEP);
    });

    it.each([
      ['a list literal 100,000 levels deep', `{ verifyCertificate(code: ${nested(100_000)}) { status } }`],
      ['an object literal 2,000 levels deep', `{ verifyCertificate(code: ${nested(2_000, '{a:', '}')}) { status } }`],
      ['selections 2,000 levels deep', `{ me ${'{ roles '.repeat(2_000)}${'}'.repeat(2_001)}`],
    ])('refuses a query with %s with QUERY_TOO_COMPLEX before it is parsed', async (_what, query) => {
      const response = await post(JSON.stringify({ query }));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        errors: [{ message: `The query nests selections or values more than ${MAX_NESTING_DEPTH} levels deep.`, extensions: { code: 'QUERY_TOO_COMPLEX' } }],
      });
    });

    it(`takes a body nested ${MAX_NESTING_DEPTH} levels deep, counting brackets inside strings as text`, async () => {
      const body = `{"query":${VERIFY},"variables":{"code":"[[[{{{","extra":${nested(MAX_NESTING_DEPTH - 2)}}}`;
      const response = await post(body);
      expect(response.body).toEqual({ data: { verifyCertificate: { status: 'NOT_FOUND' } } });
    });
  });
});
