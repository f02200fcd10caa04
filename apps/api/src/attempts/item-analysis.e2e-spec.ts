import { ContentImportService } from '../content-import/content-import.service';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const START = `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id } } }`;
const SUBMIT = `mutation($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { score } }`;
const ANALYSIS = `query($quizId: ID!) { itemAnalysis(quizId: $quizId) {
  version attempts
  questions { key attempts shareCorrect discrimination upperLowerIndex flags options { optionId correct chosenShare upperChosenShare lowerChosenShare } }
} }`;

/** One learner's answers to the basics quiz: the first fact (option a is right) and the points (31 to 39). */
type Answers = { option: 'a' | 'b'; points: number };

describe('item analysis of a quiz', () => {
  let api: TestApp;
  let quizId: string;

  beforeEach(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
  });
  afterEach(() => api.close());

  async function cohortAnswers(cohort: Answers[]): Promise<void> {
    for (const answers of cohort) {
      const learner = await createAccount(api.dataSource);
      const attempt = (await api.graphql(START, { quizId }, learner.token)).data!.startQuizAttempt;
      const [firstFact, points] = attempt.questions;
      const chosen = (await optionsOfAttempt(api.dataSource, attempt.id)).ids(firstFact.id, [answers.option]);
      const { errors } = await api.graphql(
        SUBMIT,
        { attemptId: attempt.id, answers: [{ questionId: firstFact.id, optionIds: chosen }, { questionId: points.id, number: answers.points }] },
        learner.token,
      );
      expect(errors).toBeUndefined();
    }
  }

  async function analysis() {
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const { data, errors } = await api.graphql(ANALYSIS, { quizId }, instructor.token);
    expect(errors).toBeUndefined();
    return data!.itemAnalysis;
  }

  it('reports share correct, discrimination and how often each option was chosen', async () => {
    await cohortAnswers([
      ...Array(8).fill({ option: 'a', points: 35 }),
      ...Array(4).fill({ option: 'b', points: 10 }),
      ...Array(3).fill({ option: 'b', points: 33 }),
    ]);
    const result = await analysis();
    expect(result).toMatchObject({ version: 1, attempts: 15 });
    const [firstFact, points] = result.questions;
    expect(firstFact).toMatchObject({ key: 'first-fact', attempts: 15, flags: [] });
    expect(firstFact.shareCorrect).toBeCloseTo(8 / 15);
    expect(firstFact.discrimination).toBeGreaterThan(0.5);
    expect(firstFact.upperLowerIndex).toBeCloseTo(1);
    expect(firstFact.options).toEqual([
      { optionId: 'a', correct: true, chosenShare: 8 / 15, upperChosenShare: 1, lowerChosenShare: 0 },
      { optionId: 'b', correct: false, chosenShare: 7 / 15, upperChosenShare: 0, lowerChosenShare: 1 },
    ]);
    expect(points.shareCorrect).toBeCloseTo(11 / 15);
  });

  it('flags a question that the learners who do best elsewhere get wrong', async () => {
    await cohortAnswers([...Array(6).fill({ option: 'a', points: 10 }), ...Array(6).fill({ option: 'b', points: 35 })]);
    const [firstFact] = (await analysis()).questions;
    expect(firstFact.discrimination).toBeCloseTo(-1);
    expect(firstFact.flags).toContain('MISLEADS_STRONG_LEARNERS');
  });

  it('says NOT_FOUND for a quiz that does not exist', async () => {
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const { errors } = await api.graphql(ANALYSIS, { quizId: '00000000-0000-4000-8000-000000000000' }, instructor.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
