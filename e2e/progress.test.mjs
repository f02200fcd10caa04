import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadCoursePackage, readQuizFile } from '@ptp/content';
import { checkAccessibility } from './support/accessibility.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { correctAnswer, courseDir, courseSlug, courseTitle, graphqlAsPage, passQuiz } from './support/course-completion.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink, openAccountMenu } from './support/navigation.mjs';
import { turnOnTwoFactorInPage } from './support/two-factor.mjs';

const firstQuizFile = path.join(courseDir, 'quizzes/01-mechanism.yaml');
// The first module as the course ships it: its title and lessons are read from the content, not copied here.
const [firstModule] = loadCoursePackage(courseDir).package.modules;
const firstModuleLessons = firstModule.lessons.length;
// The platform creates this first admin on its empty database.
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Priya Raman', email: 'priya.raman@example.com', password: 'correct horse battery staple' };

function siteHeader(page) {
  return page.locator('.site-header');
}

async function openMyLearning(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My learning' }).click();
  await page.getByRole('heading', { level: 1, name: 'My learning' }).waitFor();
}

/** The course's progress bar on the page, as a number from 0 to 100. */
async function percentShown(page) {
  const bar = page.getByRole('progressbar', { name: `Progress in ${courseTitle}` });
  await bar.waitFor();
  return Number(await bar.getAttribute('aria-valuenow'));
}

/** The dashboard's call to action for the course. */
function nextStepLink(page) {
  return page.locator('.course-progress').getByRole('link', { name: /^(Start reading|Continue reading|Take the)/ });
}

/** "Module 1: How onabotulinumtoxinA works · Lesson 2 of 30" above the lesson title. */
function lessonPlace(page) {
  return page.locator('.lesson .eyebrow');
}

async function completeLessonAndContinue(page, nextPlace) {
  await page.getByRole('button', { name: 'Mark as complete and continue' }).click();
  await lessonPlace(page).filter({ hasText: nextPlace }).waitFor();
}

function moduleStanding(page, title) {
  return page.locator('.module-standing').filter({ hasText: title });
}

/** Takes a module quiz with the page's own session, answering as the content file says is right. */
async function passModuleQuiz(page, moduleSlug, quizFile) {
  const { quiz } = readQuizFile(quizFile, await readFile(quizFile, 'utf8'));
  const answersByPrompt = Object.fromEntries(quiz.questions.map((question) => [question.prompt, correctAnswer(question)]));
  const { course } = await graphqlAsPage(page, 'query ($slug: String!) { course(slug: $slug) { modules { slug quiz { id } } } }', { slug: courseSlug });
  return passQuiz(page, course.modules.find((module) => module.slug === moduleSlug).quiz.id, answersByPrompt);
}

describe('learner progress and the cohort report', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });

  test('a learner’s dashboard moves as they read and pass, and an admin sees them in the cohort report', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${platform.url}/courses/${courseSlug}`);
    await siteHeader(page).getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill(learner.name);
    await page.getByLabel('Email').fill(learner.email);
    await page.getByLabel('Password').fill(learner.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    await signUpConfirmed(platform, learner, { page, signedUpInPage: true });
    await page.getByRole('heading', { level: 1, name: courseTitle }).waitFor();

    await page.getByRole('button', { name: 'Enrol in this course' }).click();
    assert.equal(await percentShown(page), 0);
    await page.getByText('0% complete').waitFor();
    await checkpoint(page, 'progress-1-enrolled');

    await openMyLearning(page);
    assert.equal(await percentShown(page), 0);
    const firstStep = (await nextStepLink(page).textContent()).trim();
    assert.match(firstStep, /^Start reading /);
    await checkpoint(page, 'progress-2-dashboard-new');

    await nextStepLink(page).click();
    await page.getByRole('heading', { level: 1, name: firstStep.replace(/^Start reading /, '') }).waitFor();
    await page.getByRole('region', { name: 'Disclosures' }).waitFor();
    await page.getByRole('button', { name: 'I have read the disclosures' }).click();
    await completeLessonAndContinue(page, `Module 1: ${firstModule.title} · Lesson 2 of`);
    await checkpoint(page, 'progress-3-second-lesson');
    for (let next = 3; next <= firstModuleLessons + 1; next += 1) await completeLessonAndContinue(page, `Lesson ${next} of`);
    assert.match(await lessonPlace(page).textContent(), /^Module 2: /);

    await openMyLearning(page);
    await nextStepLink(page).filter({ hasText: `Take the ${firstModule.quiz.title} quiz` }).waitFor();
    const afterReading = await percentShown(page);
    assert.ok(afterReading > 0, `the first module's lessons read show as ${afterReading}%`);
    await moduleStanding(page, 'Module 1').getByText(`${firstModuleLessons} of ${firstModuleLessons} lessons read`).waitFor();
    await checkpoint(page, 'progress-4-dashboard-after-reading');

    const graded = await passModuleQuiz(page, 'mechanism', firstQuizFile);
    assert.deepEqual(graded, { score: 100, passed: true });
    await page.reload();
    await moduleStanding(page, 'Module 1').getByText('Quiz: Passed with 100%').waitFor();
    assert.equal(await moduleStanding(page, 'Module 1').locator('.status-badge').textContent(), '✓Complete');
    assert.ok((await percentShown(page)) > afterReading, 'passing the quiz moves the course on');
    assert.match(await nextStepLink(page).innerText(), /^Continue reading /);
    await checkpoint(page, 'progress-5-dashboard-module-complete');

    await page.setViewportSize({ width: 360, height: 740 });
    const phoneWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(phoneWidth <= 360, `the dashboard is ${phoneWidth} px wide on a phone`);
    await checkpoint(page, 'progress-6-dashboard-on-a-phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await openAccountMenu(page);
    await siteHeader(page).getByRole('button', { name: 'Sign out' }).click();
    await siteHeader(page).getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await siteHeader(page).getByText(admin.name).waitFor();
    // Admins use their role only with two-factor sign-in on.
    await turnOnTwoFactorInPage(page, platform);

    await followMainLink(page, 'Reports');
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await checkAccessibility(page, 'reports');
    await page.getByRole('link', { name: courseTitle }).click();
    await page.getByRole('heading', { level: 1, name: courseTitle }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: learner.name }) });
    await row.waitFor();
    const cells = row.getByRole('cell');
    assert.equal(await cells.nth(0).innerText(), learner.email);
    assert.match(await cells.nth(1).innerText(), /In progress/);
    assert.match(await cells.nth(3).innerText(), /Complete\s*Quiz 100%/);
    assert.match(await cells.nth(4).innerText(), /Not started/);
    await checkpoint(page, 'progress-7-cohort-report');

    await page.getByRole('button', { name: 'Progress' }).click();
    await page.getByRole('columnheader', { name: 'Progress' }).and(page.locator('[aria-sort="ascending"]')).waitFor();
    const csvAddress = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    assert.match(csvAddress, /sort=PERCENT&direction=ASC$/);
    const csv = await page.evaluate(async (address) => (await fetch(address)).text(), csvAddress);
    assert.match(csv, new RegExp(learner.email));

    await page.getByRole('tab', { name: 'Activity log' }).click();
    await page.getByRole('region', { name: 'Activity log' }).getByRole('row').filter({ hasText: learner.name }).first().waitFor();
    await checkpoint(page, 'progress-8-activity-log');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
