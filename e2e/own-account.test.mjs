import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { readOutboxMessage } from '@ptp/api/dist/mail/outbox-message.js';
import { generate } from 'otplib';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { writeCourseFolder } from './support/course-folder.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { pressUntilFocused } from './support/keyboard.mjs';
import { openAccountMenu } from './support/navigation.mjs';

// The platform creates this first admin on its empty database.
const admin = { email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Amara Nwosu', email: 'amara.nwosu@example.com', password: 'correct horse battery staple' };
const newPassword = 'a fresh passphrase nobody guessed';
const movedEmail = 'amara@clinic.example.org';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const course = await writeCourseFolder({
  slug: 'hand-hygiene',
  title: 'Hand hygiene',
  modules: [{ slug: 'basics', title: 'Basics', lessons: [{ slug: 'washing', title: 'Washing', markdown: 'Wash for twenty seconds.' }] }],
});

async function graphql(platform, query, variables = {}, { token, userAgent } = {}) {
  const response = await fetch(`${platform.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...(userAgent && { 'user-agent': userAgent }) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The newest link to `page` (e.g. `account/reset-password`) in a message to the address, waiting for it to arrive. */
async function linkIn(platform, email, page, subject) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const outbox = path.join(platform.dataDir, 'outbox');
    const files = (await readdir(outbox).catch(() => [])).filter((file) => file.endsWith('.eml')).sort().reverse();
    for (const file of files) {
      const message = readOutboxMessage(await readFile(path.join(outbox, file), 'utf8'));
      const link = new RegExp(`https?://\\S+/${page}\\?token=[\\w-]+`).exec(message.text);
      if (message.to.includes(`<${email}>`) && message.subject.includes(subject) && link) return new URL(link[0]);
    }
    if (Date.now() > deadline) throw new Error(`No "${subject}" message reached ${email}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function messageSubjectsTo(platform, email) {
  const outbox = path.join(platform.dataDir, 'outbox');
  const files = (await readdir(outbox)).filter((file) => file.endsWith('.eml'));
  const messages = await Promise.all(files.map(async (file) => readOutboxMessage(await readFile(path.join(outbox, file), 'utf8'))));
  return messages.filter((message) => message.to.includes(`<${email}>`)).map((message) => message.subject);
}

/** The admin's session, with two-factor turned on as their role requires, codes from the secret as an app would make them. */
async function adminSession(platform) {
  const { token } = (await graphql(platform, 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', admin)).data.signIn;
  const { secret } = (await graphql(platform, 'mutation { startTwoFactorSetup { secret } }', {}, { token })).data.startTwoFactorSetup;
  const confirmed = await graphql(platform, 'mutation($code: String!) { confirmTwoFactorSetup(code: $code) { codes } }', { code: await generate({ secret }) }, { token });
  assert.equal(confirmed.errors, undefined, JSON.stringify(confirmed.errors));
  return token;
}

/** The learner, signed in on the page, completes the one-lesson course; the admin issues the certificate; answers its code. */
async function certify(platform, page, userId) {
  const steps = await page.evaluate(async () => {
    const send = async (query) => (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json());
    const { data } = await send('{ course(slug: "hand-hygiene") { modules { lessons { id } } } }');
    return [
      await send('mutation { acknowledgeDisclosures(courseSlug: "hand-hygiene") { acknowledgedAt } }'),
      await send('mutation { enroll(courseSlug: "hand-hygiene") { id } }'),
      await send(`mutation { completeLesson(lessonId: "${data.course.modules[0].lessons[0].id}") { completed } }`),
      await send('mutation { acceptAttestation(courseSlug: "hand-hygiene") { acceptedAt } }'),
    ];
  });
  for (const step of steps) assert.equal(step.errors, undefined, JSON.stringify(step.errors));
  const issued = await graphql(platform, 'mutation($userId: ID!) { issueCertificate(userId: $userId, courseSlug: "hand-hygiene") { code } }', { userId }, { token: await adminSession(platform) });
  assert.equal(issued.errors, undefined, JSON.stringify(issued.errors));
  return issued.data.issueCertificate.code;
}

async function openAccountPage(page) {
  await openAccountMenu(page);
  await page.locator('.site-header').getByRole('link', { name: 'Account', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
}

describe('an account of one’s own: a forgotten password, a new address, sessions, the data and deleting it', () => {
  const running = platformAndBrowser({ CONTENT_DIR: course.dir, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  after(() => course.remove());
  const state = {};

  test('a learner who forgot the password gets a link by email, chooses a new one by keyboard and is signed in; the other session has ended', async () => {
    const { platform, browser } = running;
    const { token: otherSession, user } = await signUpConfirmed(platform, learner);
    state.userId = user.id;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    state.page = page;
    await page.goto(`${platform.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await checkpoint(page, 'own-account-1-forgot-password');
    await pressUntilFocused(page, page.getByLabel('Email'));
    await page.keyboard.type(learner.email);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    await checkpoint(page, 'own-account-2-check-inbox');

    const link = await linkIn(platform, learner.email, 'account/reset-password', 'Reset your password');
    await page.goto(`${platform.url}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await checkpoint(page, 'own-account-3-new-password');
    await pressUntilFocused(page, page.getByLabel('New password'));
    await page.keyboard.type(newPassword);
    await page.keyboard.press('Enter');
    await page.locator('.site-header').getByText(learner.name).waitFor({ state: 'attached' });

    assert.equal((await graphql(platform, '{ me { id } }', {}, { token: otherSession })).data.me, null);
    const again = await graphql(platform, 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', {
      email: learner.email,
      password: newPassword,
    });
    assert.equal(again.errors, undefined);
    assert.deepEqual(problems, []);
  });

  test('the learner signs out a session on another device from the account page', async () => {
    const { platform } = running;
    const { page } = state;
    const elsewhere = (
      await graphql(platform, 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', { email: learner.email, password: newPassword }, { userAgent: FIREFOX })
    ).data.signIn.token;
    await openAccountPage(page);
    const sessions = page.getByRole('list', { name: 'Where you are signed in' });
    await sessions.getByText('(this browser)').waitFor();
    await checkpoint(page, 'own-account-4-account-page');

    const signOutFirefox = sessions.getByRole('button', { name: /^Sign out Firefox on Linux/ }).first();
    await pressUntilFocused(page, signOutFirefox);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Firefox on Linux is signed out.' }).waitFor();
    assert.equal((await graphql(platform, '{ me { id } }', {}, { token: elsewhere })).data.me, null);
    assert.equal(await sessions.getByText('(this browser)').count(), 1);
  });

  test('the learner moves the account to a new address, confirmed from the message sent there; the old address is told', async () => {
    const { platform } = running;
    const { page } = state;
    await page.getByLabel('New email address').fill(movedEmail);
    await page.getByLabel('Current password').first().fill(newPassword);
    await page.getByRole('button', { name: 'Change email address' }).click();
    await page.getByRole('status').filter({ hasText: `We sent a link to ${movedEmail}.` }).waitFor();

    const link = await linkIn(platform, movedEmail, 'account/confirm-email-change', 'Confirm your new email address');
    await page.goto(`${platform.url}${link.pathname}${link.search}`);
    await page.getByRole('button', { name: 'Confirm new address' }).waitFor();
    await checkpoint(page, 'own-account-5-confirm-new-address');
    await page.getByRole('button', { name: 'Confirm new address' }).click();
    await page.getByRole('status').filter({ hasText: `Your account’s email address is now ${movedEmail}.` }).waitFor();

    const deadline = Date.now() + 10_000;
    while (!(await messageSubjectsTo(platform, learner.email)).some((subject) => subject.includes('was changed')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok((await messageSubjectsTo(platform, learner.email)).some((subject) => subject.includes('was changed')));
  });

  test('the learner downloads everything the platform holds about them', async () => {
    const { page } = state;
    await openAccountPage(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    assert.match(download.suggestedFilename(), /^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(data.account.email, movedEmail);
    assert.equal(data.auditEntries.some((entry) => entry.action === 'PASSWORD_RESET'), true);
  });

  test('a learner holding a certificate deletes the account; anyone can still verify the certificate under their name', async () => {
    const { platform, browser } = running;
    const { page } = state;
    const code = await certify(platform, page, state.userId);

    await openAccountPage(page);
    const deletion = page.getByRole('region', { name: 'Delete your account' });
    await deletion.getByLabel('Current password').fill(newPassword);
    await deletion.getByRole('button', { name: 'Delete my account' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete your account?' });
    await dialog.waitFor();
    await checkpoint(page, 'own-account-6-delete-dialog');
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account is deleted' }).waitFor();
    await page.locator('.site-header').getByRole('link', { name: 'Sign in' }).waitFor({ state: 'attached' });
    await checkpoint(page, 'own-account-7-deleted');

    const { page: stranger } = await openPage(browser, { width: 390, height: 844 });
    await stranger.goto(`${platform.url}/verify/${code}`);
    await stranger.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();
    assert.ok((await stranger.locator('main').innerText()).includes(learner.name));
    const signIn = await graphql(platform, 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', { email: movedEmail, password: newPassword });
    assert.equal(signIn.errors[0].extensions.code, 'UNAUTHENTICATED');
  });
});
