import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const NUL_ANSWER = { code: 'BAD_USER_INPUT', message: 'The address contains a NUL character (%00); remove it and try again.' };

describe('addresses with a NUL character', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  afterAll(() => api.close());

  const get = (address: string) => request(api.app.getHttpServer()).get(address).set('authorization', `Bearer ${admin.token}`);

  it.each([
    '/verify/ABCD-EFGH%00',
    '/certificates/00000000-0000-0000-0000-000000000000%00/certificate.pdf',
    '/certificates/%00/credential.json',
    '/credentials/status/1%00',
    '/reports/courses/sample-course%00/cohort.csv',
    '/reports/courses/sample-course/cohort.csv?search=a%00b',
    '/reports/activity.csv?course=sample-course%00',
    '/health?%00',
  ])('answers GET %s with 400 and BAD_USER_INPUT, not a server error', async (address) => {
    const response = await get(address);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(NUL_ANSWER);
  });

  it('answers a GraphQL GET request with one in the GraphQL shape', async () => {
    const response = await get('/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D%00').set('apollo-require-preflight', 'true');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ message: NUL_ANSWER.message, extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('refuses one in a GraphQL string variable with BAD_USER_INPUT', async () => {
    const { data, errors } = await api.graphql('query($code: String!) { verifyCertificate(code: $code) { status } }', { code: 'ABCD\u0000' });
    expect(data ?? null).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
  });

  it('leaves an address that merely spells "%00" to its route, and refuses half an emoji as bad input too', async () => {
    const spelled = await get('/reports/courses/%2500/cohort.csv');
    expect(spelled.status).toBe(404);
    expect(spelled.body.message).toContain('"%00"');
    const halfEmoji = await get('/reports/courses/%ED%A0%80/cohort.csv');
    expect(halfEmoji.status).toBe(400);
    expect(halfEmoji.body.code).toBe('BAD_USER_INPUT');
  });
});
