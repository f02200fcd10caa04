import { randomUUID } from 'node:crypto';
import { Logger, type LoggerService } from '@nestjs/common';
import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const MASKED = /^Something went wrong on the server\. Quote request id ([0-9a-f-]{36}) if you report it\.$/;

describe('errors in answers and in the log', () => {
  let api: TestApp;
  let learner: TestAccount;
  let instructor: TestAccount;
  let admin: TestAccount;
  let logged: { level: string; text: string }[];

  const get = (path: string, account?: TestAccount) => {
    const call = request(api.app.getHttpServer()).get(path);
    return account ? call.set('authorization', `Bearer ${account.token}`) : call;
  };
  const problems = () => logged.filter((entry) => entry.level !== 'log' && entry.level !== 'debug' && entry.level !== 'verbose');

  /** Runs `test` with a table renamed away, as a broken deployment would leave it. */
  async function withoutTable(table: string, test: () => Promise<void>) {
    await api.dataSource.query(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    try {
      await test();
    } finally {
      await api.dataSource.query(`ALTER TABLE ${table}_away RENAME TO ${table}`);
    }
  }

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource, ['LEARNER']);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const record = (level: string) => (message: unknown, ...rest: unknown[]) =>
      void logged.push({ level, text: [message, ...rest].map((part) => (part instanceof Error ? part.stack : String(part))).join(' ') });
    const capture: LoggerService = { log: record('log'), error: record('error'), warn: record('warn'), debug: record('debug'), verbose: record('verbose'), fatal: record('fatal') };
    Logger.overrideLogger(capture);
  });
  beforeEach(() => (logged = []));
  afterAll(async () => {
    Logger.overrideLogger(false);
    await api.close();
  });

  it('answers client errors with their code and message, and logs none of them', async () => {
    const answers = await Promise.all([
      api.graphql('{ myCertificates { id } }'),
      api.graphql('{ users { edges { node { id } } } }', {}, learner.token),
      api.graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', { input: { email: 'not an email', name: 'N', password: 'long enough password' } }),
      api.graphql('{ eligibleLearners(courseSlug: "no-such-course") { edges { node { name } } } }', {}, admin.token),
    ]);
    expect(answers.map((answer) => answer.errors![0].extensions!.code)).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);

    const files = await Promise.all([
      get(`/certificates/${randomUUID()}/certificate.pdf`),
      get(`/certificates/${randomUUID()}/certificate.pdf`, admin),
      get('/reports/courses/sample-course/cohort.csv', learner),
      get('/reports/courses/sample-course/cohort.csv?limit=5', instructor),
    ]);
    expect(files.map((file) => [file.status, file.body.code])).toEqual([
      [401, 'UNAUTHENTICATED'],
      [404, 'NOT_FOUND'],
      [403, 'FORBIDDEN'],
      [400, 'BAD_USER_INPUT'],
    ]);
    expect(files[0].body).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to do this.' });

    expect(problems()).toEqual([]);
  });

  it('masks an internal error in the answer and logs it once, with the request id it quotes and the details', async () => {
    await withoutTable('certificate', async () => {
      const { data, errors } = await api.graphql('{ myCertificates { id } }', {}, learner.token);
      expect(data).toBeNull();
      expect(errors).toEqual([{ message: expect.stringMatching(MASKED), path: ['myCertificates'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) } }]);
      const file = await get(`/certificates/${randomUUID()}/certificate.pdf`, admin);
      expect(file.status).toBe(500);
      expect(file.body).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: expect.stringMatching(MASKED), requestId: expect.any(String) });
      expect(file.headers['cache-control']).toBe('no-store');

      const requestIds = [errors![0].extensions!.requestId, file.body.requestId];
      expect(new Set(requestIds).size).toBe(2);
      for (const answer of [JSON.stringify(errors), file.text]) expect(answer).not.toMatch(/relation|certificate"|\bat \w|\.ts:\d/);
      const entries = problems();
      expect(entries.map((entry) => entry.level)).toEqual(['error', 'error']);
      entries.forEach((entry, index) => {
        expect(entry.text).toContain(`request ${requestIds[index]}`);
        expect(entry.text).toContain('relation "certificate" does not exist');
      });
    });
  });

  it('answers a CSV export whose query fails with a masked 500 before sending anything, not a cut-short file', async () => {
    await withoutTable('enrolment', async () => {
      const response = await get('/reports/courses/sample-course/cohort.csv', instructor);
      expect(response.status).toBe(500);
      expect(response.headers['content-disposition']).toBeUndefined();
      expect(response.body).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: expect.stringMatching(MASKED), requestId: expect.any(String) });
      expect(problems()).toEqual([{ level: 'error', text: expect.stringContaining(`request ${response.body.requestId}`) }]);
    });
  });
});
