import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SESSION_COOKIE } from '@ptp/api/dist/auth/session-cookie.js';
import { checkAccessibility } from './support/accessibility.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { adminToken, graphql } from './support/api.mjs';
import { checkpoint, openPage, saveScreenshot } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'header journey admin passphrase' };
// Long names, as people have them: the header must fit them too.
const people = [
  { roles: ['LEARNER'], name: 'Nomvula Dlamini-Featherstonehaugh', email: 'nomvula@example.com' },
  { roles: ['LEARNER', 'INSTRUCTOR'], name: 'Bartholomew Ó Súilleabháin', email: 'bartholomew@example.com' },
  { roles: ['LEARNER', 'REVIEWER'], name: 'Wilhelmina Abernathy-Castellanos', email: 'wilhelmina@example.com' },
  { roles: ['ADMIN', 'LEARNER'], name: 'Maximiliano Vandenberghe-Ortiz', email: 'maximiliano@example.com' },
];

/** A session for each person, with the roles the admin gave them. */
async function signedInPeople(platform) {
  const adminSession = await adminToken(platform, admin);
  const sessions = [];
  for (const person of people) {
    const account = { name: person.name, email: person.email, password: `${person.email} long passphrase` };
    const { token, user } = await signUpConfirmed(platform, account);
    await graphql(platform, 'mutation ($id: ID!, $roles: [Role!]!) { setUserRoles(userId: $id, roles: $roles) { id } }', { id: user.id, roles: person.roles }, adminSession);
    sessions.push({ ...person, token: person.roles.includes('ADMIN') ? await adminToken(platform, account) : token });
  }
  return sessions;
}

async function openSignedIn(browser, platform, token, viewport) {
  const opened = await openPage(browser, viewport);
  await opened.page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: platform.url }]);
  await opened.page.goto(`${platform.url}/`);
  await opened.page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
  return opened;
}

/** How far apart, in pixels, the middles of the header's parts are: the site's name, each navigation item, the account's menu. */
function headerSpread(page) {
  return page.evaluate(() => {
    const parts = [...document.querySelectorAll('.site-name, .site-nav > li > :first-child, .account-menu .disclosure-menu__button')];
    const middles = parts.map((part) => part.getBoundingClientRect()).map((box) => box.top + box.height / 2);
    return Math.max(...middles) - Math.min(...middles);
  });
}

describe('the header', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_DEMO: 'false' });
  let sessions;
  const sessionsOnce = () => (sessions ??= signedInPeople(running.platform));

  test('fits one row at 1280 px for every role, its menus opening with the keyboard', async () => {
    const { platform, browser } = running;
    for (const { roles, name, token } of await sessionsOnce()) {
      const { page, problems } = await openSignedIn(browser, platform, token, { width: 1280, height: 800 });
      await page.locator('.site-header').getByText(name).waitFor();
      assert.ok((await headerSpread(page)) < 8, `${roles.join(', ')}: the header keeps to one row`);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1280, 'nothing runs off the side');
      assert.deepEqual(problems, []);
      if (roles.includes('ADMIN')) await useMenusByKeyboard(page, name);
      await page.close();
    }
  });

  test('folds behind a Menu button on a phone, usable with the keyboard and clean for axe', async () => {
    const { platform, browser } = running;
    const { token } = (await sessionsOnce()).at(-1);
    const { page, problems } = await openSignedIn(browser, platform, token, { width: 360, height: 740 });
    const header = page.locator('.site-header');
    const menu = header.getByRole('button', { name: 'Menu', exact: true });
    const navigation = page.getByRole('navigation', { name: 'Main' });
    assert.equal(await navigation.isVisible(), false, 'the navigation waits behind the Menu button');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'the header fits the phone');

    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await navigation.getByRole('link', { name: 'Courses' }).waitFor();
    await navigation.getByRole('button', { name: 'Administration' }).focus();
    await page.keyboard.press('Enter');
    // Not a whole checkpoint: its walk with Tab round the page would leave the menu, which closes it.
    await saveScreenshot(page, 'header-1-phone-menu-open');
    await checkAccessibility(page, 'header-1-phone-menu-open');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Users');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(await navigation.isVisible(), false, 'following a link folds the menu again');
    await checkpoint(page, 'header-2-phone-menu-folded');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/** The admin opens each menu with Enter, reaches its links with Tab and closes it with Escape. */
async function useMenusByKeyboard(page, name) {
  const navigation = page.getByRole('navigation', { name: 'Main' });
  for (const [group, firstLink] of [
    ['Teaching', 'Authoring'],
    ['Administration', 'Users'],
  ]) {
    const button = navigation.getByRole('button', { name: group });
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await checkAccessibility(page, `header: ${group} open`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), firstLink);
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.ok(await button.evaluate((element) => element === document.activeElement), 'Escape gives focus back to the button');
  }
  const account = page.locator('.site-header').getByRole('button', { name: `Signed in as ${name}` });
  await account.click();
  await page.locator('.site-header').getByRole('link', { name: 'Transcript' }).waitFor();
  await saveScreenshot(page, 'header-0-admin-account-menu-open');
  await checkAccessibility(page, 'header: account menu open');
  await page.keyboard.press('Escape');
}
