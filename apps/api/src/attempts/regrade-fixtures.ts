import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ContentImportService } from '../content-import/content-import.service';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

/** What regrade tests share: a quiz whose key turns out wrong, learners answering it, and the regrade's operations. */

export const PREVIEW = `query Preview($input: RegradeInput!) {
  regradePreview(input: $input) { mode questionKey keyVersion attemptsExamined attemptsOpen nowPassing nowFailing
    changes { attemptId learnerName learnerEmail attemptNumber quizVersion oldScore newScore oldPassed newPassed } } }`;
const REGRADE_FIELDS = `id quizId quizTitle mode questionKey keyVersion status requestedByName startedAt finishedAt
  attemptsTotal attemptsDone attemptsOpen resultsChanged nowPassing nowFailing`;
export const START_REGRADE = `mutation StartRegrade($input: RegradeInput!) { startRegrade(input: $input) { ${REGRADE_FIELDS} } }`;
export const REGRADE = `query Regrade($id: ID!) { regrade(id: $id) { ${REGRADE_FIELDS} } }`;
export const ATTEMPT = `query Attempt($id: ID!) { attempt(id: $id) { id score passed
  regrades { regradeId regradedAt mode reason oldScore newScore oldPassed newPassed }
  feedback { questionId correct credit correctOptionIds numericAnswer { min max } } } }`;
const START = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id } } }`;
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id score passed } }`;
const AUTHORED = `query Authored($id: ID!) { quizForAuthoring(id: $id) { id questions { id key } } }`;
const UPDATE = `mutation Update($questionId: ID!, $input: QuestionInput!) { updateQuestion(questionId: $questionId, input: $input) { id } }`;
const PUBLISH = `mutation Publish($quizId: ID!) { publishQuiz(quizId: $quizId) { version } }`;

/** The basics quiz of the fixture: "first-fact" (a or b; version 1 says a) and "points" (31 to 39); 80 passes, so both must be right. */
export interface BasicsAnswers {
  firstFact: 'a' | 'b' | null;
  points: number | null;
}

export interface RegradeQuiz {
  quizId: string;
  courseId: string;
}

let courses = 0;

export function regradeTestApp(): Promise<TestApp> {
  return createTestApp({ dataDir: mkdtempSync(path.join(tmpdir(), 'regrades-')) });
}

/** A course of its own, imported from the fixture under a new slug; answers its basics quiz. */
export async function freshQuiz(api: TestApp): Promise<RegradeQuiz> {
  const slug = `regrade-course-${process.pid}-${++courses}`;
  const root = mkdtempSync(path.join(tmpdir(), 'regrades-'));
  cpSync(path.join(fixturesRoot, 'courses/sample-course'), path.join(root, 'courses', slug), { recursive: true });
  const courseFile = path.join(root, 'courses', slug, 'course.yaml');
  writeFileSync(courseFile, readFileSync(courseFile, 'utf8').replace('slug: sample-course', `slug: ${slug}`));
  await new ContentImportService(api.dataSource).importRoot(root);
  const [quiz] = await api.dataSource.query(
    `SELECT q.id AS "quizId", q.course_id AS "courseId" FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.slug = $1 AND q.slug = 'basics-quiz'`,
    [slug],
  );
  return quiz;
}

export async function call(api: TestApp, account: TestAccount, operation: string, variables: Record<string, unknown>) {
  const { data, errors } = await api.graphql(operation, variables, account.token);
  if (errors) throw new Error(`${errors[0].extensions?.code}: ${errors[0].message}`);
  return Object.values(data!)[0];
}

/** Starts an attempt and leaves it open; answers its id. */
export async function openAttempt(api: TestApp, learner: TestAccount, quizId: string): Promise<string> {
  return (await call(api, learner, START, { quizId })).id;
}

/** The answers as the attempt's own option ids, as the learner would send them. */
export async function answersFor(api: TestApp, attemptId: string, answers: BasicsAnswers) {
  const [{ firstFact, points }] = await api.dataSource.query(
    `SELECT max(q.id::text) FILTER (WHERE q.key = 'first-fact') AS "firstFact", max(q.id::text) FILTER (WHERE q.key = 'points') AS points
       FROM quiz_attempt a JOIN question q ON q.quiz_version_id = a.quiz_version_id WHERE a.id = $1`,
    [attemptId],
  );
  const options = await optionsOfAttempt(api.dataSource, attemptId);
  return [
    ...(answers.firstFact ? [{ questionId: firstFact, optionIds: options.ids(firstFact, [answers.firstFact]) }] : []),
    ...(answers.points !== null ? [{ questionId: points, number: answers.points }] : []),
  ];
}

export async function submit(api: TestApp, learner: TestAccount, attemptId: string, answers: BasicsAnswers) {
  return api.graphql(SUBMIT, { attemptId, answers: await answersFor(api, attemptId, answers) }, learner.token);
}

/** A new learner with one graded attempt; answers the learner and the attempt's id. */
export async function gradedAttempt(api: TestApp, quizId: string, answers: BasicsAnswers, name?: string) {
  const learner = await createAccount(api.dataSource, ['LEARNER'], name);
  const attemptId = await openAttempt(api, learner, quizId);
  const { errors } = await submit(api, learner, attemptId, answers);
  if (errors) throw new Error(errors[0].message);
  return { learner, attemptId };
}

/** Publishes the next version with "first-fact" keyed b instead of a: the correction. */
export async function publishCorrectedKey(api: TestApp, instructor: TestAccount, quizId: string): Promise<void> {
  const quiz = await call(api, instructor, AUTHORED, { id: quizId });
  const firstFact = quiz.questions.find((question: { key: string }) => question.key === 'first-fact');
  await call(api, instructor, UPDATE, {
    questionId: firstFact.id,
    input: {
      type: 'SINGLE_CHOICE',
      prompt: 'Which is the first fact?',
      explanation: 'The source states the second fact first, on a closer reading.',
      passageAnchor: 'basics-1',
      options: [
        { id: 'a', text: 'The first fact', correct: false },
        { id: 'b', text: 'The second fact', correct: true },
      ],
    },
  });
  await call(api, instructor, PUBLISH, { quizId });
}

/** Polls the regrade as the editor's panel would, until its job has finished. */
export async function finishedRegrade(api: TestApp, instructor: TestAccount, regradeId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const regrade = await call(api, instructor, REGRADE, { id: regradeId });
    if (regrade.status === 'COMPLETE') return regrade;
    if (Date.now() > deadline) throw new Error(`The regrade did not finish within ${timeoutMs} ms: ${JSON.stringify(regrade)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function scoresOf(api: TestApp, attemptIds: string[]): Promise<Map<string, { score: number; passed: boolean }>> {
  const rows = await api.dataSource.query(`SELECT id, score::float8 AS score, passed FROM quiz_attempt WHERE id = ANY($1::uuid[])`, [attemptIds]);
  return new Map(rows.map((row: { id: string; score: number; passed: boolean }) => [row.id, { score: row.score, passed: row.passed }]));
}
