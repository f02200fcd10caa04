import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { SESSION_COOKIE } from '@ptp/api/dist/auth/session-cookie.js';
import { signUpConfirmed } from './support/accounts.mjs';
import { graphql } from './support/api.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';

const courseSlug = 'botox-chronic-migraine';
const learner = { name: 'Siobhán Kowalczyk', email: 'siobhan.kowalczyk@example.com', password: 'reading on the night shift' };

/** The course's lessons in order, and which of them the server has as completed for the learner. */
async function lessonsOf(platform, token) {
  const { course } = await graphql(
    platform,
    'query ($slug: String!) { course(slug: $slug) { modules { lessons { id slug title } } myProgress { modules { lessons { lessonId completed } } } } }',
    { slug: courseSlug },
    token,
  );
  const completed = new Set(course.myProgress.modules.flatMap(({ lessons }) => lessons.filter((lesson) => lesson.completed).map((lesson) => lesson.lessonId)));
  return course.modules.flatMap(({ lessons }) => lessons).map((lesson) => ({ ...lesson, completed: completed.has(lesson.id) }));
}

/** Waits until the service worker runs the page and keeps the enrolled course's lessons. */
async function keptForOfflineReading(page) {
  const kept = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false;
      const requests = await (await caches.open('ptp-offline-v1')).keys();
      return requests.some((request) => request.url.includes('LessonReader'));
    });
  const deadline = Date.now() + 30_000;
  while (!(await kept())) {
    assert.ok(Date.now() < deadline, 'the service worker keeps the course within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('reading offline', () => {
  const running = platformAndBrowser();

  test('the app can be installed from the browser', async () => {
    // Chromium offers no installing in a private window, which every new context of the journeys' browser is.
    const profile = await mkdtemp(path.join(tmpdir(), 'ptp-install-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await context.newPage();
      await page.goto(`${running.platform.url}/`);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const { installabilityErrors } = await (await context.newCDPSession(page)).send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('an enrolled learner reads lessons without a connection; a lesson completed then is sent once when it returns', async () => {
    const { platform, browser } = running;
    const { token } = await signUpConfirmed(platform, learner);
    await graphql(platform, 'mutation ($slug: String!) { acknowledgeDisclosures(courseSlug: $slug) { acknowledgedAt } }', { slug: courseSlug }, token);
    await graphql(platform, 'mutation ($slug: String!) { enroll(courseSlug: $slug) { id } }', { slug: courseSlug }, token);
    const [first, second, third] = await lessonsOf(platform, token);

    const { page, problems } = await openPage(browser, { width: 360, height: 740 });
    const context = page.context();
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: platform.url }]);
    await page.goto(`${platform.url}/my-learning`);
    await keptForOfflineReading(page);

    await context.setOffline(true);
    await page.goto(`${platform.url}/courses/${courseSlug}/lessons/${second.slug}`);
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    assert.ok((await page.locator('.lesson__body').innerText()).trim().length > 0, 'the lesson is read from what was kept');
    const status = page.getByRole('status').filter({ hasText: 'You are offline' });
    await status.waitFor();
    await checkpoint(page, 'offline-1-lesson-without-a-connection');

    await page.getByRole('button', { name: 'Mark as complete and continue' }).click();
    await page.getByRole('heading', { level: 1, name: third.title }).waitFor();
    await status.filter({ hasText: '1 lesson marked complete will be sent when you are back online.' }).waitFor();
    assert.equal((await lessonsOf(platform, token)).find((lesson) => lesson.id === second.id).completed, false, 'nothing reached the server yet');

    await page.goto(`${platform.url}/courses/${courseSlug}/quizzes/any`).catch(() => undefined);
    await page.getByRole('status').filter({ hasText: 'Quizzes need a connection' }).waitFor();

    await page.goto(`${platform.url}/courses/${courseSlug}/lessons/${third.slug}`);
    await page.getByRole('heading', { level: 1, name: third.title }).waitFor();
    await context.setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Back online: 1 lesson marked complete while offline was sent.' }).waitFor();
    await checkpoint(page, 'offline-2-back-online');

    const afterwards = await lessonsOf(platform, token);
    assert.deepEqual(
      afterwards.filter((lesson) => lesson.completed).map((lesson) => lesson.slug),
      [second.slug],
      'the lesson completed offline is on the server, and nothing else',
    );
    assert.ok(!afterwards.find((lesson) => lesson.id === first.id).completed);
    assert.equal(await page.evaluate(() => localStorage.getItem('ptp.queued-completions')), '[]', 'nothing waits any more');
    assert.deepEqual(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED')), []);
    await page.close();
  });
});
