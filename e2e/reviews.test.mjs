import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink, openAccountMenu } from './support/navigation.mjs';
import { turnOnTwoFactorInPage } from './support/two-factor.mjs';

const courseSlug = 'botox-chronic-migraine';
const courseTitle = 'Botulinum toxin for chronic migraine';
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const reviewer = { name: 'Rosa Lindqvist', email: 'rosa.lindqvist@example.com', password: 'quiet meadow lantern ninety' };

function siteHeader(page) {
  return page.locator('.site-header');
}

async function signIn(page, platform, account) {
  await page.goto(`${platform.url}/sign-in`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await siteHeader(page).getByText(account.name).waitFor();
}

async function signOut(page) {
  await openAccountMenu(page);
  await siteHeader(page).getByRole('button', { name: 'Sign out' }).click();
  await siteHeader(page).getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('clinical review of a course version', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });

  test('an admin makes a clinician a reviewer, who signs the course off, and learners see the review date', async () => {
    const { platform, browser } = running;
    await signUpConfirmed(platform, reviewer);
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });

    await page.goto(`${platform.url}/courses/${courseSlug}`);
    const dates = page.getByRole('list', { name: 'Review dates' });
    await dates.filter({ hasText: 'Not yet signed off by a clinical reviewer' }).waitFor();

    await signIn(page, platform, admin);
    // Admins and reviewers use their roles only with two-factor sign-in on.
    await turnOnTwoFactorInPage(page, platform);
    await followMainLink(page, 'Users');
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('lindqvist');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: reviewer.name }) });
    await row.getByText('Reviewer', { exact: true }).click();
    await row.getByRole('button', { name: `Save roles of ${reviewer.name}` }).click();
    await row.getByRole('status').filter({ hasText: 'Learner and Reviewer roles' }).waitFor();
    await signOut(page);

    await signIn(page, platform, reviewer);
    await turnOnTwoFactorInPage(page, platform);
    await followMainLink(page, 'Reviews');
    await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await page.getByText('Show every published course').click();
    const course = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${courseTitle}`) }) });
    assert.match(await course.innerText(), /never signed off/);
    await checkpoint(page, 'reviews-1-due');

    await course.getByRole('button', { name: 'Sign off' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /What you checked/ }).fill('Doses, sites and follow-up checked against the current label and guideline.');
    await checkpoint(page, 'reviews-2-sign-off');
    await dialog.getByRole('button', { name: 'Sign off' }).click();
    await page.getByRole('status').filter({ hasText: 'it now terminates on' }).waitFor();
    // The list is asked again after the sign-off, and may answer a moment after the message.
    await course.filter({ hasNotText: 'never signed off' }).waitFor();

    await signOut(page);
    await page.goto(`${platform.url}/courses/${courseSlug}`);
    await dates.filter({ hasText: 'Clinically reviewed' }).waitFor();
    assert.match(await dates.innerText(), /Valid until \d+ \w+ \d{4}/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
