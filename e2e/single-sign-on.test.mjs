import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { checkpoint, openPage } from './support/browser.mjs';
import { startIdentityProvider } from './support/identity-provider.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink } from './support/navigation.mjs';
import { setUpTwoFactorInPage } from './support/two-factor.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const people = { 'nurse-okafor': { email: 'chidi.okafor@stmarys.example.org', email_verified: true, name: 'Chidi Okafor' } };

describe('single sign-on', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  let identityProvider;
  after(() => identityProvider?.stop());

  test('an admin adds the hospital’s provider, and a nurse of the hospital signs in through it', async () => {
    const { platform, browser } = running;
    // The platform builds its links on PUBLIC_URL, which defaults to localhost on its port.
    const publicUrl = platform.url.replace('127.0.0.1', 'localhost');
    identityProvider = await startIdentityProvider({ redirectUri: `${publicUrl}/auth/sso/callback`, people });

    const { page: adminPage, problems: adminProblems } = await openPage(browser, { width: 1280, height: 800 });
    await adminPage.goto(`${publicUrl}/sign-in?next=%2Fadmin%2Fsign-in-providers`);
    await adminPage.getByLabel('Email').fill(admin.email);
    await adminPage.getByLabel('Password').fill(admin.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await setUpTwoFactorInPage(adminPage);
    await adminPage.getByRole('heading', { level: 1, name: 'Sign-in providers' }).waitFor();

    await adminPage.getByRole('button', { name: 'Add a provider' }).click();
    await adminPage.getByLabel('Name on the sign-in page').fill("St Mary's Hospital");
    await adminPage.getByLabel('Short name').fill('st-marys');
    await adminPage.getByLabel('Issuer URL').fill(identityProvider.issuer);
    await adminPage.getByLabel('Client id').fill(identityProvider.clientId);
    await adminPage.getByLabel('Client secret').fill(identityProvider.clientSecret);
    await adminPage.getByLabel('Allowed email domains').fill('stmarys.example.org');
    await checkpoint(adminPage, 'single-sign-on-1-add-provider');
    await adminPage.getByRole('button', { name: 'Add provider' }).click();
    await adminPage.getByRole('rowheader', { name: "St Mary's Hospital" }).waitFor();
    await checkpoint(adminPage, 'single-sign-on-2-providers');
    await followMainLink(adminPage, 'Users');
    await adminPage.getByRole('region', { name: 'Audit log' }).getByText('Identity provider added').waitFor();
    assert.deepEqual(adminProblems, []);

    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    const platformFailures = [];
    page.on('response', (response) => response.url().startsWith(publicUrl) && response.status() >= 400 && platformFailures.push(response.url()));
    await page.goto(`${publicUrl}/sign-in`);
    const providerLink = page.getByRole('link', { name: "Sign in with St Mary's Hospital" });
    await providerLink.waitFor();
    await checkpoint(page, 'single-sign-on-3-sign-in-page');
    await providerLink.focus();
    await page.keyboard.press('Enter');

    // The provider's own pages.
    await page.locator('input[name="login"]').fill('nurse-okafor');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.locator('.site-header').getByText(people['nurse-okafor'].name).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await checkpoint(page, 'single-sign-on-4-signed-in');
    const me = await page.evaluate(async () => (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { email roles } }' }) })).json()).data.me);
    assert.deepEqual(me, { email: people['nurse-okafor'].email, roles: ['LEARNER'] });
    // The provider's development pages load fonts from the internet and have no favicon: their failures are not the platform's.
    assert.deepEqual(platformFailures, []);
    assert.deepEqual(problems.filter((problem) => !problem.startsWith('Failed to load resource')), []);
    await page.close();
    await adminPage.close();
  });
});
