import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import request from 'supertest';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { createCourse, eligibleLearner, ISSUE } from '../certificates/certificate-fixtures';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { learnerBeforeFinalExam, eventually } from '../testing/sample-course-learner';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { GRAPHQL_BODY_LIMIT_BYTES } from '../common/request-body';
import { logCapture } from './log-capture';
import { PlatformMetrics } from './platform-metrics';

/** Values that must never reach a log line, each distinctive enough to find in one. */
const SECRETS = {
  password: 'correct horse battery staple 7741',
  wrongPassword: 'wrong horse guess 5530',
  confirmationToken: 'confirm-token-9f8e7d6c5b4a',
  answer: 'my secret answer 61925',
  licenceNumber: 'LIC-61-SECRET-4407',
  boardIdentifier: 'BOARD-SECRET-88231',
  npi: '1234567893',
  queryToken: 'query-token-0a1b2c3d4e',
};

const PROFILE = `mutation SaveProfile($input: CreditProfileInput!) { updateCreditProfile(input: $input) { npi } }`;
const PROFILE_INPUT = {
  profession: 'PHYSICIAN',
  licenceNumber: SECRETS.licenceNumber,
  licenceJurisdiction: 'Ontario',
  npi: SECRETS.npi,
  boardReportingConsent: true,
  boardIdentifier: SECRETS.boardIdentifier,
  birthMonth: 2,
  birthDay: 29,
};

describe('structured logs: a JSON line per request and per job, with no secret in any', () => {
  const log = logCapture();
  let api: TestApp;
  let learner: TestAccount;
  let admin: TestAccount;

  const linesOf = (operation: string) => log.lines.filter((line) => line.operation === operation);
  const metricsText = () => api.app.get(PlatformMetrics).registry.metrics();
  const countOf = (metrics: string, status: string) =>
    Number(metrics.match(new RegExp(`^ptp_http_request_duration_seconds_count\\{method="POST",route="/graphql",status="${status}"\\} (\\d+)$`, 'm'))?.[1] ?? 0);

  beforeAll(async () => {
    api = await createTestApp({ logLevel: 'trace', dataDir: mkdtempSync(path.join(tmpdir(), 'logging-')) }, log);
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource, ['LEARNER']);
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  afterAll(() => api.close());

  it("keeps Nest's start-up report out of the log at the info level", () => {
    expect(log.lines.filter((line) => line.level === 'info' && line.context === 'InstanceLoader')).toEqual([]);
    expect(log.lines.filter((line) => line.level === 'debug' && line.context === 'InstanceLoader').length).toBeGreaterThan(5);
  });

  it('logs each GraphQL request once with its id, account, operation, status, error code and duration', async () => {
    const { errors } = await api.graphql('query MyCertificates { myCertificates { id } }', {}, learner.token);
    expect(errors).toBeUndefined();
    await api.graphql('mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', {
      email: learner.email,
      password: SECRETS.wrongPassword,
    });

    const [signedIn] = linesOf('MyCertificates');
    expect(signedIn).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      userId: learner.id,
      operation: 'MyCertificates',
      msg: 'request',
    });
    expect(linesOf('SignIn')).toEqual([expect.objectContaining({ status: 200, errorCode: 'UNAUTHENTICATED' })]);
    expect(linesOf('SignIn')[0].userId).toBeUndefined();
  });

  it('names an unnamed operation by its root fields, and gives the request id to the client', async () => {
    const response = await request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: '{ me { id } courses { slug } }' });
    const [line] = linesOf('courses+me');
    expect(line.requestId).toBe(response.headers['x-request-id']);
  });

  it('logs and times a request refused before any route, such as a body over the limit', async () => {
    const before = await metricsText();
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ me { id } }', padding: 'x'.repeat(GRAPHQL_BODY_LIMIT_BYTES) });
    expect(response.status).toBe(413);
    expect(log.lines.filter((line) => line.requestId === response.headers['x-request-id'])).toEqual([
      expect.objectContaining({ level: 'info', msg: 'request', method: 'POST', path: '/graphql', status: 413 }),
    ]);
    expect(countOf(await metricsText(), '413') - countOf(before, '413')).toBe(1);
  });

  it('logs a request whose client went away before its answer once, marked aborted', async () => {
    const server = api.app.getHttpServer().listen(0);
    try {
      await once(server, 'listening');
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
      socket.destroy();
      const aborted = await eventually(
        async () => log.lines.filter((line) => line.aborted),
        (lines) => lines.length > 0,
      );
      expect(aborted).toEqual([expect.objectContaining({ msg: 'request', method: 'POST', path: '/graphql', aborted: true, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) })]);
    } finally {
      server.close();
    }
  });

  it('logs an internal error on one line with the id of its request and the id the masked answer quotes', async () => {
    await api.dataSource.query('ALTER TABLE credit_profile RENAME TO credit_profile_away');
    try {
      const { errors } = await api.graphql(PROFILE, { input: PROFILE_INPUT }, learner.token);
      expect(errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      const requestLine = linesOf('SaveProfile').at(-1)!;
      expect(requestLine).toMatchObject({ errorCode: 'INTERNAL_SERVER_ERROR', userId: learner.id });
      const errorLine = log.lines.find((line) => line.level === 'error' && line.requestId === requestLine.requestId);
      expect(errors![0].extensions!.requestId).toBe(requestLine.requestId);
      expect(errorLine?.msg).toContain(`request ${requestLine.requestId}`);
      expect(errorLine?.msg).toContain('relation "credit_profile" does not exist');
    } finally {
      await api.dataSource.query('ALTER TABLE credit_profile_away RENAME TO credit_profile');
    }
  });

  it('logs each background job once, with its queue, id, outcome and duration', async () => {
    const course = await createCourse(api.dataSource);
    const holder = await eligibleLearner(api.dataSource, course);
    const { errors } = await api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token);
    expect(errors).toBeUndefined();
    const jobLines = await eventually(
      async () => log.lines.filter((line) => line.queue === 'certificate-email'),
      (lines) => lines.length > 0,
    );
    expect(jobLines).toEqual([
      { level: 'info', time: expect.any(String), queue: 'certificate-email', jobId: expect.any(String), context: 'JobQueue', durationMs: expect.any(Number), failed: false, msg: 'job completed' },
    ]);
  });

  it('writes no password, token, answer or credit-profile value through any path that logs', async () => {
    const server = request(api.app.getHttpServer());
    const signUp = 'mutation SignUp($input: SignUpInput!) { signUp(input: $input) { confirmationRequired } }';
    const signIn = 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';
    await api.graphql(signUp, { input: { email: 'secret-keeper@example.test', name: 'Secret Keeper', password: SECRETS.password } });
    await api.graphql(signIn, { email: 'secret-keeper@example.test', password: SECRETS.password });
    await api.graphql(signIn, { email: 'secret-keeper@example.test', password: SECRETS.wrongPassword });
    // A variable of the wrong type: the error message would echo the value.
    await api.graphql(signIn, { email: 'secret-keeper@example.test', password: { value: SECRETS.password } });
    await api.graphql('mutation Confirm($token: String!) { confirmEmail(token: $token) { token } }', { token: SECRETS.confirmationToken });
    await api.graphql(PROFILE, { input: PROFILE_INPUT }, learner.token);
    await api.graphql(PROFILE, { input: { ...PROFILE_INPUT, npi: `${SECRETS.npi}0` } }, learner.token);
    await api.graphql('query Profile($userId: ID!) { creditProfile(userId: $userId) { npi licenceNumber boardIdentifier } }', { userId: learner.id }, admin.token);
    // The session token in a cookie rather than a header, and tokens in query strings of file routes.
    await server.post('/graphql').set('content-type', 'application/json').set('cookie', `${SESSION_COOKIE}=${learner.token}`).send({ query: '{ me { id } }' });
    await server.get(`/reports/courses/sample-course/cohort.csv?token=${SECRETS.queryToken}`).set('authorization', `Bearer ${learner.token}`);
    await server.get(`/transcript.pdf?token=${SECRETS.queryToken}`);

    const taker = await learnerBeforeFinalExam(api, 'Answer Keeper');
    const [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'final-exam'`);
    // Every question drawn, so the one answered in words is among them.
    await api.dataSource.query(`ALTER TABLE quiz_version DISABLE TRIGGER USER`);
    await api.dataSource.query(`UPDATE quiz_version SET draw_count = NULL WHERE quiz_id = $1`, [quizId]);
    await api.dataSource.query(`ALTER TABLE quiz_version ENABLE TRIGGER USER`);
    const attempt = (await api.graphql('mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id prompt } } }', { quizId }, taker.learner.token)).data!.startQuizAttempt;
    const textQuestion = attempt.questions.find((question: { prompt: string }) => question.prompt === 'Name the first fact.');
    const submitted = await api.graphql(
      'mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { score } }',
      { attemptId: attempt.id, answers: [{ questionId: textQuestion.id, text: SECRETS.answer }] },
      taker.learner.token,
    );
    expect(submitted.errors).toBeUndefined();

    expect(linesOf('Submit')).toHaveLength(1);
    expect(linesOf('SaveProfile').length).toBeGreaterThanOrEqual(2);
    const written = log.text();
    for (const [name, secret] of Object.entries({ ...SECRETS, learnerSession: learner.token, adminSession: admin.token, takerSession: taker.learner.token })) {
      expect({ name, found: written.includes(secret) }).toEqual({ name, found: false });
    }
    expect(written).not.toMatch(/authorization|cookie|"body"|"headers"|"variables"/i);
  });
});
