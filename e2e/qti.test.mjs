import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { signUpConfirmed } from './support/accounts.mjs';
import { adminToken, graphql } from './support/api.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink } from './support/navigation.mjs';

const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const instructor = { name: 'Sam Adeyemi', email: 'sam.adeyemi@example.com', password: 'instructor passphrase 42' };

// The first module's quiz, as the course ships it.
const quizFile = new URL('../content/courses/botox-chronic-migraine/quizzes/01-mechanism.yaml', import.meta.url);
const quiz = parse(await readFile(quizFile, 'utf8'));

/** Signs the page in with its own session cookie, as the sign-in form would. */
async function signInPage(page, account) {
  const answer = await page.evaluate(async (body) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return response.json();
  }, JSON.stringify({ query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }', variables: account }));
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
}

/** Chooses a file for the import form and sends it from the keyboard. */
async function importFile(page, file) {
  const form = page.getByRole('form', { name: 'Import QTI package' });
  await form.getByLabel('QTI package (.zip)').setInputFiles(file);
  await form.getByRole('button', { name: 'Import into the draft' }).focus();
  await page.keyboard.press('Enter');
}

describe('QTI 3.0 packages', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_DEMO: 'false' });

  test("an instructor downloads a quiz as a QTI package and imports it back into the quiz's draft", async () => {
    const { platform, browser } = running;
    const { user } = await signUpConfirmed(platform, instructor);
    const roles = 'mutation ($userId: ID!) { setUserRoles(userId: $userId, roles: [LEARNER, INSTRUCTOR]) { id } }';
    await graphql(platform, roles, { userId: user.id }, await adminToken(platform, admin));

    const { page, problems } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${platform.url}/`);
    await signInPage(page, { email: instructor.email, password: instructor.password });
    await page.reload();
    await followMainLink(page, 'Authoring');
    await page.getByRole('link', { name: quiz.title, exact: true }).click();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download QTI package (version 1)' }).focus();
    await page.keyboard.press('Enter');
    const saved = path.join(tmpdir(), `qti-journey-${process.pid}.zip`);
    await (await download).saveAs(saved);
    const files = unzipSync(await readFile(saved));
    assert.ok(files['imsmanifest.xml'], 'the package has a manifest');
    const items = Object.keys(files).filter((name) => name.startsWith('items/'));
    assert.equal(items.length, quiz.questions.length);
    assert.match(strFromU8(files[`items/${quiz.questions[0].id}.xml`]), /<qti-assessment-item /);

    await importFile(page, saved);
    const report = page.getByRole('status', { name: `${items.length} items became questions of the draft` });
    await report.waitFor();
    assert.match(await report.innerText(), new RegExp(`item-${quiz.questions[0].id} → ${quiz.questions[0].id} \\([a-z/ ]+, replaced\\)`));
    await page.getByRole('heading', { name: 'Draft of version 2' }).waitFor();
    await checkpoint(page, 'qti-1-import-report');

    const notAPackage = path.join(tmpdir(), `not-a-package-${process.pid}.zip`);
    await writeFile(notAPackage, 'a text file with a .zip name');
    await importFile(page, notAPackage);
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported.' });
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'Nothing was imported. The file is not a zip archive; a QTI package is a .zip with imsmanifest.xml at its top.');
    await checkpoint(page, 'qti-2-refused');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
