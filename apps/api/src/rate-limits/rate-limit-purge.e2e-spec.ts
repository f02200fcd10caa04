import { createTestApp, type TestApp } from '../testing/test-app';
import { LONGEST_WINDOW_SECONDS, RateLimitService } from './rate-limit.service';

describe('rate limit windows', () => {
  let api: TestApp;
  let limits: RateLimitService;

  beforeAll(async () => {
    api = await createTestApp();
    limits = api.app.get(RateLimitService);
  });
  afterAll(() => api.close());

  const keysLeft = async () =>
    ((await api.dataSource.query(`SELECT key FROM rate_limit_window WHERE key LIKE 'purge:%' ORDER BY key`)) as { key: string }[]).map((row) => row.key);

  it('are deleted once they have ended, and a window still counting keeps its count', async () => {
    await api.dataSource.query(
      `INSERT INTO rate_limit_window (key, window_start, hits) VALUES ('purge:old', now() - interval '25 hours', 9), ('purge:hour', date_trunc('hour', now()), 3)`,
    );
    await limits.record('purge:now', 60);

    await limits.purgeEndedWindows();

    expect(await keysLeft()).toEqual(['purge:hour', 'purge:now']);
    expect(await limits.current('purge:now', 60)).toBe(1);
  });

  it('refuse a window longer than the purge keeps', async () => {
    await expect(limits.record('purge:too-long', LONGEST_WINDOW_SECONDS + 1)).rejects.toThrow(/at most/);
    expect(await keysLeft()).not.toContain('purge:too-long');
  });
});
