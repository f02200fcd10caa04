import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkAccessibility } from './support/accessibility.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink, openAccountMenu } from './support/navigation.mjs';
import { appCode, turnOnTwoFactorInPage } from './support/two-factor.mjs';

// The platform creates this first admin on its empty database.
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const practitioner = { name: 'Maria Okafor', email: 'maria.okafor@example.com', password: 'correct horse battery staple' };

function siteHeader(page) {
  return page.locator('.site-header');
}

/** Signs up through the form; until the address is confirmed, the right password is refused with the reason. */
async function signUp(page, platform, account) {
  const { name, email, password } = account;
  await siteHeader(page).getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await checkAccessibility(page, 'sign-up form');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
  assert.ok((await page.locator('main').innerText()).includes(`We sent a message to ${email}.`));
  await checkpoint(page, '5a-check-your-inbox');

  await page.goto(`${platform.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Confirm your email address first' }).waitFor();

  await signUpConfirmed(platform, account, { page, signedUpInPage: true, confirmCheckpoint: '5b-confirm-email' });
}

/** Fills in and sends the sign-in form the page shows. */
async function submitSignIn(page, { name, email, password }) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // On a phone the name is behind the header's Menu button: signed in is its being there.
  await siteHeader(page).getByText(name).waitFor({ state: 'attached' });
}

async function signIn(page, account) {
  await siteHeader(page).getByRole('link', { name: 'Sign in' }).click();
  await submitSignIn(page, account);
}

async function signOut(page) {
  await openAccountMenu(page);
  await siteHeader(page).getByRole('button', { name: 'Sign out' }).click();
  await siteHeader(page).getByRole('link', { name: 'Sign in' }).waitFor();
}

/** The roles the server gives the account signed in on this page, asked with the page's own cookie. */
async function rolesOfSignedInAccount(page) {
  const answer = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { roles } }' }),
    });
    return response.json();
  });
  return [...answer.data.me.roles].sort();
}

/** The row of the main navigation: its links and the buttons of its menus. */
function mainItems(page) {
  return page
    .getByRole('navigation', { name: 'Main' })
    .locator('.site-nav > li > a, .site-nav > li > .disclosure-menu > button')
    .allTextContents();
}

describe('accounts and roles', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  // The admin's authenticator key, once the first test has turned two-factor on.
  let adminKey;

  test('a practitioner signs up, confirms the address from the email and signs back in; an admin makes them an instructor, which they then have', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${platform.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();

    await signUp(page, platform, practitioner);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(await mainItems(page), ['Courses', 'My learning', 'My certificates']);
    await checkpoint(page, '6-signed-up');
    await signOut(page);
    assert.equal(await siteHeader(page).getByText(practitioner.name).count(), 0);

    await siteHeader(page).getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(practitioner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or password is not right.' }).waitFor();
    await checkpoint(page, '7-wrong-password');
    await submitSignIn(page, practitioner);
    assert.deepEqual(await rolesOfSignedInAccount(page), ['LEARNER']);
    await signOut(page);

    await signIn(page, admin);
    assert.deepEqual(await mainItems(page), ['Courses', 'My learning', 'My certificates', 'Teaching', 'Administration']);
    // Admins use their role only with two-factor sign-in on.
    adminKey = await turnOnTwoFactorInPage(page, platform);
    await followMainLink(page, 'Users');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('okafor');
    await page.getByText('1 account shown.').waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: practitioner.name }) });
    assert.equal(await row.count(), 1, 'the search finds that account');
    await row.getByText('Instructor', { exact: true }).click();
    await row.getByRole('button', { name: `Save roles of ${practitioner.name}` }).click();
    await row.getByRole('status').filter({ hasText: `Saved: ${practitioner.name} has the Learner and Instructor roles.` }).waitFor();
    const logEntry = page.getByRole('region', { name: 'Audit log' }).getByRole('row').nth(1);
    await logEntry.filter({ hasText: 'Learner → Learner and Instructor' }).waitFor();
    assert.match(await logEntry.innerText(), new RegExp(`${admin.email}\\s+Changed roles\\s+${practitioner.email}`));
    await checkpoint(page, '8-admin-made-instructor');
    await signOut(page);

    await signIn(page, practitioner);
    assert.deepEqual(await rolesOfSignedInAccount(page), ['INSTRUCTOR', 'LEARNER']);
    await page.goto(`${platform.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'You don’t have access' }).waitFor();
    assert.match(await page.locator('main').innerText(), /with the Learner and Instructor roles/);
    await checkpoint(page, '9-instructor-has-no-admin-access');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('on a phone, a visitor opening the users page signs in first and arrives there', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 360, height: 740 });
    await page.goto(`${platform.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const address = new URL(page.url());
    assert.equal(`${address.pathname}${address.search}`, '/sign-in?next=%2Fadmin%2Fusers');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'the sign-in page fits');
    await checkpoint(page, '10-sign-in-on-a-phone');

    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code', { exact: true }).fill(await appCode(adminKey, 1));
    await page.getByRole('button', { name: 'Finish signing in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/admin/users');
    await page.getByRole('rowheader', { name: admin.name }).waitFor();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 360, `the users page is ${pageWidth} px wide; its tables scroll inside their own box`);
    await checkpoint(page, '11-users-on-a-phone');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
