import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { openAccountMenu } from './support/navigation.mjs';

const learner = { name: 'Amara Okafor', email: 'amara.okafor@example.com', password: 'a long transcript passphrase' };

describe('a continuing-education transcript', () => {
  const running = platformAndBrowser();

  test('a learner adds credit earned elsewhere, sees it marked and totalled, and downloads the PDF of the dates shown', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(platform.url);
    await signUpConfirmed(platform, learner, { page });

    await openAccountMenu(page);
    await page.locator('.site-header').getByRole('link', { name: 'Transcript' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transcript' }).waitFor();
    await page.getByText('No credit in these dates.').waitFor();

    await page.getByLabel('Activity title').fill('Regional anaesthesia update');
    await page.getByLabel('Provider').fill('Royal College of Anaesthetists');
    await page.getByRole('radio', { name: 'AMA PRA Category 1 Credit™' }).check({ force: true });
    await page.getByLabel('Amount (hours)').fill('1.3');
    await page.getByLabel('Completed on').fill('2026-03-15');
    await page.getByRole('button', { name: 'Add credit' }).click();
    await page.getByRole('alert').filter({ hasText: 'The credit was not added.' }).waitFor();
    assert.match(await page.getByLabel('Amount (hours)').getAttribute('aria-invalid'), /true/);

    await page.getByLabel('Amount (hours)').fill('2.25');
    await page.getByRole('button', { name: 'Add credit' }).click();
    await page.getByText('“Regional anaesthesia update” is on your transcript, marked as self-reported.').waitFor();

    const entry = page.getByRole('row', { name: /Regional anaesthesia update/ });
    await entry.getByText('Self-reported').waitFor();
    const total = page.getByRole('table', { name: 'Hours by credit type' }).getByRole('row', { name: /AMA PRA Category 1 Credit/ });
    assert.deepEqual(await total.getByRole('cell').allInnerTexts(), ['0.00', '2.25', '2.25']);

    await page.getByLabel('From', { exact: true }).fill('2026-03-01');
    await page.getByLabel('To', { exact: true }).fill('2026-03-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/transcript\?from=2026-03-01&to=2026-03-31$/);
    await entry.waitFor();
    await checkpoint(page, 'transcript-1-march');

    const pdfLink = page.getByRole('link', { name: 'Download PDF of these dates' });
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    assert.equal(download.suggestedFilename(), 'transcript.pdf');
    assert.equal((await readFile(await download.path())).subarray(0, 5).toString('latin1'), '%PDF-');
    const href = await pdfLink.getAttribute('href');
    assert.equal(href, '/transcript.pdf?from=2026-03-01&to=2026-03-31');
    // The download went with the page's session cookie; the same request tells its type.
    const contentType = await page.evaluate(async (address) => (await fetch(address)).headers.get('content-type'), href);
    assert.equal(contentType, 'application/pdf');

    assert.deepEqual(problems, []);
  });
});
