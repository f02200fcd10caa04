import request from 'supertest';
import { DATABASE_TIMEOUTS } from '../database/data-source';
import { ContentImportService } from '../content-import/content-import.service';
import { createCourse, eligibleLearner, ISSUE } from '../certificates/certificate-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import { fixturesRoot } from '../testing/test-app';
import { createProxiedTestApp, type ProxiedTestApp } from '../testing/database-faults';

const UNREACHABLE = 'The service cannot reach its database right now; try again in a few seconds.';
const TOO_SLOW = 'The database did not answer in time; try again in a few seconds.';

describe('when PostgreSQL is down or hangs', () => {
  let api: ProxiedTestApp;
  let admin: TestAccount;
  let instructor: TestAccount;
  let holder: TestAccount;
  let downloads: { path: string; token: string }[];

  const get = (path: string, token: string) =>
    request(api.app.getHttpServer()).get(path).set('authorization', `Bearer ${token}`).buffer(true);
  const graphql = (query: string, token: string, variables?: Record<string, unknown>) =>
    request(api.app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables });
  /** The status, code and time of a request, however it ends. */
  const timed = async (call: () => PromiseLike<request.Response>) => {
    const started = Date.now();
    const response = await call();
    const body = response.headers['content-type']?.startsWith('application/json') ? JSON.parse(response.text) : null;
    return { status: response.status, body, retryAfter: response.headers['retry-after'], ms: Date.now() - started };
  };

  beforeAll(async () => {
    api = await createProxiedTestApp();
    await new ContentImportService(api.direct).importRoot(fixturesRoot);
    admin = await createAccount(api.direct, ['ADMIN']);
    instructor = await createAccount(api.direct, ['INSTRUCTOR']);
    const course = await createCourse(api.direct);
    holder = await eligibleLearner(api.direct, course);
    const { body } = await graphql(ISSUE, admin.token, { userId: holder.id, courseSlug: course.slug });
    const certificateId = body.data.issueCertificate.id;
    downloads = [
      { path: `/certificates/${certificateId}/certificate.pdf`, token: holder.token },
      { path: `/certificates/${certificateId}/credential.json`, token: holder.token },
      { path: '/reports/courses/sample-course/cohort.csv', token: instructor.token },
      { path: '/reports/activity.csv', token: admin.token },
    ];
  });
  afterEach(() => api.proxy.up());
  afterAll(() => api.close());

  it('answers downloads and CSV exports 503 SERVICE_UNAVAILABLE with Retry-After, at once, and serves them again when it is back', async () => {
    api.proxy.down();
    for (const { path, token } of downloads) {
      const reply = await timed(() => get(path, token));
      expect({ path, ...reply, ms: undefined }).toEqual({
        path,
        status: 503,
        retryAfter: '2',
        body: { code: 'SERVICE_UNAVAILABLE', message: UNREACHABLE, retryAfterSeconds: 2 },
        ms: undefined,
      });
      expect(reply.ms).toBeLessThan(1_000);
    }
    // GraphQL says the same through the same mapping.
    const { body } = await graphql('{ myCertificates { id } }', holder.token);
    expect(body.errors[0]).toMatchObject({ message: UNREACHABLE, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } });

    api.proxy.up();
    for (const { path, token } of downloads) expect([path, (await get(path, token)).status]).toEqual([path, 200]);
  });

  it('answers SERVICE_UNAVAILABLE within the timeouts while PostgreSQL hangs, instead of leaving the client waiting', async () => {
    api.proxy.hang();
    const bound = Math.max(DATABASE_TIMEOUTS.replyMs, DATABASE_TIMEOUTS.connectMs) + 1_500;
    const [query, pdf, csv] = await Promise.all([
      timed(() => graphql('{ me { id } }', holder.token)),
      timed(() => get(downloads[0].path, holder.token)),
      timed(() => get(downloads[2].path, instructor.token)),
    ]);
    expect(query.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect([query.body.errors[0].message]).toEqual([expect.stringMatching(new RegExp(`^(${UNREACHABLE}|${TOO_SLOW})$`))]);
    for (const download of [pdf, csv]) {
      expect(download).toMatchObject({ status: 503, retryAfter: '2', body: { code: 'SERVICE_UNAVAILABLE' } });
    }
    for (const reply of [query, pdf, csv]) expect(reply.ms).toBeLessThan(bound);

    api.proxy.up();
    const back = await timed(() => graphql('{ me { id } }', holder.token));
    expect(back.body).toEqual({ data: { me: { id: holder.id } } });
  });

  it('drops a connection whose reply never came, so requests after the network returns get a fresh one', async () => {
    api.proxy.hang();
    const stuck = await timed(() => graphql('{ me { id } }', holder.token));
    expect(stuck.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    api.proxy.loseWaitingConnections();
    const back = await timed(() => graphql('{ me { id } }', holder.token));
    expect(back.body).toEqual({ data: { me: { id: holder.id } } });
    expect(back.ms).toBeLessThan(DATABASE_TIMEOUTS.replyMs);
  });

  it('cancels a statement stuck behind a lock after the statement timeout, and the connection stays usable', async () => {
    const locker = api.direct.createQueryRunner();
    await locker.startTransaction();
    try {
      await locker.query('LOCK TABLE session IN ACCESS EXCLUSIVE MODE');
      const [query, pdf] = await Promise.all([
        timed(() => graphql('{ me { id } }', holder.token)),
        timed(() => get(downloads[0].path, holder.token)),
      ]);
      expect(query.body.errors[0]).toMatchObject({ message: TOO_SLOW, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } });
      expect(pdf).toMatchObject({ status: 503, retryAfter: '2', body: { code: 'SERVICE_UNAVAILABLE', message: TOO_SLOW } });
      for (const reply of [query, pdf]) {
        expect(reply.ms).toBeGreaterThanOrEqual(DATABASE_TIMEOUTS.statementMs - 100);
        expect(reply.ms).toBeLessThan(DATABASE_TIMEOUTS.statementMs + 1_500);
      }
    } finally {
      await locker.rollbackTransaction();
      await locker.release();
    }
    const back = await timed(() => graphql('{ me { id } }', holder.token));
    expect(back.body).toEqual({ data: { me: { id: holder.id } } });
    expect(back.ms).toBeLessThan(1_000);
  });
});
