import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { pressUntilFocused } from './support/keyboard.mjs';
import { openAccountMenu } from './support/navigation.mjs';
import { appCode, setUpTwoFactorInPage } from './support/two-factor.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const nurse = { name: 'Amara Nwosu', email: 'amara.nwosu@example.com', password: 'correct horse battery staple' };

const siteHeader = (page) => page.locator('.site-header');

async function signOut(page) {
  await openAccountMenu(page);
  await siteHeader(page).getByRole('button', { name: 'Sign out' }).click();
  await siteHeader(page).getByRole('link', { name: 'Sign in' }).waitFor();
}

/** The password step, by keyboard: Tab to each field and Enter to send. */
async function passwordByKeyboard(page, platform, { email, password }) {
  await page.goto(`${platform.url}/sign-in`);
  await pressUntilFocused(page, page.getByLabel('Email'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

describe('two-factor sign-in', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });

  test('a nurse turns on two-factor, signs in with a code from the app by keyboard, then with a recovery code once the phone is lost', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await signUpConfirmed(platform, nurse, {});
    await passwordByKeyboard(page, platform, nurse);
    await siteHeader(page).getByText(nurse.name).waitFor();

    await openAccountMenu(page);
    await siteHeader(page).getByRole('link', { name: 'Two-factor sign-in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Two-factor sign-in is off' }).waitFor();
    await checkpoint(page, 'two-factor-1-off');
    const { secret, recoveryCodes } = await setUpTwoFactorInPage(page, { name: 'two-factor-2' });
    assert.equal(recoveryCodes.length, 10);
    await page.getByText('You have 10 unused recovery codes.').waitFor();
    await checkpoint(page, 'two-factor-3-on');
    await signOut(page);

    await passwordByKeyboard(page, platform, nurse);
    const code = page.getByLabel('Code', { exact: true });
    await code.waitFor();
    assert.ok(await code.evaluate((element) => element === document.activeElement), 'the code field has focus');
    await checkpoint(page, 'two-factor-4-code-step');
    // The checkpoint's pass with Tab left focus elsewhere.
    await pressUntilFocused(page, code);
    await page.keyboard.type(await appCode(secret, 1));
    await page.keyboard.press('Enter');
    await siteHeader(page).getByText(nurse.name).waitFor();
    await signOut(page);

    // The phone is lost: a recovery code signs in once.
    for (const outcome of ['signed in', 'refused']) {
      await passwordByKeyboard(page, platform, nurse);
      await code.waitFor();
      await page.keyboard.type(recoveryCodes[0]);
      await page.keyboard.press('Enter');
      if (outcome === 'refused') break;
      await siteHeader(page).getByText(nurse.name).waitFor();
      await signOut(page);
    }
    await page.getByRole('alert').filter({ hasText: 'That code is not right, or it was used already.' }).waitFor();
    await checkpoint(page, 'two-factor-5-used-recovery-code');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the admin is led to set up two-factor before the admin pages open, comes back to them and resets the two-factor of a nurse who lost phone and codes', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${platform.url}/sign-in?next=%2Fadmin%2Fusers`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Turn on two-factor sign-in first' }).waitFor();
    await checkpoint(page, 'two-factor-6-admin-led-to-set-up');
    await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await page.getByText('Admins and reviewers use their role only with two-factor sign-in on.').waitFor();
    await setUpTwoFactorInPage(page, { name: 'two-factor-7-admin' });

    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/admin/users');

    // The nurse has lost the phone and the recovery codes too: the admin resets their two-factor, by keyboard.
    const nurseRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: nurse.name }) });
    await pressUntilFocused(page, nurseRow.getByRole('button', { name: `Reset two-factor of ${nurse.name}` }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: `Reset the two-factor sign-in of ${nurse.name}?` });
    await dialog.waitFor();
    await checkpoint(page, 'two-factor-8-reset-dialog');
    await pressUntilFocused(page, dialog.getByRole('button', { name: 'Reset two-factor' }));
    await page.keyboard.press('Enter');
    await nurseRow.getByRole('status').filter({ hasText: `Two-factor sign-in of ${nurse.name} is off; they set it up again.` }).waitFor();
    await page.getByRole('region', { name: 'Audit log' }).getByRole('row').filter({ hasText: 'Two factor reset' }).filter({ hasText: nurse.email }).waitFor();
    await checkpoint(page, 'two-factor-9-reset-done');
    assert.deepEqual(problems, []);
    await page.close();

    const { page: nursePage, problems: nurseProblems } = await openPage(browser, { width: 1280, height: 800 });
    await passwordByKeyboard(nursePage, platform, nurse);
    await siteHeader(nursePage).getByText(nurse.name).waitFor();
    await nursePage.goto(`${platform.url}/account/two-factor`);
    await nursePage.getByRole('heading', { level: 2, name: 'Two-factor sign-in is off' }).waitFor();
    assert.deepEqual(nurseProblems, []);
    await nursePage.close();
  });
});
