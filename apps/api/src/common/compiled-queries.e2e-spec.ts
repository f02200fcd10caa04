import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { ChangeNotifications } from '../database/change-notifications';
import { createProxiedTestApp } from '../testing/database-faults';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const SLUG = 'sample-course';

/** Queries of every shape an answer can take: data, nulls, fragments and aliases, refusals, field errors. */
const QUERIES: { name: string; query: string; variables?: Record<string, unknown>; signedIn?: 'learner' }[] = [
  { name: 'the catalog', query: '{ courses { slug title modules { slug lessons { slug title position } } } }' },
  {
    name: 'a course page with the learner progress',
    signedIn: 'learner',
    query: `query Page($slug: String!) { course(slug: $slug) { id title version modules { slug objectives lessons { slug } }
      myProgress { status percent completedLessons modules { slug status lessons { slug completed } } nextStep { kind moduleSlug } } } }`,
    variables: { slug: SLUG },
  },
  {
    name: 'fragments, aliases and type names',
    query: `{ first: course(slug: "${SLUG}") { ...Named modules { __typename slug } } missing: course(slug: "nowhere") { ...Named } } fragment Named on Course { __typename title version }`,
  },
  { name: 'a query the role may not ask', signedIn: 'learner', query: '{ auditLog { edges { node { action } } } }' },
  { name: 'a query that needs a session', query: '{ myCourses { percent } }' },
  { name: 'a variable of the wrong type', query: 'query ($slug: String!) { course(slug: $slug) { title } }', variables: { slug: 5 } },
  { name: 'a missing variable', query: 'query ($slug: String!) { course(slug: $slug) { title } }', variables: {} },
];

describe('queries asked again run compiled for their document, and answer exactly as the first time', () => {
  let api: TestApp;
  let learner: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource);
    expect((await api.graphql(`mutation { enroll(courseSlug: "${SLUG}") { id } }`, {}, learner.token)).errors).toBeUndefined();
  });

  afterAll(() => api.close());

  async function ask({ query, variables, signedIn }: (typeof QUERIES)[number]) {
    await api.app.get(ChangeNotifications).caughtUp();
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (signedIn) call.set('authorization', `Bearer ${learner.token}`);
    const response = await call.send({ query, variables });
    return { status: response.status, body: response.body };
  }

  it.each(QUERIES)('$name', async (asked) => {
    const first = await ask(asked);
    expect(first.status).toBeLessThan(500);
    for (let again = 0; again < 3; again++) expect(await ask(asked)).toEqual(first);
  });

  it("reads the schema's plain fields without a resolver, and keeps the field resolvers", () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const fieldsOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    expect([fieldsOf('Lesson').slug.resolve, fieldsOf('CourseModule').lessons.resolve, fieldsOf('Course').title.resolve]).toEqual([undefined, undefined, undefined]);
    expect([fieldsOf('Course').myProgress.resolve, fieldsOf('Course').modules.resolve]).toEqual([expect.any(Function), expect.any(Function)]);
  });

  it('answers the same after more distinct queries than it keeps compiled', async () => {
    const page = QUERIES[1];
    const first = await ask(page);
    for (let n = 0; n < 520; n++) {
      const other = { name: `query ${n}`, query: `{ course(slug: "${SLUG}") { title n${n}: version } }` };
      await ask(other);
      await ask(other);
    }
    expect(await ask(page)).toEqual(first);
    expect(await ask(page)).toEqual(first);
  }, 60_000);

  it('masks a failure of the server the same way: with the database unreachable, a compiled query says so with the retry hint', async () => {
    const proxied = await createProxiedTestApp();
    try {
      await new ContentImportService(proxied.direct).importRoot(fixturesRoot);
      const reader = await createAccount(proxied.direct);
      const ask = (query: string) =>
        request(proxied.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${reader.token}`).send({ query, variables: { slug: SLUG } });
      const page = 'query ($slug: String!) { course(slug: $slug) { title myProgress { percent } } }';
      for (let time = 0; time < 3; time++) expect((await ask(page)).body.errors).toBeUndefined();

      proxied.proxy.down();
      const compiled = await ask(page);
      // The same query in other words has not been asked before, so graphql-js runs it.
      const firstTime = await ask(`${page} `);
      expect(firstTime.body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) } });
      expect([compiled.status, compiled.body]).toEqual([firstTime.status, firstTime.body]);
    } finally {
      await proxied.close();
    }
  }, 60_000);
});
