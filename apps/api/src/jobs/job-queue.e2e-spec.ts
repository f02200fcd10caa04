import { createTestApp, type TestApp } from '../testing/test-app';
import { JobQueue } from './job-queue.service';

const QUEUE = 'job-queue-test';

describe('the job queue', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  it('runs a job sent in a transaction once that commits, and never one whose transaction rolled back', async () => {
    const jobs = api.app.get(JobQueue);
    const handled: number[] = [];
    await jobs.work<{ n: number }>(QUEUE, async ({ n }) => void handled.push(n));

    await api.dataSource.transaction((manager) => jobs.sendWithin(manager, QUEUE, { n: 1 }));
    const rolledBack = api.dataSource.transaction(async (manager) => {
      await jobs.sendWithin(manager, QUEUE, { n: 2 });
      throw new Error('The change failed after its job was sent.');
    });
    await expect(rolledBack).rejects.toThrow('The change failed');
    jobs.wake(QUEUE);

    const deadline = Date.now() + 10_000;
    while (handled.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handled).toEqual([1]);
    const sent = await api.dataSource.query(`SELECT data->>'n' AS n FROM pgboss.job WHERE name = $1`, [QUEUE]);
    expect(sent).toEqual([{ n: '1' }]);
  });
});
