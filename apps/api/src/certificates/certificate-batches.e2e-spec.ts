import PgBoss from 'pg-boss';
import { createApp } from '../app';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { CertificateBatchesService } from './certificate-batches.service';
import { certificateTestApp, createCourse, eligibleLearners, ISSUE, type TestCourse } from './certificate-fixtures';

const ISSUE_MANY = `mutation IssueMany($userIds: [ID!]!, $courseSlug: String!) {
  issueCertificates(userIds: $userIds, courseSlug: $courseSlug) { id status courseTitle total issued skipped failed }
}`;
const BATCH = `query Batch($id: ID!) { certificateBatch(id: $id) { id status total issued skipped failed finishedAt } }`;

interface BatchView {
  status: string;
  total: number;
  issued: number;
  skipped: number;
  failed: number;
}

describe('issuing certificates in bulk', () => {
  let api: TestApp;
  let admin: TestAccount;
  let course: TestCourse;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  beforeEach(async () => {
    course = await createCourse(api.dataSource);
  });
  afterAll(() => api.close());

  /** Polls as the admin's page would, keeping every distinct state seen on the way. */
  async function followBatch(id: string, timeoutMs: number): Promise<BatchView[]> {
    const seen: BatchView[] = [];
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { data, errors } = await api.graphql(BATCH, { id }, admin.token);
      expect(errors).toBeUndefined();
      const batch = data!.certificateBatch;
      if (JSON.stringify(batch) !== JSON.stringify(seen.at(-1))) seen.push(batch);
      if (batch.status === 'COMPLETE') return seen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The batch did not finish within ${timeoutMs} ms; last seen ${JSON.stringify(seen.at(-1))}`);
  }

  it('issues 200 learners in the background with visible progress, skipping those not eligible or already certified', async () => {
    const eligible = await eligibleLearners(api.dataSource, course, 200);
    const notEligible = await createAccount(api.dataSource, ['LEARNER']);
    await api.graphql(ISSUE, { userId: eligible[0], courseSlug: course.slug }, admin.token);
    const userIds = [...eligible, notEligible.id, eligible[1]];

    const { data, errors } = await api.graphql(ISSUE_MANY, { userIds, courseSlug: course.slug }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.issueCertificates).toMatchObject({ status: 'QUEUED', courseTitle: course.title, total: 201, issued: 0, skipped: 0, failed: 0 });

    const seen = await followBatch(data!.issueCertificates.id, 20_000);
    expect(seen.at(-1)).toMatchObject({ status: 'COMPLETE', total: 201, issued: 199, skipped: 2, failed: 0, finishedAt: expect.any(String) });
    expect(seen.some((batch) => batch.status === 'RUNNING' && batch.issued > 0 && batch.issued < 199)).toBe(true);

    const [counts] = await api.dataSource.query(
      `SELECT count(*)::int AS certificates, count(DISTINCT user_id)::int AS learners FROM certificate WHERE course_id = $1`,
      [course.id],
    );
    expect(counts).toEqual({ certificates: 200, learners: 200 });
    const [audit] = await api.dataSource.query(`SELECT count(*)::int AS issued FROM audit_log WHERE action = 'CERTIFICATE_ISSUED' AND actor_id = $1`, [admin.id]);
    expect(audit.issued).toBeGreaterThanOrEqual(200);
  });

  it('issues each learner once when the same batch is run again, as after a restart mid-way', async () => {
    const learners = await eligibleLearners(api.dataSource, course, 30);
    const { data } = await api.graphql(ISSUE_MANY, { userIds: learners, courseSlug: course.slug }, admin.token);
    const batchId = data!.issueCertificates.id;
    const batches = api.app.get(CertificateBatchesService);
    await Promise.all([batches.run(batchId), batches.run(batchId)]);
    await followBatch(batchId, 10_000);
    const [counts] = await api.dataSource.query(`SELECT count(*)::int AS certificates FROM certificate WHERE course_id = $1`, [course.id]);
    expect(counts.certificates).toBe(30);
    expect((await api.graphql(BATCH, { id: batchId }, admin.token)).data!.certificateBatch).toMatchObject({ issued: 30, skipped: 0, failed: 0 });
  });

  it('runs a batch left in the queue when the API stopped as soon as an API starts again', async () => {
    const stopped = await certificateTestApp();
    try {
      const { dataSource } = stopped;
      const otherCourse = await createCourse(dataSource);
      const requester = await createAccount(dataSource, ['ADMIN']);
      const learners = await eligibleLearners(dataSource, otherCourse, 20);
      const [batch] = await dataSource.query(`INSERT INTO certificate_batch (course_id, requested_by) VALUES ($1, $2) RETURNING id`, [
        otherCourse.id,
        requester.id,
      ]);
      await dataSource.query(`INSERT INTO certificate_batch_learner (batch_id, user_id) SELECT $1, unnest($2::uuid[])`, [batch.id, learners]);
      await stopped.app.close();
      const queue = new PgBoss({ connectionString: (dataSource.options as { url: string }).url });
      await queue.start();
      await queue.createQueue('certificate-batch');
      expect(await queue.send('certificate-batch', { batchId: batch.id })).toEqual(expect.any(String));
      await queue.stop({ graceful: false });

      const restarted = await createApp(stopped.config, dataSource);
      try {
        const batches = restarted.get(CertificateBatchesService);
        const deadline = Date.now() + 15_000;
        while ((await batches.find(batch.id))!.status !== 'COMPLETE' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await batches.find(batch.id)).toMatchObject({ status: 'COMPLETE', issued: 20 });
      } finally {
        await restarted.close();
      }
    } finally {
      await stopped.close();
    }
  });

  // How fast a batch goes is measured by `npm run bench` (certificates row), not timed here.
  it('issues 1,000 learners in one batch, each certified once', async () => {
    const learners = await eligibleLearners(api.dataSource, course, 1000);
    const { data } = await api.graphql(ISSUE_MANY, { userIds: learners, courseSlug: course.slug }, admin.token);
    const seen = await followBatch(data!.issueCertificates.id, 240_000);
    expect(seen.at(-1)).toMatchObject({ status: 'COMPLETE', issued: 1000, failed: 0 });
    const [{ certificates, holders }] = await api.dataSource.query(
      `SELECT count(*)::int AS certificates, count(DISTINCT user_id)::int AS holders FROM certificate WHERE course_id = $1 AND user_id = ANY($2)`,
      [course.id, learners],
    );
    expect({ certificates, holders }).toEqual({ certificates: 1000, holders: 1000 });
  }, 300_000);

  it('refuses learner ids without an account and issues nothing', async () => {
    const [known] = await eligibleLearners(api.dataSource, course, 1);
    const { errors } = await api.graphql(
      ISSUE_MANY,
      { userIds: [known, '00000000-0000-4000-8000-000000000000', 'not-an-id'], courseSlug: course.slug },
      admin.token,
    );
    expect(errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: '2 of the chosen learners have no account; nothing was issued.' });
    expect(await api.dataSource.query(`SELECT id FROM certificate_batch WHERE course_id = $1`, [course.id])).toEqual([]);
    expect(await api.dataSource.query(`SELECT id FROM certificate WHERE course_id = $1`, [course.id])).toEqual([]);
  });

  it('answers NOT_FOUND for a batch that does not exist', async () => {
    const { errors } = await api.graphql(BATCH, { id: '00000000-0000-4000-8000-000000000000' }, admin.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
