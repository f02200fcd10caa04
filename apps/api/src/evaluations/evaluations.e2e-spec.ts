import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { eventually, learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { statementsOf } from '../testing/statement-count';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const SUBMIT = `mutation($answers: [EvaluationAnswerInput!]!) { submitEvaluation(input: { courseSlug: "sample-course", answers: $answers }) { version submittedAt } }`;
const MINE = '{ courseEvaluation(courseSlug: "sample-course") { submittedAt } }';
const RESULTS = `query($version: Int) { courseEvaluationResults(courseSlug: "sample-course", version: $version) {
  courseSlug version responses
  items { itemId kind purpose answered ratings { value label count } meanRating yes no comments }
} }`;
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('course evaluations', () => {
  let api: TestApp;
  let instructor: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
  });
  afterAll(() => api.close());

  const stored = async () => Number((await api.dataSource.query(`SELECT count(*) FROM course_evaluation_answer`))[0].count);

  async function completedLearner(name: string): Promise<TestAccount> {
    const { learner, passFinalExam, progress } = await learnerBeforeFinalExam(api, name);
    await passFinalExam();
    await eventually(progress, (found) => found.status === 'COMPLETE');
    return learner;
  }

  it('refuses answers that need attention, each under its item, and stores nothing', async () => {
    const learner = await completedLearner('Dr Hasty Answers');
    const before = await stored();

    const refused = await api.graphql(SUBMIT, { answers: [{ itemId: 'objectives-met', rating: 6 }, { itemId: 'speaker', rating: 1 }] }, learner.token);

    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.fields).toEqual({
      'objectives-met': 'Choose a point from 1 to 5.',
      'free-of-bias': 'This question needs an answer.',
      speaker: 'The evaluation has no such question.',
    });
    expect(await stored()).toBe(before);
    expect((await api.graphql(MINE, {}, learner.token)).data!.courseEvaluation.submittedAt).toBeNull();
  });

  it('is submitted once per version', async () => {
    const learner = await completedLearner('Dr Once Only');
    const answers = [{ itemId: 'objectives-met', rating: 5 }, { itemId: 'free-of-bias', agreed: true }];

    const first = await api.graphql(SUBMIT, { answers }, learner.token);
    expect(first.data!.submitEvaluation).toEqual({ version: 1, submittedAt: expect.any(String) });
    expect((await api.graphql(MINE, {}, learner.token)).data!.courseEvaluation.submittedAt).toBe(first.data!.submitEvaluation.submittedAt);

    expect(codeOf(await api.graphql(SUBMIT, { answers }, learner.token))).toBe('ALREADY_EVALUATED');
  });

  describe('results, for instructors and admins', () => {
    let results: Record<string, any>;

    beforeAll(async () => {
      const version = (await api.graphql(RESULTS, {}, instructor.token)).data!.courseEvaluationResults.version;
      const evaluations = [
        [{ itemId: 'objectives-met', rating: 4 }, { itemId: 'free-of-bias', agreed: true }, { itemId: 'change', comment: 'Screen for medication overuse first.' }],
        [{ itemId: 'objectives-met', rating: 2 }, { itemId: 'free-of-bias', agreed: false }, { itemId: 'change', comment: 'Ask about headache days per month.' }],
      ];
      for (const [index, answers] of evaluations.entries()) {
        const learner = await completedLearner(`Dr Named Evaluator ${index}`);
        expect((await api.graphql(SUBMIT, { answers }, learner.token)).errors).toBeUndefined();
      }
      results = (await api.graphql(RESULTS, { version }, instructor.token)).data!.courseEvaluationResults;
    });

    it('aggregate each item over every learner who submitted, comments without names in alphabetical order', () => {
      const [rating, bias, change] = results.items;
      const responses = results.responses as number;
      expect(responses).toBeGreaterThanOrEqual(3);
      expect(rating.ratings.map((point: { count: number }) => point.count).reduce((a: number, b: number) => a + b)).toBe(responses);
      expect(rating.ratings.find((point: { value: number }) => point.value === 2).count).toBeGreaterThanOrEqual(1);
      expect(bias).toMatchObject({ kind: 'YES_NO', purpose: 'COMMERCIAL_BIAS', answered: responses });
      expect(bias.no).toBeGreaterThanOrEqual(1);
      expect(change.comments).toEqual([...change.comments].sort());
      expect(change.comments).toEqual(expect.arrayContaining(['Ask about headache days per month.', 'Screen for medication overuse first.']));
      expect(JSON.stringify(results)).not.toContain('Named Evaluator');
    });

    it('download as CSV, one row per point, answer and comment', async () => {
      const csv = await request(api.app.getHttpServer()).get('/reports/courses/sample-course/evaluation.csv').set('authorization', `Bearer ${instructor.token}`);

      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Course,Version,Responses,Item,Question,Kind,Answer,Learners');
      expect(lines).toContain(`sample-course,${results.version},${results.responses},free-of-bias,Was the content free of commercial bias?,YES_NO,No,${results.items[1].no}`);
      expect(lines.filter((line) => line.includes(',objectives-met,'))).toHaveLength(5);
      expect(lines.some((line) => line.endsWith('Screen for medication overuse first.,1'))).toBe(true);
      expect(csv.text).not.toContain('Named Evaluator');
    });

    it('are read in the same number of statements however many learners answered', async () => {
      const count = () => statementsOf(api.dataSource, () => api.graphql(RESULTS, {}, instructor.token));
      const before = await count();
      const learner = await completedLearner('Dr One More');
      await api.graphql(SUBMIT, { answers: [{ itemId: 'objectives-met', rating: 3 }, { itemId: 'free-of-bias', agreed: true }] }, learner.token);

      expect(await count()).toBe(before);
    });

    it('say NOT_FOUND for a version the course does not have', async () => {
      expect(codeOf(await api.graphql(RESULTS, { version: 99 }, instructor.token))).toBe('NOT_FOUND');
      const csv = await request(api.app.getHttpServer()).get('/reports/courses/sample-course/evaluation.csv?version=99').set('authorization', `Bearer ${instructor.token}`);
      expect(csv.status).toBe(404);
    });

    it('are refused to learners, on the page and as CSV', async () => {
      const learner = await createAccount(api.dataSource, ['LEARNER']);
      expect(codeOf(await api.graphql(RESULTS, {}, learner.token))).toBe('FORBIDDEN');
      const csv = await request(api.app.getHttpServer()).get('/reports/courses/sample-course/evaluation.csv').set('authorization', `Bearer ${learner.token}`);
      expect(csv.status).toBe(403);
    });
  });
});
