import { createTestApp, type TestApp } from '../testing/test-app';
import { RateLimitService } from './rate-limit.service';

describe('rate limit windows', () => {
  let api: TestApp;
  let limits: RateLimitService;

  beforeAll(async () => {
    api = await createTestApp();
    limits = api.app.get(RateLimitService);
  });
  afterAll(() => api.close());

  const keysLeft = async () =>
    ((await api.dataSource.query(`SELECT key FROM rate_limit WHERE key LIKE '%:purge:%' ORDER BY key`)) as { key: string }[]).map((row) => row.key);

  it('are deleted once they have ended, and a window still counting keeps its count', async () => {
    await limits.record('purge:ended', 60);
    await api.dataSource.query(`UPDATE rate_limit SET expire = $1 WHERE key = '60s:purge:ended'`, [Date.now() - 1_000]);
    await limits.record('purge:now', 60);
    await limits.record('purge:now', 60);

    await limits.purgeEndedWindows();

    expect(await keysLeft()).toEqual(['60s:purge:now']);
    expect(await limits.current('purge:now', 60)).toBe(2);
    expect(await limits.current('purge:ended', 60)).toBe(0);
  });

  it('count one key over windows of different lengths apart, and forget one length without the other', async () => {
    for (let event = 0; event < 3; event++) await limits.record('purge:lengths', 60);
    await limits.record('purge:lengths', 3600);

    await limits.forget('purge:lengths', 60);

    expect({ minute: await limits.current('purge:lengths', 60), hour: await limits.current('purge:lengths', 3600) }).toEqual({ minute: 0, hour: 1 });
  });
});
