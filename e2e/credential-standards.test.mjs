import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { checkAccessibility } from './support/accessibility.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { adminToken, graphql } from './support/api.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { completeAndAttest, courseSlug, courseTitle } from './support/course-completion.mjs';
import { platformAndBrowser } from './support/journey.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Amara Okafor', email: 'amara.okafor@example.com', password: 'a long open badges passphrase' };

/** `npm run verify-credential` as anyone holding the file runs it; answers its exit code and what it said. */
async function verifyOffline(file, issuer) {
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'verify-credential', '--', file, '--issuer', issuer], { cwd: root });
    return { code: 0, said: stdout };
  } catch (error) {
    return { code: error.code, said: `${error.stdout}${error.stderr}` };
  }
}

/** Clicks a download link and keeps the file; answers its path and the name the platform gave it. */
async function download(page, link, folder) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const where = path.join(folder, file.suggestedFilename());
  await file.saveAs(where);
  return { where, name: file.suggestedFilename() };
}

describe('Open Badges 3.0 and CLR 2.0 from the learner\'s certificates page', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_DEMO: 'false' });

  test('a learner adds the certificate to LinkedIn, downloads the Open Badge and the learner record, and each checks offline', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(platform.url);
    await signUpConfirmed(platform, learner, { page });
    const learnerId = await completeAndAttest(page);
    const issue = 'mutation ($slug: String!, $userId: ID!) { issueCertificate(courseSlug: $slug, userId: $userId) { code } }';
    const { code } = (await graphql(platform, issue, { slug: courseSlug, userId: learnerId }, await adminToken(platform, admin))).issueCertificate;

    await page.goto(`${platform.url}/my-certificates`);
    const card = page.getByRole('article', { name: courseTitle });
    await card.waitFor();
    await checkAccessibility(page, 'my certificates with the signed downloads');
    await checkpoint(page, 'credential-standards-1-wallet');

    const linkedIn = new URL(await card.getByRole('link', { name: /^Add to LinkedIn/ }).getAttribute('href'));
    assert.equal(`${linkedIn.origin}${linkedIn.pathname}`, 'https://www.linkedin.com/profile/add');
    assert.equal(linkedIn.searchParams.get('startTask'), 'CERTIFICATION_NAME');
    assert.equal(linkedIn.searchParams.get('name'), courseTitle);
    assert.equal(linkedIn.searchParams.get('organizationName'), 'Practitioner Training Platform');
    // Credentials name PUBLIC_URL (by default localhost and the port), which the verifier must be told to trust.
    const publicUrl = new URL(linkedIn.searchParams.get('certUrl')).origin;
    assert.equal(new URL(publicUrl).port, new URL(platform.url).port);
    assert.equal(linkedIn.searchParams.get('certUrl'), `${publicUrl}/verify/${code}`);
    assert.equal(linkedIn.searchParams.get('certId'), code);
    assert.equal(linkedIn.searchParams.get('issueYear'), String(new Date().getUTCFullYear()));

    const folder = await mkdtemp(path.join(tmpdir(), 'ptp-credentials-'));
    const badge = await download(page, card.getByRole('link', { name: /^Download Open Badge \(Data Integrity\)/ }), folder);
    assert.equal(badge.name, `open-badge-${code}.json`);
    const badgeCheck = await verifyOffline(badge.where, publicUrl);
    assert.equal(badgeCheck.code, 0, badgeCheck.said);
    assert.match(badgeCheck.said, /^VALID: /);
    assert.match(badgeCheck.said, new RegExp(`Holder: +${learner.name}`));

    const record = await download(page, page.getByRole('link', { name: 'Download my learner record (CLR 2.0)' }), folder);
    assert.equal(record.name, 'learner-record.json');
    const recordCheck = await verifyOffline(record.where, publicUrl);
    assert.equal(recordCheck.code, 0, recordCheck.said);
    assert.match(recordCheck.said, /^VALID: /);
    assert.match(recordCheck.said, /Inside, credential 1: VALID/);
    assert.match(recordCheck.said, new RegExp(`Achievement: +${courseTitle}`));

    assert.deepEqual(problems, []);
  });
});
