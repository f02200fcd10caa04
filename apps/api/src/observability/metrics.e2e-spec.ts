import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { createCourse, eligibleLearner, ISSUE, REVOKE } from '../certificates/certificate-fixtures';
import { JobQueue } from '../jobs/job-queue.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { eventually } from '../testing/sample-course-learner';
import { createTestApp, type TestApp } from '../testing/test-app';

const METRICS_TOKEN = 'metrics-token-for-the-scrape-test-0123';
const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

/** The value of one sample of a scrape in the Prometheus text format; 0 when absent. */
function valueOf(scrape: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = scrape
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `) ? wanted.every((label) => candidate.includes(label)) : false);
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('metrics at /metrics, behind a token', () => {
  let api: TestApp;
  let admin: TestAccount;
  let learner: TestAccount;

  const scrape = async () => {
    const response = await request(api.app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text;
  };

  beforeAll(async () => {
    api = await createTestApp({ metricsToken: METRICS_TOKEN, dataDir: mkdtempSync(path.join(tmpdir(), 'metrics-')) });
    admin = await createAccount(api.dataSource, ['ADMIN']);
    learner = await createAccount(api.dataSource, ['LEARNER']);
  });
  afterAll(() => api.close());

  it('refuses a scrape without the token, or with another', async () => {
    const server = request(api.app.getHttpServer());
    expect((await server.get('/metrics')).status).toBe(401);
    expect((await server.get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}x`)).status).toBe(401);
    expect((await server.get('/metrics').set('authorization', `Bearer ${learner.token}`)).status).toBe(401);
  });

  it('moves its counters and gauges while the platform is under a short load', async () => {
    const before = await scrape();
    const course = await createCourse(api.dataSource);
    const holders = await Promise.all([eligibleLearner(api.dataSource, course), eligibleLearner(api.dataSource, course)]);

    const scrapesDuringLoad: Promise<string>[] = [];
    const load = Array.from({ length: 8 }, async (_, worker) => {
      for (let round = 0; round < 6; round++) {
        if (worker === 0 && round % 2 === 0) scrapesDuringLoad.push(scrape());
        await api.graphql('{ courses { slug } }');
        await api.graphql('{ myCertificates { id } }', {}, learner.token);
        // Ten wrong passwords from one address are refused, and the ones after are limited.
        await api.graphql(SIGN_IN, { email: learner.email, password: `wrong guess ${worker}-${round}` });
      }
    });
    const issued = holders.map((holder) => api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token));
    await Promise.all([...load, ...issued]);
    const [first] = await Promise.all(issued);
    await api.graphql(REVOKE, { certificateId: first.data!.issueCertificate.id, reason: 'Issued to the wrong person.' }, admin.token);

    const during = await Promise.all(scrapesDuringLoad);
    expect(during).toHaveLength(3);
    for (const text of during) expect(valueOf(text, 'ptp_db_pool_max')).toBe(20);

    const after = await eventually(scrape, (text) => valueOf(text, 'ptp_jobs_total', { queue: 'certificate-email', outcome: 'completed' }) >= 2);
    const moved = (name: string, labels: Record<string, string> = {}) => valueOf(after, name, labels) - valueOf(before, name, labels);

    expect(moved('ptp_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(8 * 6 * 3);
    expect(moved('ptp_graphql_operation_duration_seconds_count', { operation: 'courses', outcome: 'ok' })).toBe(8 * 6);
    expect(moved('ptp_graphql_operation_duration_seconds_count', { operation: 'myCertificates', outcome: 'ok' })).toBe(8 * 6);
    expect(moved('ptp_sign_in_failures_total', { code: 'UNAUTHENTICATED' })).toBe(10);
    expect(moved('ptp_rate_limited_total', { operation: 'signIn' })).toBe(8 * 6 - 10);
    expect(moved('ptp_graphql_operation_duration_seconds_count', { operation: 'signIn', outcome: 'client_error' })).toBe(8 * 6);
    expect(moved('ptp_certificates_issued')).toBe(2);
    expect(moved('ptp_certificates_revoked')).toBe(1);
    expect(moved('ptp_jobs_total', { queue: 'certificate-email', outcome: 'completed' })).toBe(2);
    for (const gauge of ['ptp_db_pool_in_use', 'ptp_db_pool_waiting', 'ptp_outbox_backlog', 'process_resident_memory_bytes']) {
      expect(after).toMatch(new RegExp(`^${gauge} \\d`, 'm'));
    }
    expect(after).toMatch(/^ptp_job_queue_depth\{queue="certificate-email"\} 0$/m);
  });

  it('counts a job that fails, by its queue', async () => {
    const jobs = api.app.get(JobQueue);
    await jobs.work('metrics-test.failing', async () => {
      throw new Error('this job always fails');
    });
    await api.dataSource.transaction((manager) => jobs.sendWithin(manager, 'metrics-test.failing', {}));
    jobs.wake('metrics-test.failing');
    const text = await eventually(scrape, (scraped) => valueOf(scraped, 'ptp_jobs_total', { queue: 'metrics-test.failing', outcome: 'failed' }) >= 1);
    expect(valueOf(text, 'ptp_jobs_total', { queue: 'metrics-test.failing', outcome: 'failed' })).toBeGreaterThanOrEqual(1);
  });

  it('reports jobs waiting in a queue, and email waiting to be sent as the outbox backlog', async () => {
    await api.dataSource.query(
      `INSERT INTO pgboss.job (name, data, state, start_after) VALUES ('certificate-email', '{}', 'created', now() + interval '1 hour')`,
    );
    const text = await scrape();
    expect(valueOf(text, 'ptp_job_queue_depth', { queue: 'certificate-email' })).toBe(1);
    expect(valueOf(text, 'ptp_outbox_backlog')).toBe(1);
  });
});

describe('metrics without a token set', () => {
  it('has no /metrics route at all', async () => {
    const api = await createTestApp();
    try {
      expect((await request(api.app.getHttpServer()).get('/metrics')).status).toBe(404);
    } finally {
      await api.close();
    }
  });
});
