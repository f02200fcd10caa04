import request from 'supertest';
import { createAccount } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';

describe('GraphQL answers, with cache hints off for speed', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });

  afterAll(() => api.close());

  it.each([
    ['an answer', '{ courses { slug } }'],
    ['an error', '{ me { nothingHere } }'],
  ])('marks %s as never to be stored, since each is the viewer\'s own', async (_, query) => {
    const learner = await createAccount(api.dataSource);
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${learner.token}`)
      .send({ query });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
