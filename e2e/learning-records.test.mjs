import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { signUpConfirmed } from './support/accounts.mjs';
import { graphql } from './support/api.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { courseSlug, courseTitle } from './support/course-completion.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { startLearningRecordStore } from './support/learning-record-store.mjs';
import { setUpTwoFactorInPage } from './support/two-factor.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Nkechi Obi', email: 'nkechi.obi@example.org', password: 'a learner passphrase that is long' };
const lrsCredentials = { key: 'training-platform', secret: 'lrs secret for the journey' };

describe('learning records', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  let lrs;
  after(() => lrs?.stop());

  test('an admin connects the LRS, a learner enrols, and the admin sees the statement sent', async () => {
    const { platform, browser } = running;
    lrs = await startLearningRecordStore(lrsCredentials);

    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${platform.url}/sign-in?next=%2Fadmin%2Flearning-records`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await setUpTwoFactorInPage(page);
    await page.getByRole('heading', { level: 1, name: 'Learning records' }).waitFor();
    await page.getByText('No statement sent yet.').waitFor();

    await page.getByLabel('Endpoint').fill(lrs.endpoint);
    await page.getByLabel('Key').fill(lrsCredentials.key);
    await page.getByLabel('Secret').fill(lrsCredentials.secret);
    await checkpoint(page, 'learning-records-1-connect');
    await page.getByRole('button', { name: 'Connect the LRS' }).click();
    await page.getByText('Saved.').waitFor();
    assert.equal(await page.getByLabel('Secret').inputValue(), '');

    const { token, user } = await signUpConfirmed(platform, learner);
    await graphql(platform, 'mutation ($slug: String!) { enroll(courseSlug: $slug) { id } }', { slug: courseSlug }, token);

    // The statement follows the enrolment within seconds, and the page reads the queue again every few.
    const sentRow = page.getByRole('table', { name: 'Recently sent' }).getByRole('row', { name: new RegExp(`Enrolment: ${courseTitle}`) });
    await sentRow.waitFor({ timeout: 30_000 });
    await checkpoint(page, 'learning-records-2-sent');

    const held = [...lrs.statements.values()].find((statement) => statement.actor.account.name === user.id);
    assert.equal(held.verb.id, 'http://adlnet.gov/expapi/verbs/registered');
    assert.equal(held.object.definition.name.en, courseTitle);
    assert.match(await sentRow.textContent(), new RegExp(held.id));
    assert.deepEqual(problems, []);
  });
});
