import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { PERSISTED_OPERATIONS_FILE } from './persisted-operations';

const CATALOG = 'query Catalog { courses { id slug title } }';
const VIEWER = 'query Viewer { me { id } }';
const ENROL = 'mutation Enroll($courseSlug: String!) { enroll(courseSlug: $courseSlug) { id } }';
const idOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const persisted = (text: string) => `extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: idOf(text) } }))}`;

describe('persisted operations over GET', () => {
  let api: TestApp;
  let learner: TestAccount;

  beforeAll(async () => {
    const webRoot = mkdtempSync(path.join(tmpdir(), 'web-'));
    writeFileSync(path.join(webRoot, PERSISTED_OPERATIONS_FILE), JSON.stringify(Object.fromEntries([CATALOG, VIEWER, ENROL].map((text) => [idOf(text), text]))));
    api = await createTestApp({ webRoot });
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource);
  });
  afterAll(() => api.close());

  const get = (query: string) => request(api.app.getHttpServer()).get(`/graphql?${query}`);

  it('answers the public catalog anonymously with an ETag any cache may keep a minute, and a repeat with 304', async () => {
    const first = await get(`operationName=Catalog&${persisted(CATALOG)}`);
    expect(first.status).toBe(200);
    expect(first.body.data.courses.map((course: { slug: string }) => course.slug)).toContain('sample-course');
    // The answer names its types, as urql's document cache needs to see what a mutation touched.
    expect(first.body.data.courses[0].__typename).toBe('Course');
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(first.headers.vary).toMatch(/Cookie, Authorization/);
    expect(first.headers.etag).toMatch(/^W\/".+"$/);

    const repeat = await get(`operationName=Catalog&${persisted(CATALOG)}`).set('if-none-match', first.headers.etag);
    expect(repeat.status).toBe(304);
    expect(repeat.text).toBe('');
  });

  it('keeps a signed-in answer to the asking browser, which checks it each time', async () => {
    const answer = await get(`operationName=Catalog&${persisted(CATALOG)}`).set('authorization', `Bearer ${learner.token}`);

    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('private, no-cache');
    const repeat = await get(`operationName=Catalog&${persisted(CATALOG)}`).set('authorization', `Bearer ${learner.token}`).set('if-none-match', answer.headers.etag);
    expect(repeat.status).toBe(304);
  });

  it('shares no other operation, even asked anonymously', async () => {
    const answer = await get(`operationName=Viewer&${persisted(VIEWER)}`);

    expect(answer.body).toEqual({ data: { me: null } });
    expect(answer.headers['cache-control']).toBe('private, no-cache');
  });

  it('runs no mutation over GET, and changes nothing', async () => {
    const answer = await get(`operationName=Enroll&variables=${encodeURIComponent('{"courseSlug":"sample-course"}')}&${persisted(ENROL)}`).set(
      'authorization',
      `Bearer ${learner.token}`,
    );

    expect(answer.status).toBe(405);
    expect(await api.dataSource.query(`SELECT id FROM enrolment WHERE user_id = $1`, [learner.id])).toEqual([]);
  });

  it('answers an id the build does not know PERSISTED_QUERY_NOT_FOUND, and runs the retry that sends the text, uncached', async () => {
    const unknown = 'query Unknown { courses { id } }';

    const missing = await get(persisted(unknown));
    expect(missing.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const retried = await get(`query=${encodeURIComponent(unknown)}&${persisted(unknown)}`).set('apollo-require-preflight', 'true');
    expect(retried.body.data.courses.length).toBeGreaterThan(0);
    expect(retried.headers['cache-control']).toBe('no-store');
  });

  it('ignores a client that names its own query persisted', async () => {
    const answer = await get(`query=${encodeURIComponent(CATALOG)}`).set('apollo-require-preflight', 'true').set('x-persisted-operation', idOf(CATALOG));

    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('leaves POSTs as they were: never stored', async () => {
    const answer = await request(api.app.getHttpServer()).post('/graphql').send({ query: CATALOG });

    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
  });
});
