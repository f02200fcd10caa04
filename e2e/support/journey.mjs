import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startPlatform } from './server.mjs';

/**
 * The platform, started as `npm start` starts it on an empty database with `env` added, and one
 * Chromium, for the tests of the describe block that calls this; both stop when the block ends.
 * Read `platform` and `browser` inside the tests: they are set once the block has started.
 */
export function platformAndBrowser(env = {}) {
  const running = { platform: null, browser: null };
  before(async () => {
    running.platform = await startPlatform({ env });
    running.browser = await launchBrowser();
  });
  after(async () => {
    await running.browser?.close();
    await running.platform?.stop();
  });
  return running;
}
