import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { embeddedDatabaseUrl } from '../scripts/database-url.mjs';
import { signUpConfirmed } from './support/accounts.mjs';
import { adminToken } from './support/api.mjs';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.mjs';
import { PASSAGE, writeCourseFolder } from './support/course-folder.mjs';
import { startPlatform } from './support/server.mjs';

// Every payload, if it ever ran, would set window.__xss and open a dialog.
const RUN = 'window.__xss=1;alert(1)';
const PAYLOADS = {
  script: `<script>${RUN}</script>`,
  image: `<img src=x onerror="${RUN}">`,
  svg: `<svg onload="${RUN}"></svg>`,
  svgSlash: `<svg/onload=${RUN}>`,
  breakout: `"><script>${RUN}</script>`,
  quoteBreakout: `'><img src=x onerror=${RUN}>`,
  link: `<a href="javascript:${RUN}">click</a>`,
  iframe: `<iframe src="javascript:${RUN}"></iframe>`,
  template: `{{constructor.constructor('${RUN}')()}}`,
};

/** Markdown that the content checker lets through (it refuses raw HTML) but a careless renderer would turn into code. */
const LESSON_MARKDOWN = [
  `[Read the guideline](javascript:${RUN})`,
  `[Shouting](JAVASCRIPT:${RUN}) and [encoded](jav&#x61;script:${RUN})`,
  `![A picture](javascript:${RUN})`,
  `![Broken out](https://example.org/x.png" onerror="${RUN})`,
  `<javascript:${RUN}>`,
  `[By reference][evil] and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `\\${PAYLOADS.image} and ${PAYLOADS.svgSlash}`,
  `\`${PAYLOADS.script}\``,
  `[evil]: javascript:${RUN}`,
].join('\n\n');

const COURSE = {
  slug: 'xss-corpus',
  title: `Course ${PAYLOADS.image}`,
  summary: `Summary ${PAYLOADS.breakout} ${PAYLOADS.template}`,
  modules: [
    {
      slug: 'hostile',
      title: `Module ${PAYLOADS.svg}`,
      lessons: [{ slug: 'payloads', title: `Lesson ${PAYLOADS.svgSlash}`, markdown: LESSON_MARKDOWN }],
      quiz: {
        slug: 'hostile-quiz',
        title: `Quiz ${PAYLOADS.quoteBreakout}`,
        questions: [
          { id: 'first', prompt: 'Replaced by the instructor.', explanation: 'Replaced.', options: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B' }] },
        ],
      },
    },
  ],
};

const QUESTION = {
  type: 'SINGLE_CHOICE',
  prompt: `Prompt ${PAYLOADS.script}`,
  explanation: `Explanation ${PAYLOADS.iframe} ${PAYLOADS.link}`,
  passageAnchor: PASSAGE,
  options: [
    { id: 'a', text: `Option ${PAYLOADS.image}`, correct: true },
    { id: 'b', text: `Option ${PAYLOADS.breakout}`, correct: false },
  ],
};
const SECOND_QUESTION = { ...QUESTION, key: 'second', prompt: `Second ${PAYLOADS.svg}`, explanation: `Because ${PAYLOADS.quoteBreakout}` };
const HOSTILE_NAME = `Name ${PAYLOADS.image}`;
const admin = { email: 'admin@example.com', password: 'xss-test admin passphrase' };

/**
 * Names that try to change what a certificate says, as stored before names were checked (sign-up
 * refuses them now), and as the verify page must show them: written out, on one line, in order.
 */
const SPOOFING_NAMES = [
  { stored: 'Jo Bloggs\nhas completed Advanced Neurosurgery (40 credit hours)', shown: 'Jo Bloggs\\u000Ahas completed Advanced Neurosurgery (40 credit hours)' },
  { stored: `Jo \u202Esruoh tiderc 04\u202C ${PAYLOADS.image}`, shown: `Jo \\u202Esruoh tiderc 04\\u202C ${PAYLOADS.image}` },
  { stored: `Jo\u200BBloggs\u2067\u200F\r\n${PAYLOADS.script}`, shown: `Jo\\u200BBloggs\\u2067\\u200F\\u000D\\u000A${PAYLOADS.script}` },
];

async function graphql(url, token, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await response.json();
  assert.equal(errors, undefined, JSON.stringify(errors));
  return data;
}

describe('authored text and names render inert', () => {
  let content;
  let platform;
  let browser;
  const tokens = {};
  const ids = {};

  before(async () => {
    content = await writeCourseFolder(COURSE);
    platform = await startPlatform({ env: { CONTENT_DIR: content.dir, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } });
    // With two-factor on, as the admin role needs.
    tokens.admin = await adminToken(platform, admin);
    const password = 'a long enough password';
    const learner = await signUpConfirmed(platform, { email: 'learner@example.test', name: HOSTILE_NAME, password });
    const instructor = await signUpConfirmed(platform, { email: 'instructor@example.test', name: 'Ines Instructor', password });
    await graphql(platform.url, tokens.admin, 'mutation($userId: ID!) { setUserRoles(userId: $userId, roles: [INSTRUCTOR]) { id } }', {
      userId: instructor.user.id,
    });
    tokens.learner = learner.token;
    tokens.instructor = instructor.token;

    const { course } = await graphql(platform.url, null, `{ course(slug: "${COURSE.slug}") { modules { quiz { id } } } }`);
    ids.quiz = course.modules[0].quiz.id;
    const authored = await graphql(platform.url, tokens.instructor, '{ quizForAuthoring(id: "' + ids.quiz + '") { questions { id } } }');
    const authoring = { quizId: ids.quiz, questionId: authored.quizForAuthoring.questions[0].id };
    await graphql(platform.url, tokens.instructor, 'mutation($questionId: ID!, $input: QuestionInput!) { updateQuestion(questionId: $questionId, input: $input) { id } }', {
      questionId: authoring.questionId,
      input: QUESTION,
    });
    await graphql(platform.url, tokens.instructor, 'mutation($quizId: ID!, $input: NewQuestionInput!) { createQuestion(quizId: $quizId, input: $input) { id } }', {
      quizId: ids.quiz,
      input: SECOND_QUESTION,
    });
    await graphql(platform.url, tokens.instructor, 'mutation($quizId: ID!) { publishQuiz(quizId: $quizId) { version } }', { quizId: ids.quiz });
    const started = await graphql(platform.url, tokens.learner, 'mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }', { quizId: ids.quiz });
    ids.attempt = started.startQuizAttempt.id;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await platform?.stop();
    await content?.remove();
  });

  /** Opens the page as the account, waits for the texts to show literally, and checks nothing ran or was injected. */
  async function assertInert(name, address, account, texts, inspect = async () => {}) {
    const { page, problems } = await openPage(browser, { width: 1280, height: 900 });
    if (account) await page.context().addCookies([{ name: 'ptp_session', value: tokens[account], url: platform.url }]);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      return dialog.dismiss();
    });
    await page.goto(`${platform.url}${address}`);
    for (const text of texts) await page.getByText(text, { exact: false }).first().waitFor();
    const found = await page.evaluate(() => ({
      ran: window.__xss,
      injected: [
        ...document.querySelectorAll('script:not([src]), [onerror], [onload], [onclick], iframe, object, embed, img[src="x"], a[href^="javascript:" i], a[href^="data:" i]'),
      ].map((element) => element.outerHTML.slice(0, 120)),
    }));
    await inspect(page);
    await saveScreenshot(page, `xss-${name}`);
    await page.close();
    assert.deepEqual({ dialogs, ...found, problems }, { dialogs: [], ran: undefined, injected: [], problems: [] }, name);
  }

  test('the catalog and the course outline show hostile titles as text', async () => {
    await assertInert('catalog', '/', null, [COURSE.title, COURSE.summary]);
    await assertInert('outline', `/courses/${COURSE.slug}`, null, [COURSE.modules[0].title, COURSE.modules[0].lessons[0].title]);
  });

  test('a lesson renders hostile Markdown without a script, a handler or a javascript: link', async () => {
    await assertInert('lesson', `/courses/${COURSE.slug}/lessons/payloads`, null, [
      COURSE.modules[0].lessons[0].title,
      PAYLOADS.script,
      PAYLOADS.svgSlash,
      `[Read the guideline](javascript:${RUN})`,
    ]);
  });

  test('the quiz player, its review and the quiz editor show hostile questions as text', async () => {
    const quizAddress = `/courses/${COURSE.slug}/quizzes/${ids.quiz}`;
    await assertInert('quiz', quizAddress, 'learner', [COURSE.modules[0].quiz.title]);
    await assertInert('player', `${quizAddress}/attempts/${ids.attempt}`, 'learner', [QUESTION.prompt, QUESTION.options[0].text, QUESTION.options[1].text]);
    const shown = `{ attempt(id: "${ids.attempt}") { questions { id options { id text } } } }`;
    const questions = (await graphql(platform.url, tokens.learner, shown)).attempt.questions;
    // Each attempt has option ids of its own: the wrong option is found by its text.
    const wrong = (question) => question.options.find((option) => option.text === QUESTION.options[1].text).id;
    await graphql(platform.url, tokens.learner, 'mutation($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id } }', {
      attemptId: ids.attempt,
      answers: questions.map((question) => ({ questionId: question.id, optionIds: [wrong(question)] })),
    });
    await assertInert('review', `${quizAddress}/attempts/${ids.attempt}`, 'learner', [QUESTION.explanation, SECOND_QUESTION.prompt, SECOND_QUESTION.explanation]);
    await assertInert('editor', `/author/quizzes/${ids.quiz}`, 'instructor', [QUESTION.prompt, SECOND_QUESTION.prompt]);
  });

  test("the admin's list of users shows a hostile name as text", async () => {
    await assertInert('users', '/admin/users', 'admin', [HOSTILE_NAME]);
  });

  test('sign-up refuses each spoofing name with BAD_USER_INPUT', async () => {
    for (const [index, { stored }] of SPOOFING_NAMES.entries()) {
      const response = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }',
          variables: { input: { email: `spoof-${index}@example.test`, name: stored, password: 'Qv7-spoofing-check-passphrase' } },
        }),
      });
      const { errors } = await response.json();
      assert.equal(errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(stored));
    }
  });

  test('the verify page shows an older spoofing name written out, with no line break of its own, and runs nothing', async () => {
    const db = new pg.Client({ connectionString: await embeddedDatabaseUrl(platform.dataDir) });
    await db.connect();
    try {
      for (const [index, { stored, shown }] of SPOOFING_NAMES.entries()) {
        const { rows } = await db.query(
          `INSERT INTO app_user (email, name, password_hash, roles) VALUES ($1, $2, 'no-password', '{LEARNER}') RETURNING id`,
          [`older-${index}@example.test`, stored],
        );
        const issue = `mutation($userId: ID!) { issueCertificate(userId: $userId, courseSlug: "${COURSE.slug}", overrideReason: "Spoofing check") { code } }`;
        const { code } = (await graphql(platform.url, tokens.admin, issue, { userId: rows[0].id })).issueCertificate;
        await assertInert(`verify-spoofed-name-${index}`, `/verify/${code}`, null, [shown], async (page) => {
          // As rendered, with any line break the name itself made: only the box's own width may wrap it.
          const holder = await page.getByText(shown, { exact: true }).evaluate((element) => ({
            claim: element.closest('div')?.querySelector('dt')?.textContent,
            text: element.innerText,
          }));
          const claimed = await page.evaluate(() => document.body.innerText.split('\n').filter((line) => /^\s*has completed/i.test(line)));
          assert.deepEqual({ holder, claimed }, { holder: { claim: 'Holder', text: shown }, claimed: [] }, JSON.stringify(shown));
        });
      }
    } finally {
      await db.end();
    }
  });
});
