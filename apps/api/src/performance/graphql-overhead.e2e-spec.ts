import request from 'supertest';
import { createAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';

/** Fifteen full course pages: over the cost limit of 300, within the depth and alias limits. */
function coursePages(condition = '') {
  const lessons = 'lessons { id slug title position html sourcePassages { id anchor text } }';
  const page = `id slug title summary creditHours modules { id slug title position ${lessons} }`;
  const pages = Array.from({ length: 15 }, (_, index) => `c${index}: courses ${condition} { ${page} }`).join(' ');
  return condition ? `query Pages($all: Boolean!) { ${pages} }` : `{ ${pages} }`;
}

describe('GraphQL requests, with the work that is the same for every request done once', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });

  afterAll(() => api.close());

  it.each([
    ['an answer', '{ courses { slug } }'],
    ['an error', '{ me { nothingHere } }'],
  ])("marks %s as never to be stored, since each is the viewer's own", async (_, query) => {
    const learner = await createAccount(api.dataSource);
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${learner.token}`)
      .send({ query });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses a query over the cost limit every time it is sent, not only the first', async () => {
    for (let time = 0; time < 3; time++) {
      const { errors } = await api.graphql(coursePages());
      expect(errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('costs a query again when its variables decide which fields it asks for', async () => {
    const conditional = coursePages('@include(if: $all)');
    const codes = [];
    for (const all of [false, true, false, true]) codes.push((await api.graphql(conditional, { all })).errors?.[0].extensions!.code ?? 'OK');
    expect(codes).toEqual(['OK', 'QUERY_TOO_COMPLEX', 'OK', 'QUERY_TOO_COMPLEX']);
  });
});
