import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { loadCoursePackage } from '@ptp/content';
import { checkAccessibility } from './support/accessibility.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { completeCourse, courseDir, courseTitle, readQuizzes, readRightAnswers } from './support/course-completion.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink } from './support/navigation.mjs';
import { turnOnTwoFactorInPage } from './support/two-factor.mjs';

// The platform creates this first admin on its empty database.
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Priya Raman', email: 'priya.raman@example.com', password: 'correct horse battery staple' };
const colleague = { name: 'Tomás Silva', email: 'tomas.silva@example.com', password: 'another long passphrase' };
const revocationReason = 'Issued before the learner’s name was corrected.';
const overrideReason = 'Completed the same course in person at the regional headache clinic.';

function siteHeader(page) {
  return page.locator('.site-header');
}

function mainNavigation(page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** "27 November 2026": today as the verify page and the PDF print dates. */
function today() {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
}

/** The course's certificates are valid for 24 months. */
const validUntil = new RegExp(`^Valid until: \\d{1,2} \\w+ ${new Date().getUTCFullYear() + 2}$`);

async function signUp(page, platform, account) {
  const { name, email, password } = account;
  await siteHeader(page).getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
  await signUpConfirmed(platform, account, { page, signedUpInPage: true });
}

async function signIn(page, { name, email, password }) {
  await siteHeader(page).getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await siteHeader(page).getByText(name).waitFor();
}

/** The claims on a verify page, as "Term: value" lines. */
async function claimsShown(page) {
  const rows = page.getByRole('region', { name: 'What the certificate says' }).locator('.claims__row');
  return (await rows.allInnerTexts()).map((text) => text.replace(/\s*\n+\s*/, ': '));
}

/** The admin picks the learner among those waiting and issues in bulk, as a job that reports as it goes. */
async function issueToWaitingLearner(adminPage, { name }) {
  await adminPage.getByRole('tab', { name: 'Eligible learners' }).click();
  const eligibleRow = adminPage.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name }) });
  await eligibleRow.locator('.checkbox').click();
  assert.ok(await eligibleRow.getByRole('checkbox', { name: `Select ${name}` }).isChecked());
  await adminPage.getByRole('button', { name: 'Issue to 1 selected learner' }).click();
  const bulk = adminPage.getByRole('region', { name: 'Bulk issue' });
  await bulk.getByText('1 of 1 processed: 1 issued, 0 skipped, 0 failed.').waitFor();
  await bulk.getByRole('heading', { name: 'Bulk issue finished' }).waitFor();
  await adminPage.getByText('No learner is waiting for a certificate for this course.').waitFor();
}

function issuedRow(page, code) {
  return page.getByRole('row').filter({ has: page.getByRole('cell', { name: code }) });
}

describe('certificates from completion to revocation', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_DEMO: 'false' });

  test('a learner earns a certificate an admin approves, a stranger checks it, an admin revokes it and the check says so', async () => {
    const { platform, browser } = running;
    const { page: learnerPage, problems } = await openPage(browser, { width: 1280, height: 800 });
    await learnerPage.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.url });
    await learnerPage.goto(`${platform.url}/`);
    await signUp(learnerPage, platform, learner);
    const quizCount = (await readQuizzes()).length;
    assert.deepEqual(await completeCourse(learnerPage, await readRightAnswers()), {
      grades: Array(quizCount).fill(true),
      status: 'COMPLETE',
    });

    await mainNavigation(learnerPage).getByRole('link', { name: 'My certificates' }).click();
    const prompt = learnerPage.getByRole('region', { name: `Confirm your work for ${courseTitle}` });
    await prompt.waitFor();
    await checkpoint(learnerPage, 'certificates-1-attestation');
    await prompt.getByRole('button', { name: 'I confirm this statement' }).click();
    await learnerPage.getByText(/you confirmed: “I completed this activity myself/).waitFor();
    // The course issues on approval until a clinical review of its version is recorded.
    const waiting = learnerPage.locator('.awaiting-issue');
    await waiting.getByRole('heading', { level: 2, name: 'Waiting to be issued' }).waitFor();
    await waiting.getByRole('link', { name: courseTitle }).waitFor();
    await checkpoint(learnerPage, 'certificates-2-waiting-for-approval');

    const { page: adminPage, problems: adminProblems } = await openPage(browser, { width: 1280, height: 800 });
    await adminPage.goto(`${platform.url}/`);
    await signIn(adminPage, admin);
    // Admins issue certificates only with two-factor sign-in on.
    await turnOnTwoFactorInPage(adminPage, platform);
    await followMainLink(adminPage, 'Certificates');
    await adminPage.getByRole('heading', { level: 1, name: 'Certificates' }).waitFor();
    await issueToWaitingLearner(adminPage, learner);

    await learnerPage.reload();
    const card = learnerPage.getByRole('article', { name: courseTitle });
    await card.locator('.certificate-status', { hasText: 'Valid' }).waitFor();
    const code = (await card.locator('.certificate-code').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}-[0-9A-Z]$/);
    await checkpoint(learnerPage, 'certificates-2-wallet');

    await card.getByRole('button', { name: /^Copy verify link/ }).click();
    await card.getByText('Link copied').waitFor();
    assert.match(await learnerPage.evaluate(() => navigator.clipboard.readText()), new RegExp(`/verify/${code}$`));

    const [download] = await Promise.all([
      learnerPage.waitForEvent('download'),
      card.getByRole('link', { name: /^Download PDF/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `certificate-${code}.pdf`);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

    await card.getByRole('link', { name: /^Open verify page/ }).click();
    await learnerPage.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();
    assert.ok((await claimsShown(learnerPage)).includes(`Holder: ${learner.name}`));

    const { page: stranger, problems: strangerProblems } = await openPage(browser, { width: 360, height: 740 });
    await stranger.goto(`${platform.url}/verify/${code}`);
    await stranger.getByRole('heading', { level: 1, name: 'Valid certificate' }).waitFor();
    const claims = await claimsShown(stranger);
    assert.match(claims[5], validUntil);
    const { accreditation } = loadCoursePackage(courseDir).package;
    assert.deepEqual(claims, [
      `Holder: ${learner.name}`,
      `Course: ${courseTitle}`,
      `Certificate of participation: up to 2 hours: ${accreditation.credits[0].designation}`,
      `Accreditation: ${accreditation.statement}`,
      `Issued: ${today()}`,
      claims[5],
      'Issued by: Practitioner Training Platform',
      'Course version: Version 1',
      "Clinical review: Issued on an administrator's approval: version 1 had no clinical sign-off",
      `Assessments passed: ${(await readQuizzes()).map((quiz) => `${quiz.title} (version 1)`).join('\n')}`,
      `Certificate code: ${code}`,
    ]);
    assert.doesNotMatch(await stranger.locator('main').innerText(), new RegExp(learner.email));
    assert.ok((await stranger.evaluate(() => document.documentElement.scrollWidth)) <= 360, 'the verify page fits a phone');
    await checkpoint(stranger, 'certificates-3-stranger-sees-valid');

    await adminPage.getByRole('tab', { name: 'Issued certificates' }).click();
    await issuedRow(adminPage, code).getByRole('button', { name: /^Revoke/ }).click();
    const dialog = adminPage.getByRole('dialog', { name: `Revoke the certificate of ${learner.name}?` });
    await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
    await dialog.getByText('Write the reason in at least 10 characters.').waitFor();
    await dialog.getByRole('textbox', { name: 'Reason for revoking' }).fill(revocationReason);
    await checkpoint(adminPage, 'certificates-4-revoke-dialog');
    await dialog.getByRole('button', { name: 'Revoke certificate' }).click();
    await issuedRow(adminPage, code).getByText(`Revoked on ${today()}`).waitFor();
    await checkpoint(adminPage, 'certificates-5-revoked');

    await stranger.reload();
    await stranger.getByRole('heading', { level: 1, name: `Revoked on ${today()}` }).waitFor();
    assert.ok((await claimsShown(stranger)).includes(`Revoked: ${today()}`));
    assert.doesNotMatch(await stranger.locator('main').innerText(), new RegExp(revocationReason));
    await checkpoint(stranger, 'certificates-6-stranger-sees-revoked');

    // Revoked, Priya is eligible again: the admin reissues in bulk, and certifies Tomás by override.
    await issueToWaitingLearner(adminPage, learner);
    await checkpoint(adminPage, 'certificates-7-bulk-issued');

    await signUpConfirmed(platform, colleague);
    const picker = adminPage.getByRole('combobox', { name: 'Learner' });
    // The suggestions close when the page scrolls, so the field is brought into view before typing.
    await picker.scrollIntoViewIfNeeded();
    await picker.fill('Tomás');
    await adminPage.getByRole('option', { name: new RegExp(colleague.name) }).click();
    await adminPage.getByRole('button', { name: 'Issue with an override…' }).click();
    const override = adminPage.getByRole('dialog', { name: `Issue a certificate to ${colleague.name}?` });
    await override.getByRole('textbox', { name: 'Reason for the override' }).fill(overrideReason);
    await checkAccessibility(adminPage, 'override dialog');
    await override.getByRole('button', { name: 'Issue certificate' }).click();
    await adminPage.getByText(new RegExp(`^Issued certificate .* to ${colleague.name}\\.$`)).waitFor();

    await adminPage.getByRole('tab', { name: 'Outbox' }).click();
    // Besides these, each learner got the message that confirmed their address.
    const certificateMail = adminPage.locator('.outbox__message').filter({ hasNotText: 'confirm your email address' });
    const toColleague = certificateMail.filter({ hasText: colleague.email });
    for (let tries = 0; (await toColleague.count()) === 0 && tries < 20; tries++) {
      await adminPage.getByRole('button', { name: 'Check for new messages' }).click();
      await adminPage.waitForTimeout(500);
    }
    await toColleague.locator('summary').click();
    assert.match(await toColleague.locator('.outbox__text').innerText(), /\/verify\/[0-9A-Z-]{21}/);
    assert.equal(await certificateMail.filter({ hasText: learner.email }).count(), 2);
    await checkpoint(adminPage, 'certificates-8-outbox');

    await learnerPage.goto(`${platform.url}/my-certificates`);
    await learnerPage.getByRole('article', { name: courseTitle }).first().waitFor();
    const statuses = await learnerPage.locator('.wallet .certificate-status').allTextContents();
    assert.deepEqual(statuses, ['✓ Valid', `✕ Revoked on ${today()}`]);
    await learnerPage.getByText(`Reason for revoking: ${revocationReason}`).waitFor();
    await checkpoint(learnerPage, 'certificates-9-wallet-after-reissue');

    assert.deepEqual([...problems, ...strangerProblems, ...adminProblems], []);
  });
});
