import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readQuizFile } from '@ptp/content';

export const courseSlug = 'botox-chronic-migraine';
export const courseTitle = 'Botulinum toxin for chronic migraine';
export const courseDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../../content/courses/${courseSlug}`);
const quizzesDir = path.join(courseDir, 'quizzes');

/** The answer the quiz file marks correct, as the API takes it. */
export function correctAnswer(question) {
  if (question.type === 'SHORT_TEXT') return { text: question.acceptedAnswers[0] };
  if (question.type === 'NUMERIC') {
    const answer = question.numericAnswer;
    return { number: 'value' in answer ? answer.value : answer.min };
  }
  return { optionTexts: question.options.filter((option) => option.correct).map((option) => option.text) };
}

/** Right answers of every quiz of the course, by quiz slug and then by prompt. */
export async function readRightAnswers() {
  const answers = {};
  for (const quiz of await readQuizzes()) {
    answers[quiz.slug] = Object.fromEntries(quiz.questions.map((question) => [question.prompt, correctAnswer(question)]));
  }
  return answers;
}

/** The course's quizzes in its order: module quizzes by their files' numbers, then the final exam. */
export async function readQuizzes() {
  const quizzes = [];
  for (const name of (await readdir(quizzesDir)).sort()) {
    const file = path.join(quizzesDir, name);
    quizzes.push(readQuizFile(file, await readFile(file, 'utf8')).quiz);
  }
  return quizzes;
}

/** A GraphQL request sent by the page with its own session, as the app itself would send it. */
export function graphqlAsPage(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const { data, errors } = await response.json();
      if (errors) throw new Error(errors.map(({ message }) => message).join(' '));
      return data;
    },
    { query, variables },
  );
}

/** Takes a quiz with the page's session, answering each question as `answersByPrompt` (from its quiz file) says. */
export async function passQuiz(page, quizId, answersByPrompt) {
  const { startQuizAttempt: attempt } = await graphqlAsPage(
    page,
    'mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id prompt options { id text } } } }',
    { quizId },
  );
  // The quiz file names the right options by text: each attempt shows them under ids of its own.
  const answers = attempt.questions.map(({ id, prompt, options }) => {
    const { optionTexts, ...answer } = answersByPrompt[prompt];
    const optionIds = optionTexts && options.filter((option) => optionTexts.includes(option.text)).map((option) => option.id);
    return { questionId: id, ...answer, ...(optionIds && { optionIds }) };
  });
  const { submitQuizAttempt } = await graphqlAsPage(
    page,
    'mutation ($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { score passed } }',
    { attemptId: attempt.id, answers },
  );
  return submitQuizAttempt;
}

/**
 * Completes every lesson, then passes every module quiz and the final exam, through the API with
 * the page's own session, as the learner's browser would.
 */
export async function completeCourse(page, rightAnswers) {
  const graphql = (query, variables) => graphqlAsPage(page, query, variables);
  const { course } = await graphql(
    'query ($slug: String!) { course(slug: $slug) { modules { lessons { id } quiz { id slug } } finalQuiz { id slug } } }',
    { slug: courseSlug },
  );
  for (const lesson of course.modules.flatMap((module) => module.lessons)) {
    await graphql('mutation ($id: ID!) { completeLesson(lessonId: $id) { completed } }', { id: lesson.id });
  }
  const grades = [];
  for (const quiz of [...course.modules.map((module) => module.quiz).filter(Boolean), course.finalQuiz]) {
    grades.push((await passQuiz(page, quiz.id, rightAnswers[quiz.slug])).passed);
  }
  const { course: finished } = await graphql('query ($slug: String!) { course(slug: $slug) { myProgress { status } } }', { slug: courseSlug });
  return { grades, status: finished.myProgress.status };
}

/**
 * The learner of `page` completes the shipped course with every answer right and accepts its
 * attestation, so an admin may issue the certificate; answers the learner's id.
 */
export async function completeAndAttest(page) {
  const { status } = await completeCourse(page, await readRightAnswers());
  if (status !== 'COMPLETE') throw new Error(`The course ended ${status}, not COMPLETE`);
  await graphqlAsPage(page, 'mutation ($slug: String!) { acceptAttestation(courseSlug: $slug) { acceptedAt } }', { slug: courseSlug });
  const { me } = await graphqlAsPage(page, '{ me { id } }');
  return me.id;
}
