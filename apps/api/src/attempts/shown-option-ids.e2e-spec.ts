import { ContentImportService } from '../content-import/content-import.service';
import { ShownOptionIds1765200000000 } from '../database/migrations/1765200000000-shown-option-ids';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { questionPool } from './attempt-questions';
import { drawQuestions, type DrawnOrder } from './question-draw';

const ATTEMPT = `id questions { id type options { id text } } savedAnswers { questionId optionIds }
  feedback { questionId correctOptionIds }`;
const START = `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT} } }`;
const SAVE = `mutation($attemptId: ID!, $answers: [AnswerInput!]!) { saveQuizAnswers(attemptId: $attemptId, answers: $answers) { ${ATTEMPT} } }`;
const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { ${ATTEMPT} } }`;
const READ = `query($id: ID!) { attempt(id: $id) { ${ATTEMPT} } }`;

/** The ids the fixture's quiz files give their options. */
const AUTHORED_IDS = ['a', 'b', 'c', 'true', 'false'];
/** Attempts in the test of what ids reveal: a fair coin lands outside 15 to 45 of 60 about once in 10,000 runs. */
const ATTEMPTS = 60;

interface Question {
  id: string;
  type: string;
  options: { id: string; text: string }[];
}

interface Attempt {
  id: string;
  questions: Question[];
  savedAnswers: { questionId: string; optionIds: string[] | null }[];
  feedback: { questionId: string; correctOptionIds: string[] | null }[] | null;
}

const optionIdsOf = (attempt: Attempt) => attempt.questions.flatMap((question) => question.options.map((option) => option.id));

describe("each attempt's own option ids", () => {
  let api: TestApp;
  let quizIds: Record<'basics' | 'final', string>;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    const rows: { id: string; slug: string }[] = await api.dataSource.query(`SELECT id, slug FROM quiz`);
    quizIds = { basics: rows.find((row) => row.slug === 'basics-quiz')!.id, final: rows.find((row) => row.slug === 'final-exam')!.id };
  });
  afterAll(() => api.close());

  async function call(operation: string, variables: Record<string, unknown>, learner: TestAccount): Promise<Attempt> {
    const { data, errors } = await api.graphql(operation, variables, learner.token);
    expect(errors).toBeUndefined();
    return Object.values(data!)[0] as Attempt;
  }

  const savedAnswerCount = async (attemptId: string) =>
    (await api.dataSource.query(`SELECT count(*)::int AS count FROM attempt_answer WHERE attempt_id = $1`, [attemptId]))[0].count;

  it('differ between attempts and between learners, and are never the ids of the quiz file', async () => {
    const attempts: Attempt[] = [];
    for (const learner of [await createAccount(api.dataSource), await createAccount(api.dataSource)]) {
      for (const quizId of Object.values(quizIds)) {
        const first = await call(START, { quizId }, learner);
        await call(SUBMIT, { attemptId: first.id, answers: [] }, learner);
        attempts.push(first, await call(START, { quizId }, learner));
      }
    }
    const ids = attempts.flatMap(optionIdsOf);
    expect(ids.length).toBeGreaterThan(attempts.length * 2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[\w-]{16}$/.test(id) && !AUTHORED_IDS.includes(id))).toBe(true);
  });

  it('say nothing of which option is correct by how they sort, even when options are not shuffled', async () => {
    let correctIsSmallestId = 0;
    const trueIsSmallestId: boolean[] = [];
    const smallestId = (question: Question) => question.options.map((option) => option.id).sort()[0];
    for (let round = 0; round < ATTEMPTS; round += 1) {
      const learner = await createAccount(api.dataSource);
      const basics = await call(START, { quizId: quizIds.basics }, learner);
      const [firstFact] = basics.questions;
      const [correctId] = (await optionsOfAttempt(api.dataSource, basics.id)).ids(firstFact.id, ['a']);
      if (correctId === smallestId(firstFact)) correctIsSmallestId += 1;
      const trueFalse = (await call(START, { quizId: quizIds.final }, learner)).questions.find((question) => question.type === 'TRUE_FALSE');
      if (trueFalse) trueIsSmallestId.push(trueFalse.options.find((option) => option.text === 'True')!.id === smallestId(trueFalse));
    }
    expect(correctIsSmallestId).toBeGreaterThanOrEqual(15);
    expect(correctIsSmallestId).toBeLessThanOrEqual(45);
    // The final exam draws its true/false question in about 40 of the 60 attempts.
    expect(trueIsSmallestId.length).toBeGreaterThanOrEqual(20);
    const share = trueIsSmallestId.filter(Boolean).length / trueIsSmallestId.length;
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.8);
  });

  it("come in an order that the attempt's id does not give away", async () => {
    const [rules] = await api.dataSource.query(
      `SELECT v.id, v.draw_count AS "drawCount", v.shuffle_questions AS "shuffleQuestions", v.shuffle_options AS "shuffleOptions"
         FROM quiz q JOIN quiz_version v ON v.id = q.published_version_id WHERE q.id = $1`,
      [quizIds.final],
    );
    const pool = await questionPool(api.dataSource, rules.id);
    let predicted = 0;
    for (let round = 0; round < 20; round += 1) {
      const attempt = await call(START, { quizId: quizIds.final }, await createAccount(api.dataSource));
      const [{ questions }] = await api.dataSource.query(`SELECT questions FROM quiz_attempt WHERE id = $1`, [attempt.id]);
      const stored = questions.map(({ questionId, optionIds }: DrawnOrder) => ({ questionId, optionIds }));
      if (JSON.stringify(drawQuestions(attempt.id, pool, rules)) === JSON.stringify(stored)) predicted += 1;
    }
    // A draw seeded by the attempt's id matched every time; a secret seed matches about one time in fourteen.
    expect(predicted).toBeLessThan(8);
  });

  it("show in a later attempt none of the ids an earlier attempt's feedback named", async () => {
    const learner = await createAccount(api.dataSource);
    const first = await call(START, { quizId: quizIds.basics }, learner);
    const graded = await call(SUBMIT, { attemptId: first.id, answers: [] }, learner);
    const named = graded.feedback!.flatMap((item) => item.correctOptionIds ?? []);
    expect(named).toHaveLength(1);
    expect(optionIdsOf(first)).toContain(named[0]);
    expect(optionIdsOf(await call(START, { quizId: quizIds.basics }, learner))).not.toContain(named[0]);
  });

  it('stay the same while an attempt is saved, reloaded and reviewed', async () => {
    const learner = await createAccount(api.dataSource);
    const started = await call(START, { quizId: quizIds.basics }, learner);
    const [firstFact] = started.questions;
    const chosen = firstFact.options.find((option) => option.text === 'The first fact')!.id;
    const saved = await call(SAVE, { attemptId: started.id, answers: [{ questionId: firstFact.id, optionIds: [chosen] }] }, learner);
    const reloaded = await call(READ, { id: started.id }, learner);
    expect(reloaded.questions).toEqual(started.questions);
    expect(reloaded.savedAnswers).toEqual(saved.savedAnswers);
    expect(reloaded.savedAnswers).toEqual([{ questionId: firstFact.id, optionIds: [chosen] }]);
    const reviewed = await call(SUBMIT, { attemptId: started.id, answers: [] }, learner);
    expect(reviewed.feedback![0].correctOptionIds).toEqual([chosen]);
    expect(reviewed.savedAnswers).toEqual([{ questionId: firstFact.id, optionIds: [chosen] }]);
  });

  it.each([
    ["the quiz file's id", () => 'a'],
    ["the id another learner's attempt shows for the same option", (other: Attempt) => other.questions[0].options[0].id],
  ])('refuses %s with BAD_USER_INPUT and keeps nothing of the request', async (_case, foreignId) => {
    const [learner, other] = [await createAccount(api.dataSource), await createAccount(api.dataSource)];
    const attempt = await call(START, { quizId: quizIds.basics }, learner);
    const [firstFact, points] = attempt.questions;
    const answers = [{ questionId: points.id, number: 35 }, { questionId: firstFact.id, optionIds: [foreignId(await call(START, { quizId: quizIds.basics }, other))] }];
    for (const operation of [SAVE, SUBMIT]) {
      const { errors } = await api.graphql(operation, { attemptId: attempt.id, answers }, learner.token);
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toMatch(/^Nothing was saved\. Question 1 has no option "/);
    }
    expect(await savedAnswerCount(attempt.id)).toBe(0);
  });

  it('are given to attempts started before attempts had their own, keeping the answers saved', async () => {
    const learner = await createAccount(api.dataSource);
    const started = await call(START, { quizId: quizIds.basics }, learner);
    const [firstFact] = started.questions;
    const right = firstFact.options.find((option) => option.text === 'The first fact')!.id;
    await call(SAVE, { attemptId: started.id, answers: [{ questionId: firstFact.id, optionIds: [right] }] }, learner);
    await api.dataSource.query(
      `UPDATE quiz_attempt SET questions = (SELECT jsonb_agg(q - 'shownOptionIds') FROM jsonb_array_elements(questions) q) WHERE id = $1`,
      [started.id],
    );
    const runner = api.dataSource.createQueryRunner();
    await new ShownOptionIds1765200000000().up(runner);
    await runner.release();

    const migrated = await call(READ, { id: started.id }, learner);
    const ids = optionIdsOf(migrated);
    expect(ids.every((id) => !AUTHORED_IDS.includes(id) && !optionIdsOf(started).includes(id))).toBe(true);
    const rightNow = migrated.questions[0].options.find((option) => option.text === 'The first fact')!.id;
    expect(migrated.savedAnswers).toEqual([{ questionId: firstFact.id, optionIds: [rightNow] }]);
  });
});
