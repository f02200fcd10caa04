import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { checkAccessibility } from './support/accessibility.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { followMainLink } from './support/navigation.mjs';
import { turnOnTwoFactorInPage } from './support/two-factor.mjs';

// The platform creates this first admin on its empty database.
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Maria Okafor', email: 'maria.okafor@example.com', password: 'correct horse battery staple' };
const instructor = { name: 'Sam Adeyemi', email: 'sam.adeyemi@example.com', password: 'instructor passphrase 42' };
const laterLearner = { name: 'Lena Novak', email: 'lena.novak@example.com', password: 'later learner passphrase' };

const coursePath = '/courses/botox-chronic-migraine';
// The first module's quiz, as the course ships it: what is right is read from the content, not copied here.
const quizFile = new URL('../content/courses/botox-chronic-migraine/quizzes/01-mechanism.yaml', import.meta.url);
const quiz = parse(await readFile(quizFile, 'utf8'));
const editedQuestion = quiz.questions.find((question) => question.type === 'single-choice');
const newPrompt = 'Which bacterium makes botulinum toxin?';
const count = quiz.questions.length;

/** Asks the API with the page's own session cookie. */
async function callApi(page, query, variables = {}) {
  const answer = await page.evaluate(async (body) => {
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return response.json();
  }, JSON.stringify({ query, variables }));
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  return answer.data;
}

/** Signs up and confirms from the emailed link, then comes back: the journey is about the quiz, which the accounts test covers. */
async function signUp(page, platform, account) {
  const comeBackTo = page.url();
  await signUpConfirmed(platform, account, { page });
  await page.goto(comeBackTo);
  return (await callApi(page, '{ me { id } }')).me.id;
}

/** Gives an answer the way a learner would: right, or the first wrong option (or a wrong name). */
async function answer(page, question, rightly) {
  if (question.type === 'short-text') {
    const text = rightly ? question.acceptedAnswers[0] : 'Staphylococcus aureus';
    await page.getByRole('textbox', { name: question.prompt, exact: true }).fill(text);
    return;
  }
  const choices =
    question.type === 'true-false'
      ? [
          { text: 'True', correct: question.answer === true },
          { text: 'False', correct: question.answer === false },
        ]
      : question.options;
  assert.ok(['single-choice', 'multiple-choice', 'true-false'].includes(question.type), `no way to answer ${question.type}`);
  const role = question.type === 'multiple-choice' ? 'group' : 'radiogroup';
  const group = page.getByRole(role, { name: question.prompt, exact: true });
  for (const choice of rightly ? choices.filter((option) => option.correct) : [choices.find((option) => !option.correct)]) {
    await group.getByText(choice.text, { exact: true }).click();
  }
}

async function waitUntilSaved(page) {
  await page.locator('.save-status', { hasText: /^Saved$/ }).waitFor();
}

async function submitAnswers(page, expectedSummary) {
  await page.getByRole('button', { name: 'Submit answers…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Submit your answers?' });
  await dialog.getByText(expectedSummary).waitFor();
  await dialog.getByRole('button', { name: 'Submit answers' }).click();
}

describe('quizzes', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, SEED_DEMO: 'false' });

  test('a learner fails, reviews the passage and passes; an instructor rewrites a question the next learner gets', async () => {
    const { platform, browser } = running;
    const { page, problems } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${platform.url}${coursePath}`);
    await signUp(page, platform, learner);
    await page.reload();

    await page.getByRole('link', { name: quiz.title, exact: true }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
    const quizUrl = page.url();
    const facts = await page.getByRole('list', { name: 'About this quiz' }).innerText();
    assert.match(facts, new RegExp(`${count} questions\\s+Pass mark 80%\\s+Unlimited attempts`));
    await checkpoint(page, 'quiz-1-introduction');

    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('radio', { name: 'All on one page' }).click();
    for (const question of quiz.questions) await answer(page, question, false);
    await waitUntilSaved(page);
    await page.getByText(`${count} of ${count} answered`).waitFor();
    await checkpoint(page, 'quiz-2-answering');

    await page.reload();
    const [first] = quiz.questions;
    const firstWrong = first.options.find((option) => !option.correct);
    const kept = page.getByRole('radiogroup', { name: first.prompt, exact: true }).getByRole('radio', { name: firstWrong.text, exact: true });
    assert.ok(await kept.isChecked(), 'a saved answer is still chosen after a reload');
    await page.getByText(`${count} of ${count} answered`).waitFor();

    await submitAnswers(page, `You have answered all ${count} questions.`);
    await page.getByRole('heading', { level: 2, name: 'You did not pass this time' }).waitFor();
    assert.match(await page.locator('.result__score').innerText(), /Your score: 0%\. The pass mark is 80%\./);
    const reviews = page.getByRole('region', { name: 'Your answers' }).getByRole('article');
    assert.equal(await reviews.count(), count);
    assert.deepEqual(
      (await reviews.locator('h3').allInnerTexts()).map((heading) => heading.replace(/\s+/g, ' ')),
      quiz.questions.map((_question, index) => `Question ${index + 1} Incorrect`),
    );
    await checkpoint(page, 'quiz-3-failed-with-feedback');

    const review = page.getByRole('link', { name: /^Review the source passage for question \d+$/ }).first();
    const passageId = (await review.getAttribute('href')).split('#')[1];
    await review.click();
    // The learner has read no lesson yet: the course's disclosures come first, then the passage.
    await page.getByRole('region', { name: 'Disclosures' }).waitFor();
    await page.getByRole('button', { name: 'I have read the disclosures' }).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, passageId);
    assert.match(await page.locator(`[id="${passageId}"]`).getAttribute('class'), /passage--targeted/);
    await checkpoint(page, 'quiz-4-source-passage');

    await page.goBack();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Attempt 2', { exact: false }).first().waitFor();
    await page.getByRole('radio', { name: 'One at a time' }).click();
    for (let shown = 1; shown <= quiz.questions.length; shown += 1) {
      const prompt = (await page.locator('.question__prompt').innerText()).trim();
      await answer(page, quiz.questions.find((question) => question.prompt === prompt), true);
      if (shown < quiz.questions.length) await page.getByRole('button', { name: 'Next question' }).press('Enter');
    }
    await submitAnswers(page, `You have answered all ${count} questions.`);
    await page.getByRole('heading', { level: 2, name: 'You passed' }).waitFor();
    assert.match(await page.locator('.result__score').innerText(), /Your score: 100%/);
    await checkpoint(page, 'quiz-5-passed');
    assert.deepEqual(problems, []);
    await page.close();

    const adminSession = await openPage(browser, { width: 1280, height: 900 });
    const author = await openPage(browser, { width: 1280, height: 900 });
    await author.page.goto(`${platform.url}/`);
    const instructorId = await signUp(author.page, platform, instructor);
    await adminSession.page.goto(`${platform.url}/`);
    await callApi(adminSession.page, 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { id } } }', {
      email: admin.email,
      password: admin.password,
    });
    // Admins use their role only with two-factor sign-in on.
    await turnOnTwoFactorInPage(adminSession.page, platform);
    const makeInstructor = 'mutation ($userId: ID!) { setUserRoles(userId: $userId, roles: [LEARNER, INSTRUCTOR]) { id } }';
    await callApi(adminSession.page, makeInstructor, { userId: instructorId });
    await adminSession.page.close();

    await author.page.reload();
    await followMainLink(author.page, 'Authoring');
    await author.page.getByRole('link', { name: quiz.title, exact: true }).waitFor();
    await checkAccessibility(author.page, 'authoring home');
    await author.page.getByRole('link', { name: quiz.title, exact: true }).click();
    const item = author.page.getByRole('listitem').filter({ hasText: editedQuestion.prompt });
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByRole('textbox', { name: 'Question' }).fill(newPrompt);
    await checkpoint(author.page, 'quiz-6-editing-a-question');
    await item.getByRole('button', { name: 'Save question' }).click();
    await author.page.locator('.question-item__prompt', { hasText: newPrompt }).waitFor();

    await author.page.getByRole('button', { name: 'Publish version 2…' }).click();
    const confirm = author.page.getByRole('alertdialog', { name: 'Publish version 2?' });
    assert.deepEqual(await confirm.getByRole('listitem').allInnerTexts(), [`Changed 1 question: “${newPrompt}”`]);
    await checkpoint(author.page, 'quiz-7-publish-summary');
    await confirm.getByRole('button', { name: 'Publish' }).click();
    const published = author.page.getByRole('status').filter({ hasText: 'Version 2 is published' });
    await published.waitFor();
    assert.equal(
      (await published.innerText()).replace(/\s+/g, ' '),
      `Version 2 is published Compared with version 1: Changed 1 question: “${newPrompt}”`,
    );
    await checkpoint(author.page, 'quiz-8-published');

    await author.page.getByRole('link', { name: 'How the questions performed (item analysis)' }).click();
    await author.page.getByText('No attempt at this version has been graded yet.').waitFor();
    await author.page.getByRole('navigation', { name: 'Versions' }).getByRole('link', { name: '1', exact: true }).click();
    const rows = author.page.getByRole('region', { name: 'Questions' }).locator('tbody > tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), quiz.questions.length);
    assert.match(await rows.first().innerText(), /\t2\t50%\t/);
    await checkpoint(author.page, 'quiz-9-item-analysis');
    assert.deepEqual(author.problems, []);
    await author.page.close();

    // The next learner takes the quiz on a phone.
    const later = await openPage(browser, { width: 360, height: 740 });
    await later.page.goto(quizUrl);
    await signUp(later.page, platform, laterLearner);
    await later.page.reload();
    await later.page.getByRole('button', { name: 'Start the quiz' }).click();
    await later.page.getByRole('radio', { name: 'All on one page' }).click();
    await later.page.getByRole('radiogroup', { name: newPrompt, exact: true }).waitFor();
    assert.equal(await later.page.getByText(editedQuestion.prompt, { exact: true }).count(), 0);
    const pageWidth = await later.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 360, `the quiz is ${pageWidth} px wide on a 360 px phone`);
    await checkpoint(later.page, 'quiz-10-new-prompt-for-the-next-learner-on-a-phone');
    assert.deepEqual(later.problems, []);
    await later.page.close();
  });
});
