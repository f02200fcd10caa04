import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { completeAndAttest, courseSlug, courseTitle, graphqlAsPage } from './support/course-completion.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { turnOnTwoFactorInPage } from './support/two-factor.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Grace Mensah', email: 'grace.mensah@example.com', password: 'a long credit claim passphrase' };

describe('evaluating a course and claiming its credit', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_DEMO: 'false' });

  test('a certified learner evaluates the course, states a profession, claims hours beyond the time measured with an attestation, and the verify page states the claim', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(platform.url);
    await signUpConfirmed(platform, learner, { page });
    const learnerId = await completeAndAttest(page);

    // The shipped course issues on an admin's approval until a reviewer signs its version off.
    const { page: adminPage } = await openPage(browser, { width: 1280, height: 800 });
    await adminPage.goto(`${platform.url}/sign-in`);
    await adminPage.getByLabel('Email').fill(admin.email);
    await adminPage.getByLabel('Password').fill(admin.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.locator('.site-header').getByText(admin.name).waitFor();
    // Admins issue certificates only with two-factor sign-in on.
    await turnOnTwoFactorInPage(adminPage, platform);
    await graphqlAsPage(adminPage, 'mutation ($slug: String!, $userId: ID!) { issueCertificate(courseSlug: $slug, userId: $userId) { id } }', { slug: courseSlug, userId: learnerId });

    await page.goto(`${platform.url}/my-certificates`);
    const card = page.getByRole('article', { name: courseTitle });
    await card.getByRole('link', { name: `Evaluate and claim credit for ${courseTitle}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Claim credit' }).waitFor();
    const evaluation = page.getByRole('form', { name: 'Evaluate the course' });
    await evaluation.waitFor();
    await checkpoint(page, 'credit-1-evaluation');

    await page.getByRole('button', { name: 'Send evaluation' }).click();
    await page.getByRole('alert').filter({ hasText: 'Your evaluation was not sent.' }).waitFor();
    for (const group of await evaluation.getByRole('radiogroup').all()) {
      await group.getByRole('radio').last().check({ force: true });
    }
    await evaluation.getByRole('radiogroup', { name: /commercial bias/ }).getByRole('radio', { name: 'Yes' }).check({ force: true });
    await evaluation.getByLabel(/one change you will make/).fill('Count headache days before and after each treatment cycle.');
    await page.getByRole('button', { name: 'Send evaluation' }).click();

    await page.getByRole('link', { name: 'State it in your credit profile' }).click();
    await page.getByRole('radio', { name: 'Nurse', exact: true }).check({ force: true });
    await page.getByRole('button', { name: 'Save credit profile' }).click();
    await page.getByText('Your credit profile is saved.').waitFor();
    await page.goBack();

    const claim = page.getByRole('form', { name: 'Claim your credit' });
    await claim.waitFor();
    assert.ok(await claim.getByRole('radio', { name: 'Certificate of participation: up to 2 hours' }).isChecked());
    await claim.getByLabel('Hours to claim').fill('2');
    await claim.getByLabel('Hours to claim').press('Tab');
    const attestation = claim.getByRole('checkbox', { name: /I attest that I spent 2 hours on this activity/ });
    await attestation.waitFor();
    await checkpoint(page, 'credit-2-claim');
    await attestation.check({ force: true });
    await claim.getByRole('button', { name: 'Claim credit' }).click();
    await page.getByRole('heading', { name: 'Credit claimed' }).waitFor();
    assert.match(await page.getByRole('status').filter({ hasText: 'claimed on' }).innerText(), /2 hours of participation claimed on/);
    await checkpoint(page, 'credit-3-claimed');

    await page.getByRole('link', { name: 'download it from My certificates' }).click();
    await card.getByText('2 hours of participation claimed').waitFor();
    const code = (await card.locator('.certificate-code').innerText()).trim();

    const { page: stranger } = await openPage(browser, { width: 360, height: 740 });
    await stranger.goto(`${platform.url}/verify/${code}`);
    await stranger.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();
    const claims = await stranger.getByRole('region', { name: 'What the certificate says' }).innerText();
    assert.match(claims, /2 hours of participation claimed/);
    assert.doesNotMatch(claims, /up to 2 hours\n/);

    assert.deepEqual(problems, []);
  });
});
