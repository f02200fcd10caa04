import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../app';
import { dataSourceOptions } from '../database/data-source';
import { ContentImportService } from '../content-import/content-import.service';
import { createCourse, publishedVersionOf, REVOKE, signOff } from '../certificates/certificate-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import { learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { startTestLearningRecordStore, type TestLearningRecordStore } from './learning-record-store-fixtures';
import { StatementDeliveryService } from './statement-delivery.service';
import { statementIdOf, statementOf } from './xapi-statements';

const SAVE = `mutation($input: LearningRecordStoreInput!) { saveLearningRecordStore(input: $input) { endpoint authKey enabled sendsFrom } }`;
const QUEUE = `{ learningRecordQueue { waiting retrying sent failed
  problems { eventId statementId verb objectName status tries lastError nextTryAt }
  recentlySent { eventId statementId verb status } } }`;
const ENROLL = `mutation($slug: String!) { enroll(courseSlug: $slug) { id } }`;
const METRICS_TOKEN = 'metrics-token-for-the-statement-tests';

/** Long enough for a failed try's back-off of 5 seconds, the next look 3 seconds on, and a busy machine. */
async function within<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 25_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('xAPI statements sent to the Learning Record Store', () => {
  let api: TestApp;
  let lrs: TestLearningRecordStore;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await createTestApp({ metricsToken: METRICS_TOKEN });
    lrs = await startTestLearningRecordStore();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
    admin = await createAccount(api.dataSource, ['ADMIN']);
    const withoutSecret = await api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key } }, admin.token);
    expect(withoutSecret.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'authSecret' });
    expect(await api.dataSource.query(`SELECT 1 FROM learning_record_store`)).toEqual([]);
    const saved = await api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key, authSecret: lrs.secret } }, admin.token);
    expect(saved.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    await lrs.stop();
    await api.close();
  });

  const deliveries = async (learnerId: string) =>
    (await api.dataSource.query(
      `SELECT e.id, e.verb, e.object_type AS "objectType", d.status, d.tries, d.last_error AS "lastError"
       FROM learning_event e LEFT JOIN learning_record_delivery d ON d.event_id = e.id WHERE e.actor_id = $1 ORDER BY e.recorded_at`,
      [learnerId],
    )) as { id: string; verb: string; objectType: string; status: string | null; tries: number; lastError: string | null }[];
  const allSent = (rows: { status: string | null }[]) => rows.length > 0 && rows.every((row) => row.status === 'SENT');

  async function enrolledLearner() {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const course = await createCourse(api.dataSource);
    const started = performance.now();
    const enrolled = await api.graphql(ENROLL, { slug: course.slug }, learner.token);
    return { learner, course, enrolled, tookMs: performance.now() - started };
  }

  it('sends enrolment, lesson completions, graded attempts and a certificate issued then revoked, each valid and under the id derived from its event', async () => {
    const { learner, passFinalExam, progress } = await learnerBeforeFinalExam(api, 'Amara Lrs');
    await passFinalExam();
    const certificate = (await within(progress, (found) => found.certificate !== null)).certificate;
    const [{ id: certificateId }] = await api.dataSource.query(`SELECT id FROM certificate WHERE code = $1`, [certificate.code]);
    expect((await api.graphql(REVOKE, { certificateId, reason: 'Issued in error.' }, admin.token)).errors).toBeUndefined();

    const events = await within(() => deliveries(learner.id), (rows) => rows.some((row) => row.verb === 'REVOKED') && allSent(rows));
    expect(events.map((event) => event.status)).toEqual(events.map(() => 'SENT'));
    expect(new Set(events.map((event) => event.verb))).toEqual(new Set(['ENROLLED', 'COMPLETED', 'STARTED', 'SUBMITTED', 'ISSUED', 'REVOKED']));
    const verbsHeld = [];
    for (const event of events) {
      const held = await lrs.statement(statementIdOf(event.id));
      expect(held).toMatchObject({ id: statementIdOf(event.id), actor: { objectType: 'Agent', account: { homePage: api.config.publicUrl, name: learner.id } } });
      expect(JSON.stringify(held)).not.toContain(learner.email);
      verbsHeld.push(held!.verb.id.split('/').pop());
    }
    expect(new Set(verbsHeld)).toEqual(new Set(['registered', 'completed', 'attempted', 'passed', 'earned', 'revoked']));
    const passed = await lrs.statement(statementIdOf(events.find((event) => event.verb === 'SUBMITTED')!.id));
    expect(passed!.result).toMatchObject({ success: true, completion: true, score: { scaled: expect.any(Number) } });
    expect(passed!.context.contextActivities.parent[0].id).toMatch(new RegExp(`^${api.config.publicUrl}/xapi/activities/courses/`));

    const queue = (await api.graphql(QUEUE, {}, admin.token)).data!.learningRecordQueue;
    expect(queue.sent).toBeGreaterThanOrEqual(events.length);
    expect(queue.recentlySent[0]).toMatchObject({ status: 'SENT', statementId: expect.any(String) });
  });

  it('answers the learner at once while the LRS is down, and sends the statement once it is up', async () => {
    await lrs.stop();
    try {
      const { learner, enrolled, tookMs } = await enrolledLearner();
      expect(enrolled.errors).toBeUndefined();
      expect(tookMs).toBeLessThan(1_000);
      const [tried] = await within(() => deliveries(learner.id), ([row]) => row.tries > 0);
      expect(tried).toMatchObject({ status: 'WAITING', lastError: expect.stringContaining('could not be reached') });
      await lrs.start();
      const [sent] = await within(() => deliveries(learner.id), allSent);
      expect(sent.status).toBe('SENT');
      expect(await lrs.statement(statementIdOf(sent.id))).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/registered' } });
    } finally {
      await lrs.start();
    }
  }, 60_000);

  it('tries again after the LRS answers 500, waiting longer after each failed try', async () => {
    await lrs.failNext(500, 1);
    const { learner } = await enrolledLearner();
    const [failedOnce] = await within(() => deliveries(learner.id), ([row]) => row.tries > 0);
    expect(failedOnce).toMatchObject({ status: 'WAITING', tries: 1, lastError: expect.stringContaining('answered 500') });
    const [{ waitSeconds }] = await api.dataSource.query(`SELECT extract(epoch FROM next_try_at - now()) AS "waitSeconds" FROM learning_record_delivery WHERE event_id = $1`, [failedOnce.id]);
    expect(Number(waitSeconds)).toBeGreaterThan(2);
    const [sent] = await within(() => deliveries(learner.id), allSent);
    expect(sent).toMatchObject({ status: 'SENT', tries: 2 });
  }, 60_000);

  it('shows wrong credentials on the admin’s queue, and sends once they are put right', async () => {
    const wrong = await api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key, authSecret: 'not the secret' } }, admin.token);
    expect(wrong.errors).toBeUndefined();
    const { learner } = await enrolledLearner();
    const [event] = await deliveries(learner.id);
    const queue = await within(
      async () => (await api.graphql(QUEUE, {}, admin.token)).data!.learningRecordQueue,
      (found) => found.problems.some((problem: { eventId: string }) => problem.eventId === event.id),
    );
    expect(queue.retrying).toBeGreaterThan(0);
    expect(queue.problems.find((problem: { eventId: string }) => problem.eventId === event.id)).toMatchObject({
      verb: 'ENROLLED',
      status: 'WAITING',
      statementId: statementIdOf(event.id),
      lastError: 'The LRS refused the key and secret (401).',
      nextTryAt: expect.any(String),
    });
    expect((await api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key, authSecret: lrs.secret } }, admin.token)).errors).toBeUndefined();
    expect(await within(() => deliveries(learner.id), allSent)).toMatchObject([{ status: 'SENT' }]);
  }, 60_000);

  it('sends each event exactly once when two API processes deliver at the same time, earlier events only when the admin asks', async () => {
    const off = await api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key, enabled: false } }, admin.token);
    expect(off.data!.saveLearningRecordStore.enabled).toBe(false);
    const learners = await Promise.all(Array.from({ length: 30 }, () => enrolledLearner()));
    const events = (await Promise.all(learners.map(({ learner }) => deliveries(learner.id)))).flat();
    expect(events.map((event) => event.status)).toEqual(events.map(() => null));

    expect((await api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key, enabled: true } }, admin.token)).errors).toBeUndefined();
    const queued = await api.graphql('mutation { sendEarlierLearningEvents }', {}, admin.token);
    expect(queued.data!.sendEarlierLearningEvents).toBeGreaterThanOrEqual(events.length);
    // A second application on the same database, with its own connections and job queue: another replica.
    const otherDatabase = await new DataSource(dataSourceOptions((api.dataSource.options as { url: string }).url)).initialize();
    const other = await createApp(api.config, otherDatabase);
    try {
      const [here, there] = [api.app.get(StatementDeliveryService), other.get(StatementDeliveryService)];
      await Promise.all([here.deliverDue(), there.deliverDue(), here.deliverDue(), there.deliverDue()]);
    } finally {
      await other.close();
      await otherDatabase.destroy().catch(() => undefined);
    }

    const receipts = await lrs.receipts();
    expect(events.map((event) => receipts[statementIdOf(event.id)])).toEqual(events.map(() => 1));
    const settled = (await Promise.all(learners.map(({ learner }) => deliveries(learner.id)))).flat();
    expect(settled.map((event) => event.status)).toEqual(events.map(() => 'SENT'));
  }, 60_000);

  it('records a statement the xAPI rules refuse as failed and never sends it', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const course = await createCourse(api.dataSource);
    // A score above 100 % would make a scaled score above 1, which the specification forbids.
    const [{ id }] = await api.dataSource.query(
      `INSERT INTO learning_event (actor_id, verb, object_type, object_id, object_name, course_id, result, occurred_at)
       VALUES ($1, 'SUBMITTED', 'QUIZ_ATTEMPT', gen_random_uuid(), 'Final exam', $2, '{"score": 150, "passed": true}', now()) RETURNING id`,
      [learner.id, course.id],
    );
    const [failed] = await within(() => deliveries(learner.id), ([row]) => row.status !== 'WAITING');
    expect(failed).toMatchObject({ status: 'FAILED', lastError: expect.stringMatching(/^Not a valid xAPI statement, so not sent: statement\.result\.score\.scaled/) });
    expect((await lrs.receipts())[statementIdOf(id)]).toBeUndefined();
    const queue = (await api.graphql(QUEUE, {}, admin.token)).data!.learningRecordQueue;
    expect(queue.problems.find((problem: { eventId: string }) => problem.eventId === id)).toMatchObject({ status: 'FAILED', objectName: 'Final exam' });
    const scrape = await request(api.app.getHttpServer()).get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(Number(/^ptp_xapi_statements_failed (\d+)$/m.exec(scrape.text)?.[1])).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('counts a statement the LRS holds already (a crash after sending) as sent, and one it holds with other content as failed', async () => {
    const lrsOn = (enabled: boolean) => api.graphql(SAVE, { input: { endpoint: lrs.endpoint, authKey: lrs.key, enabled } }, admin.token);
    await lrsOn(false);
    const { learner: held, course } = await enrolledLearner();
    const { learner: clashing } = await enrolledLearner();
    const [heldEvent] = await api.dataSource.query(`SELECT * FROM learning_event WHERE actor_id = $1`, [held.id]);
    const [clashingEvent] = await api.dataSource.query(`SELECT id FROM learning_event WHERE actor_id = $1`, [clashing.id]);
    const asSent = statementOf(
      { id: heldEvent.id, actorId: held.id, verb: 'ENROLLED', objectType: 'COURSE', objectId: course.id, objectName: heldEvent.object_name, courseId: course.id, result: null, occurredAt: heldEvent.occurred_at },
      api.config.publicUrl,
    );
    expect(await lrs.put(asSent as unknown as Record<string, unknown>)).toBe(204);
    expect(await lrs.put({ ...asSent, id: statementIdOf(clashingEvent.id) } as unknown as Record<string, unknown>)).toBe(204);
    await lrsOn(true);
    expect((await api.graphql('mutation { sendEarlierLearningEvents }', {}, admin.token)).data!.sendEarlierLearningEvents).toBe(2);
    expect(await within(() => deliveries(held.id), allSent)).toMatchObject([{ status: 'SENT' }]);
    const [clash] = await within(() => deliveries(clashing.id), ([row]) => row.status !== 'WAITING');
    expect(clash).toMatchObject({ status: 'FAILED', lastError: 'The LRS holds a different statement with this id (409).' });
  }, 60_000);

  it('refuses an endpoint that is neither https:// nor this machine, changing nothing, and keeps the secret sealed and unanswered', async () => {
    const before = await api.dataSource.query(`SELECT endpoint, auth_key, sealed_auth_secret FROM learning_record_store`);
    const plain = await api.graphql(SAVE, { input: { endpoint: 'http://lrs.example.org/xapi/', authKey: 'k', authSecret: 's' } }, admin.token);
    expect(plain.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endpoint' });
    expect(await api.dataSource.query(`SELECT endpoint, auth_key, sealed_auth_secret FROM learning_record_store`)).toEqual(before);
    expect(before[0].sealed_auth_secret).toMatch(/^sealed:v1:/);
    expect(before[0].sealed_auth_secret).not.toContain(lrs.secret);
    const shown = await api.graphql('{ learningRecordStore { endpoint authKey enabled } }', {}, admin.token);
    expect(shown.data!.learningRecordStore).toEqual({ endpoint: lrs.endpoint, authKey: lrs.key, enabled: true });
    const audit = await api.dataSource.query(`SELECT action, details FROM audit_log WHERE action LIKE 'LEARNING_RECORD%' ORDER BY created_at`);
    expect(audit[0]).toMatchObject({ action: 'LEARNING_RECORD_STORE_ADDED', details: { endpoint: lrs.endpoint, secretChanged: true } });
    expect(JSON.stringify(audit)).not.toContain(lrs.secret);
  });
});
