import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const START = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id options { id text } } } }`;
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id status score } }`;

type Question = { id: string; options: { id: string; text: string }[] };

/** The basics quiz's first question answered right, by the id the attempt shows. */
const firstFactRight = ({ id, options }: Question) => ({ questionId: id, optionIds: [options.find((o) => o.text === 'The first fact')!.id] });

/** The codes of the errors in a batch of responses, counted; a success counts as OK. */
function outcomes(responses: { errors?: { extensions?: { code?: string } }[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const response of responses) {
    const code = response.errors?.[0]?.extensions?.code ?? 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

describe('attempts under concurrent requests', () => {
  let api: TestApp;
  let quizId: string;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
  });
  afterAll(() => api.close());

  const attemptRows = (learner: TestAccount) =>
    api.dataSource.query(`SELECT status, attempt_number AS "attemptNumber" FROM quiz_attempt WHERE user_id = $1 ORDER BY attempt_number`, [
      learner.id,
    ]);

  it('grades an attempt submitted 200 times at once exactly once, refusing the other 199', async () => {
    const learner = await createAccount(api.dataSource);
    const { data } = await api.graphql(START, { quizId }, learner.token);
    const attempt = data!.startQuizAttempt;
    const answers = [firstFactRight(attempt.questions[0])];

    const responses = await Promise.all(
      Array.from({ length: 200 }, () => api.graphql(SUBMIT, { attemptId: attempt.id, answers }, learner.token)),
    );

    expect(outcomes(responses)).toEqual({ OK: 1, ATTEMPT_ALREADY_SUBMITTED: 199 });
    const [row] = await api.dataSource.query(`SELECT status, score::float8 AS score FROM quiz_attempt WHERE id = $1`, [attempt.id]);
    expect(row).toEqual({ status: 'SUBMITTED', score: 50 });
  });

  it('opens one attempt when a learner starts the same quiz 50 times at once', async () => {
    const learner = await createAccount(api.dataSource);
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.graphql(START, { quizId }, learner.token)));
    expect(outcomes(responses)).toEqual({ OK: 50 });
    expect(new Set(responses.map((response) => response.data!.startQuizAttempt.id)).size).toBe(1);
    expect(await attemptRows(learner)).toEqual([{ status: 'IN_PROGRESS', attemptNumber: 1 }]);
  });

  it('makes exactly 3 attempts when 50 start-and-submit loops race against a limit of 3', async () => {
    const learner = await createAccount(api.dataSource);
    // Each loop starts (or picks up the open attempt) and submits it, until the limit stops it;
    // many loops hold the same open attempt, so submits race too.
    const loop = async () => {
      const seen: string[] = [];
      for (;;) {
        const started = await api.graphql(START, { quizId }, learner.token);
        if (started.errors) return [...seen, started.errors[0].extensions?.code ?? 'NO_CODE'];
        const submitted = await api.graphql(SUBMIT, { attemptId: started.data!.startQuizAttempt.id, answers: [] }, learner.token);
        seen.push(submitted.errors?.[0].extensions?.code ?? 'OK');
      }
    };

    const histories = await Promise.all(Array.from({ length: 50 }, loop));

    const all = histories.flat();
    expect(all.filter((code) => code === 'OK')).toHaveLength(3);
    expect(new Set(all)).toEqual(new Set(['OK', 'ATTEMPT_ALREADY_SUBMITTED', 'ATTEMPT_LIMIT_REACHED']));
    expect(histories.every((history) => history.at(-1) === 'ATTEMPT_LIMIT_REACHED')).toBe(true);
    expect(await attemptRows(learner)).toEqual([1, 2, 3].map((attemptNumber) => ({ status: 'SUBMITTED', attemptNumber })));
  });

  it('keeps every answer saved at the same time as others, each question once', async () => {
    const learner = await createAccount(api.dataSource);
    const { data } = await api.graphql(START, { quizId }, learner.token);
    const [firstFact, points] = data!.startQuizAttempt.questions;
    const saves = Array.from({ length: 40 }, (_, index) =>
      api.graphql(
        `mutation Save($attemptId: ID!, $answers: [AnswerInput!]!) { saveQuizAnswers(attemptId: $attemptId, answers: $answers) { id } }`,
        {
          attemptId: data!.startQuizAttempt.id,
          answers: index % 2 ? [firstFactRight(firstFact)] : [{ questionId: points.id, number: index }],
        },
        learner.token,
      ),
    );
    expect(outcomes(await Promise.all(saves))).toEqual({ OK: 40 });
    const [{ count }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM attempt_answer WHERE attempt_id = $1`, [
      data!.startQuizAttempt.id,
    ]);
    expect(count).toBe(2);
  });
});
