import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { signUpConfirmed } from './support/accounts.mjs';
import { checkpoint, openPage } from './support/browser.mjs';
import { platformAndBrowser } from './support/journey.mjs';
import { pressUntilFocused } from './support/keyboard.mjs';
import { appCode, turnOnTwoFactorByApi } from './support/two-factor.mjs';

const courseTitle = 'Botulinum toxin for chronic migraine';
// The platform creates this first admin on its empty database.
const admin = { name: 'Administrator', email: 'admin@example.com', password: 'browser-test admin passphrase' };
const learner = { name: 'Ama Mensah', email: 'ama.mensah@example.com', password: 'keyboard only passphrase' };
const colleague = { name: 'Kofi Boateng', email: 'kofi.boateng@example.com', password: 'another keyboard passphrase' };
// The course's final exam, as it ships: 10 questions drawn from its pool, 20 minutes, every type of question.
const examFile = new URL('../content/courses/botox-chronic-migraine/quizzes/final-exam.yaml', import.meta.url);
const exam = parse(await readFile(examFile, 'utf8'));

function siteHeader(page) {
  return page.locator('.site-header');
}

/** Fills in and sends the sign-in form the page shows, with keys only. */
/** `code`: the authenticator app's code, for an account with two-factor sign-in on. */
async function signInWithKeys(page, { name, email, password }, code) {
  await pressUntilFocused(page, page.getByLabel('Email'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  if (code) {
    // The code field takes focus as it appears.
    await page.getByLabel('Code', { exact: true }).waitFor();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  }
  await siteHeader(page).getByText(name).waitFor();
}

/** Whether `locator` is where keyboard focus is. */
function hasFocus(locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Gives the right answer to the question shown, reaching and choosing with keys only. */
async function answerWithKeys(page) {
  const prompt = oneLine(await page.locator('.question__prompt').innerText());
  const question = exam.questions.find((candidate) => oneLine(candidate.prompt) === prompt);
  assert.ok(question, `the exam file has the question “${prompt}”`);
  switch (question.type) {
    case 'single-choice':
    case 'true-false': {
      const group = page.getByRole('radiogroup', { name: prompt, exact: true });
      const choices = (await group.getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.closest('label').textContent))).map(oneLine);
      const right = choices.findIndex((text) =>
        question.type === 'true-false' ? (text === 'True') === question.answer : question.options.some((option) => option.correct && option.text === text),
      );
      // Tab enters a group with nothing chosen at its first choice; Space chooses it, and each arrow key moves down and chooses.
      await pressUntilFocused(page, group);
      if (right === 0) await page.keyboard.press('Space');
      for (let moves = 0; moves < right; moves++) await page.keyboard.press('ArrowDown');
      assert.ok(await group.getByRole('radio', { name: choices[right], exact: true }).isChecked(), `“${choices[right]}” is chosen`);
      return;
    }
    case 'multiple-choice': {
      const boxes = page.getByRole('group', { name: prompt, exact: true }).getByRole('checkbox');
      for (const box of await boxes.all()) {
        await pressUntilFocused(page, box);
        const text = oneLine(await box.evaluate((input) => input.closest('label').textContent));
        const right = question.options.some((option) => option.correct && option.text === text);
        if (right) await page.keyboard.press('Space');
        assert.equal(await box.isChecked(), right, `“${text}” is ${right ? '' : 'not '}ticked`);
      }
      return;
    }
    case 'numeric':
    case 'short-text': {
      const field = page.getByLabel(prompt, { exact: true });
      const text = question.type === 'numeric' ? String(question.answer.value ?? question.answer.min) : question.acceptedAnswers[0];
      await pressUntilFocused(page, field);
      await page.keyboard.type(text);
      assert.equal(await field.inputValue(), text);
      return;
    }
    default:
      assert.fail(`no way to answer a ${question.type} question`);
  }
}

describe('the keyboard alone', () => {
  const running = platformAndBrowser({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });

  test('a learner signs in, takes the timed final exam one question at a time, submits and reads the result, never using the mouse', async () => {
    const { platform, browser } = running;
    await signUpConfirmed(platform, learner);
    const { page, problems } = await openPage(browser, { width: 1280, height: 900 });
    // The page's clock runs as usual, and can be moved on to where the exam's time announcements are.
    await page.clock.install();
    await page.goto(`${platform.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();

    await pressUntilFocused(page, siteHeader(page).getByRole('link', { name: 'Sign in' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await checkpoint(page, 'keyboard-1-sign-in');
    await signInWithKeys(page, learner);

    await pressUntilFocused(page, page.getByRole('link', { name: courseTitle }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: courseTitle }).waitFor();
    await pressUntilFocused(page, page.getByRole('link', { name: exam.title }));
    await page.keyboard.press('Enter');
    const start = page.getByRole('button', { name: 'Start the quiz' });
    await pressUntilFocused(page, start);
    await page.keyboard.press('Space');

    const progress = page.getByRole('status').filter({ hasText: /answered$/ });
    await progress.filter({ hasText: 'Question 1 of 10, 0 of 10 answered' }).waitFor();
    const timeAnnouncement = page.getByRole('status').filter({ hasText: /left\.$/ });
    await timeAnnouncement.filter({ hasText: /^Less than 20 minutes left\.$/ }).waitFor();
    await checkpoint(page, 'keyboard-2-quiz-player');

    for (let number = 1; number <= 10; number++) {
      const heading = page.getByRole('heading', { level: 2, name: `Question ${number} of 10` });
      await heading.waitFor();
      if (number > 1) {
        assert.ok(await hasFocus(heading), `focus moved to the heading of question ${number}, which a screen reader reads out`);
        assert.equal(await progress.innerText(), `Question ${number} of 10, ${number - 1} of 10 answered`);
      }
      await answerWithKeys(page);
      if (number < 10) {
        await pressUntilFocused(page, page.getByRole('button', { name: 'Next question' }));
        // A typed answer counts once focus leaves its field: the page is checked once it has.
        if (number === 5) {
          await progress.filter({ hasText: 'Question 5 of 10, 5 of 10 answered' }).waitFor();
          await checkpoint(page, 'keyboard-3-answering');
          await pressUntilFocused(page, page.getByRole('button', { name: 'Next question' }));
        }
        await page.keyboard.press('Enter');
      }
    }
    const submit = page.getByRole('button', { name: 'Submit answers…' });
    await pressUntilFocused(page, submit);
    // A number counts as given once focus leaves its field.
    await progress.filter({ hasText: 'Question 10 of 10, 10 of 10 answered' }).waitFor();

    // Five minutes on, the clock passes a mark and the announcement changes; the seconds in between stay quiet.
    await page.clock.fastForward('05:00');
    await timeAnnouncement.filter({ hasText: 'Less than 15 minutes left.' }).waitFor();
    assert.match(await page.locator('.quiz-timer__clock').innerText(), /^Time left 14:\d\d$/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Submit your answers?' });
    await dialog.getByText('You have answered all 10 questions.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(submit), 'Escape closes the dialog and gives focus back to the button that opened it');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await checkpoint(page, 'keyboard-4-submit-dialog');
    await pressUntilFocused(page, dialog.getByRole('button', { name: 'Submit answers', exact: true }));
    await page.keyboard.press('Enter');

    const result = page.getByRole('heading', { level: 2, name: 'You passed' });
    await result.waitFor();
    assert.ok(await hasFocus(result), 'focus moves to the result, which a screen reader reads out');
    assert.match(await page.locator('.result__score').innerText(), /^Your score: 100%\./);
    await checkpoint(page, 'keyboard-5-result');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('an admin finds a colleague’s account and gives it the instructor role, never using the mouse', async () => {
    const { platform, browser } = running;
    await signUpConfirmed(platform, colleague);
    const { page, problems } = await openPage(browser, { width: 1280, height: 900 });
    // Admins use their role only with two-factor sign-in on: the code is typed too.
    const { secret } = await turnOnTwoFactorByApi(platform, admin);
    await page.goto(`${platform.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signInWithKeys(page, admin, await appCode(secret, 1));
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();

    await pressUntilFocused(page, page.getByRole('searchbox', { name: 'Search by name or email' }));
    await page.keyboard.type('boateng');
    await page.getByText('1 account shown.').waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: colleague.name }) });
    const instructor = row.getByRole('checkbox', { name: 'Instructor' });
    await pressUntilFocused(page, instructor);
    await page.keyboard.press('Space');
    assert.ok(await instructor.isChecked());
    await pressUntilFocused(page, row.getByRole('button', { name: `Save roles of ${colleague.name}` }));
    await page.keyboard.press('Enter');
    await row.getByRole('status').filter({ hasText: `Saved: ${colleague.name} has the Learner and Instructor roles.` }).waitFor();
    await checkpoint(page, 'keyboard-6-admin-saved-roles');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
