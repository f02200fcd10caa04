import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ContentImportService } from '../content-import/content-import.service';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const CHANGES = `changes { comparedWithVersion addedQuestions changedQuestions archivedQuestions reordered changedSettings }`;
const AUTHORED = `id version status publishedAt passingScore feedback
  questions { id key position type prompt explanation passageAnchor options { id text correct } numericAnswer { min max } acceptedAnswers }
  ${CHANGES}`;
const READ = `query Authored($id: ID!) { quizForAuthoring(id: $id) { ${AUTHORED} } }`;
const CREATE = `mutation Create($quizId: ID!, $input: NewQuestionInput!) {
  createQuestion(quizId: $quizId, input: $input) { ${AUTHORED} } }`;
const UPDATE = `mutation Update($questionId: ID!, $input: QuestionInput!) {
  updateQuestion(questionId: $questionId, input: $input) { ${AUTHORED} } }`;
const ARCHIVE = `mutation Archive($questionId: ID!) { archiveQuestion(questionId: $questionId) { ${AUTHORED} } }`;
const REORDER = `mutation Reorder($quizId: ID!, $questionIds: [ID!]!) {
  reorderQuestions(quizId: $quizId, questionIds: $questionIds) { ${AUTHORED} } }`;
const SETTINGS = `mutation Settings($quizId: ID!, $input: QuizSettingsInput!) {
  updateQuizSettings(quizId: $quizId, input: $input) { ${AUTHORED} } }`;
const PUBLISH = `mutation Publish($quizId: ID!) { publishQuiz(quizId: $quizId) { ${AUTHORED} } }`;
const START = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id prompt options { id text } } } }`;
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id score feedback { correctOptionIds } } }`;

const firstFact = {
  type: 'SINGLE_CHOICE',
  prompt: 'Which is the first fact?',
  explanation: 'The source states it first.',
  passageAnchor: 'basics-1',
  options: [
    { id: 'a', text: 'The first fact', correct: true },
    { id: 'b', text: 'The second fact', correct: false },
  ],
};

interface AuthoredQuestion {
  id: string;
  key: string;
  position: number;
  prompt: string;
}

describe('authoring quizzes', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let courses = 0;

  beforeAll(async () => {
    api = await createTestApp();
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
  });
  afterAll(() => api.close());

  /** A course of its own for each test, imported from the fixture under a new slug; returns its basics quiz. */
  async function freshQuiz(): Promise<string> {
    const slug = `sample-course-${++courses}`;
    const root = mkdtempSync(path.join(tmpdir(), 'quiz-authoring-'));
    cpSync(path.join(fixturesRoot, 'courses/sample-course'), path.join(root, 'courses', slug), { recursive: true });
    const courseFile = path.join(root, 'courses', slug, 'course.yaml');
    writeFileSync(courseFile, readFileSync(courseFile, 'utf8').replace('slug: sample-course', `slug: ${slug}`));
    await new ContentImportService(api.dataSource).importRoot(root);
    const [{ id }] = await api.dataSource.query(
      `SELECT q.id FROM quiz q JOIN course c ON c.id = q.course_id WHERE c.slug = $1 AND q.slug = 'basics-quiz'`,
      [slug],
    );
    return id;
  }

  async function as(account: TestAccount, operation: string, variables: Record<string, unknown>) {
    const { data, errors } = await api.graphql(operation, variables, account.token);
    expect(errors).toBeUndefined();
    return Object.values(data!)[0];
  }

  const author = (operation: string, variables: Record<string, unknown>) => as(instructor, operation, variables);

  it('shows instructors the published version, answers and explanations included, while there is no draft', async () => {
    const quiz = await author(READ, { id: await freshQuiz() });
    expect(quiz).toMatchObject({ version: 1, status: 'PUBLISHED', passingScore: 80, feedback: 'AFTER_SUBMIT', changes: null });
    expect(quiz.questions).toEqual([
      expect.objectContaining({ key: 'first-fact', position: 1, ...firstFact, numericAnswer: null, acceptedAnswers: [] }),
      expect.objectContaining({ key: 'points', type: 'NUMERIC', numericAnswer: { min: 31, max: 39 }, options: [] }),
    ]);
  });

  it('edits a draft copied from the published version, leaving the published rows exactly as they were', async () => {
    const quizId = await freshQuiz();
    const published = await author(READ, { id: quizId });
    const publishedRows = () =>
      api.dataSource.query(
        `SELECT question.* FROM question JOIN quiz ON quiz.published_version_id = question.quiz_version_id WHERE quiz.id = $1`,
        [quizId],
      );
    const before = await publishedRows();

    const reworded = { ...firstFact, prompt: 'Which fact comes first?' };
    const draft = await author(UPDATE, { questionId: published.questions[0].id, input: reworded });

    expect(draft).toMatchObject({ version: 2, status: 'DRAFT', publishedAt: null });
    expect(draft.changes).toMatchObject({ comparedWithVersion: 1, changedQuestions: ['first-fact'], addedQuestions: [] });
    expect(draft.questions.map((q: AuthoredQuestion) => [q.key, q.prompt])).toEqual([
      ['first-fact', 'Which fact comes first?'],
      ['points', 'How many points, at most?'],
    ]);
    expect(draft.questions.map((q: AuthoredQuestion) => q.id)).not.toContain(published.questions[0].id);
    expect(await publishedRows()).toEqual(before);
    expect((await author(READ, { id: quizId })).status).toBe('DRAFT');
  });

  it('refuses, in the database too, any change to a published question', async () => {
    await freshQuiz();
    await expect(
      api.dataSource.query(`UPDATE question SET prompt = 'changed' FROM quiz WHERE quiz.published_version_id = question.quiz_version_id`),
    ).rejects.toThrow('a published quiz version and its questions cannot be changed');
  });

  it.each([
    [
      'two correct options for single choice',
      { options: firstFact.options.map((option) => ({ ...option, correct: true })) },
      'A single-choice question needs exactly one correct option, not 2.',
    ],
    [
      'a numeric range upside down',
      { type: 'NUMERIC', options: null, numericAnswer: { min: 16, max: 15 } },
      "The range's min (16) is greater than its max (15).",
    ],
    [
      'a passage the course does not have',
      { passageAnchor: 'no-such-passage' },
      `The passage "no-such-passage" is not in the course's current source`,
    ],
  ])('refuses a question with %s, saying why, and makes no draft', async (_case, change, message) => {
    const quizId = await freshQuiz();
    const { errors } = await api.graphql(CREATE, { quizId, input: { ...firstFact, ...change } }, instructor.token);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain(message);
    const drafts = await api.dataSource.query(`SELECT 1 FROM quiz_version WHERE quiz_id = $1 AND status = 'DRAFT'`, [quizId]);
    expect(drafts).toEqual([]);
  });

  it('adds, reorders and archives questions, then publishes them as the next version with a summary of the changes', async () => {
    const quizId = await freshQuiz();
    const shortText = { type: 'SHORT_TEXT', prompt: 'Name the second fact.', explanation: 'It is the second.', passageAnchor: 'basics-2' };
    const added = await author(CREATE, { quizId, input: { ...shortText, key: 'name-second', acceptedAnswers: ['second fact'] } });
    const [first, points, nameSecond] = added.questions;
    expect(nameSecond).toMatchObject({ key: 'name-second', position: 3, acceptedAnswers: ['second fact'] });

    const reordered = await author(REORDER, { quizId, questionIds: [nameSecond.id, first.id, points.id] });
    const keysInOrder = (quiz: { questions: AuthoredQuestion[] }) => quiz.questions.map((q) => [q.key, q.position]);
    expect(keysInOrder(reordered)).toEqual([['name-second', 1], ['first-fact', 2], ['points', 3]]);
    const archived = await author(ARCHIVE, { questionId: points.id });
    expect(keysInOrder(archived)).toEqual([['name-second', 1], ['first-fact', 2]]);
    await author(SETTINGS, { quizId, input: { passingScore: 50, maxAttempts: null } });

    const published = await author(PUBLISH, { quizId });
    expect(published).toMatchObject({ version: 2, status: 'PUBLISHED', passingScore: 50 });
    expect(published.publishedAt).not.toBeNull();
    expect(published.changes).toEqual({
      comparedWithVersion: 1,
      addedQuestions: ['name-second'],
      changedQuestions: [],
      archivedQuestions: ['points'],
      reordered: false,
      changedSettings: ['passingScore', 'maxAttempts'],
    });
    const learner = await createAccount(api.dataSource);
    const attempt = await as(learner, START, { quizId });
    expect(attempt.questions.map((q: { prompt: string }) => q.prompt)).toEqual(['Name the second fact.', 'Which is the first fact?']);

    const again = await api.graphql(PUBLISH, { quizId }, instructor.token);
    expect(again.errors![0].message).toBe('There are no unpublished changes; edit a question or a setting first.');
  });

  it('refuses to publish a draft that is the same as the published version, or draws more questions than it has', async () => {
    const quizId = await freshQuiz();
    await author(SETTINGS, { quizId, input: { passingScore: 80 } });
    const unchanged = await api.graphql(PUBLISH, { quizId }, instructor.token);
    expect(unchanged.errors![0].message).toBe('The draft is the same as version 1; there is nothing to publish.');
    await author(SETTINGS, { quizId, input: { drawCount: 5 } });
    const tooMany = await api.graphql(PUBLISH, { quizId }, instructor.token);
    expect(tooMany.errors![0].message).toContain('The quiz draws 5 questions per attempt but has only 2');
  });

  it('keeps grades already given and open attempts as they were when a question changes and is published', async () => {
    const quizId = await freshQuiz();
    const graded = await createAccount(api.dataSource);
    const answering = await createAccount(api.dataSource);
    const gradedAttempt = await as(graded, START, { quizId });
    const firstAnswer = async (attempt: { id: string; questions: { id: string }[] }) =>
      (await optionsOfAttempt(api.dataSource, attempt.id)).answers([{ questionId: attempt.questions[0].id, optionIds: ['a'] }]);
    const before = await as(graded, SUBMIT, { attemptId: gradedAttempt.id, answers: await firstAnswer(gradedAttempt) });
    const openAttempt = await as(answering, START, { quizId });

    const published = await author(READ, { id: quizId });
    const options = firstFact.options.map((option) => ({ ...option, text: `${option.text}!`, correct: !option.correct }));
    await author(UPDATE, { questionId: published.questions[0].id, input: { ...firstFact, prompt: 'Reworded?', options } });
    expect((await author(PUBLISH, { quizId })).version).toBe(2);

    const after = await as(graded, `query Read($id: ID!) { attempt(id: $id) { id score feedback { correctOptionIds } } }`, {
      id: gradedAttempt.id,
    });
    expect(after).toEqual(before);
    const [shownA] = (await firstAnswer(gradedAttempt))[0].optionIds;
    expect(before).toMatchObject({ score: 50, feedback: [{ correctOptionIds: [shownA] }, { correctOptionIds: null }] });
    const reloaded = await as(answering, START, { quizId });
    expect(reloaded).toEqual(openAttempt);
    expect((await as(answering, SUBMIT, { attemptId: openAttempt.id, answers: await firstAnswer(openAttempt) })).score).toBe(50);
    const newcomer = await createAccount(api.dataSource);
    expect((await as(newcomer, START, { quizId })).questions[0].prompt).toBe('Reworded?');
  });

  it('refuses authoring to learners and asks anonymous visitors to sign in', async () => {
    const quizId = await freshQuiz();
    const learner = await createAccount(api.dataSource);
    const questionId = (await author(READ, { id: quizId })).questions[0].id;
    const operations: [string, Record<string, unknown>][] = [
      [READ, { id: quizId }],
      [CREATE, { quizId, input: firstFact }],
      [UPDATE, { questionId, input: firstFact }],
      [ARCHIVE, { questionId }],
      [REORDER, { quizId, questionIds: [questionId] }],
      [SETTINGS, { quizId, input: { passingScore: 10 } }],
      [PUBLISH, { quizId }],
    ];
    for (const [operation, variables] of operations) {
      expect((await api.graphql(operation, variables, learner.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await api.graphql(operation, variables)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const [{ versions }] = await api.dataSource.query(`SELECT count(*)::int AS versions FROM quiz_version WHERE quiz_id = $1`, [quizId]);
    expect(versions).toBe(1);
  });
});
