import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { startLtiPlatform } from './support/lti-platform.mjs';
import { setUpTwoFactorInPage } from './support/two-factor.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const COURSE = 'botox-chronic-migraine';

describe('LTI 1.3', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
  let lms;
  after(() => lms?.stop());

  test('an admin registers the LMS; a learner opens the course from it signed in and enrolled; an instructor places a quiz', async () => {
    const { platform, browser } = running;
    // The tool's addresses are on PUBLIC_URL (localhost); the LMS is on 127.0.0.1, another site, as a real LMS is.
    const publicUrl = platform.url.replace('127.0.0.1', 'localhost');
    const tool = { loginUrl: `${publicUrl}/lti/login`, launchUrl: `${publicUrl}/lti/launch`, keySetUrl: `${publicUrl}/lti/jwks` };
    lms = await startLtiPlatform({ tool, courseUrl: `${publicUrl}/courses/${COURSE}` });

    const { page: adminPage, problems: adminProblems } = await openPage(browser, { width: 1280, height: 800 });
    await adminPage.goto(`${publicUrl}/sign-in?next=%2Fadmin%2Flti`);
    await adminPage.getByLabel('Email').fill(admin.email);
    await adminPage.getByLabel('Password').fill(admin.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByRole('link', { name: 'Set up two-factor sign-in' }).click();
    await setUpTwoFactorInPage(adminPage);
    await adminPage.getByRole('heading', { level: 1, name: 'LMS (LTI 1.3)' }).waitFor();
    await adminPage.getByText(tool.loginUrl).waitFor();
    await adminPage.getByRole('button', { name: 'Register an LMS' }).click();
    await adminPage.getByLabel('Name').fill('Trust Moodle');
    await adminPage.getByLabel('Platform issuer').fill(lms.issuer);
    await adminPage.getByLabel('Client id').fill(lms.clientId);
    await adminPage.getByLabel('Authentication request URL').fill(lms.loginUrl);
    await adminPage.getByLabel('Access token URL').fill(lms.accessTokenUrl);
    await adminPage.getByLabel('Public key set URL').fill(lms.keySetUrl);
    await adminPage.getByLabel('Deployment ids').fill(lms.deploymentId);
    await checkpoint(adminPage, 'lti-1-register-lms');
    await adminPage.getByRole('button', { name: 'Register LMS' }).click();
    await adminPage.getByRole('rowheader', { name: 'Trust Moodle' }).waitFor();
    await checkpoint(adminPage, 'lti-2-registered');
    assert.deepEqual(adminProblems, []);

    const { page: lmsPage } = await openPage(browser, { width: 1280, height: 800 });
    await lmsPage.goto(`${lms.issuer}/course`);
    const [learnerWindow] = await Promise.all([lmsPage.waitForEvent('popup'), lmsPage.getByRole('link', { name: 'Migraine training' }).click()]);
    const problems = [];
    learnerWindow.on('pageerror', (error) => problems.push(error.message));
    await learnerWindow.waitForURL(`${publicUrl}/courses/${COURSE}`);
    await learnerWindow.locator('.site-header').getByText(lms.people.learner.name).waitFor();
    const learner = await learnerWindow.evaluate(async (slug) => {
      const query = `{ me { email roles } course(slug: "${slug}") { myProgress { status } } }`;
      return (await (await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()).data;
    }, COURSE);
    assert.deepEqual(learner.me, { email: lms.people.learner.email, roles: ['LEARNER'] });
    assert.ok(learner.course.myProgress, 'the learner is enrolled in the course');
    await checkpoint(learnerWindow, 'lti-3-course-opened-from-lms');

    const [placement] = await Promise.all([lmsPage.waitForEvent('popup'), lmsPage.getByRole('link', { name: 'Add training content' }).click()]);
    await placement.getByRole('heading', { level: 1, name: 'Place a course or quiz in the LMS' }).waitFor();
    await checkpoint(placement, 'lti-4-place-content');
    const quiz = placement.getByRole('radio', { name: /^Quiz: / }).first();
    const quizTitle = (await quiz.evaluate((radio) => radio.parentElement.textContent)).trim().replace(/^Quiz: /, '');
    await quiz.check();
    await placement.getByRole('button', { name: 'Place in the LMS' }).click();
    await placement.getByText(`Placed: ${quizTitle}`).waitFor();
    const [item] = lms.placed[0]['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'];
    assert.match(item.url, new RegExp(`^${publicUrl}/courses/${COURSE}/quizzes/[0-9a-f-]{36}$`));
    assert.deepEqual(item.lineItem.scoreMaximum, 100);
    assert.deepEqual(problems, []);
  });
});
