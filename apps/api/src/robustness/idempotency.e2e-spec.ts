import fc from 'fast-check';
import { certificateTestApp, createCourse, eligibleLearner, eligibleLearners, type TestCourse } from '../certificates/certificate-fixtures';
import { ContentImportService } from '../content-import/content-import.service';
import { optionsOfAttempt } from '../testing/attempt-options';
import { createAccount, type TestAccount } from '../testing/factories';
import { fixturesRoot, type GraphQLResponse, type TestApp } from '../testing/test-app';

const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!, $key: String) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers, idempotencyKey: $key) { id status score passed submittedAt } }`;
const ISSUE = `mutation Issue($userId: ID!, $courseSlug: String!, $key: String) {
  issueCertificate(userId: $userId, courseSlug: $courseSlug, idempotencyKey: $key) { id code } }`;
const ISSUE_MANY = `mutation IssueMany($userIds: [ID!]!, $courseSlug: String!) { issueCertificates(userIds: $userIds, courseSlug: $courseSlug) { id } }`;

/** Keys as clients make them up: any text of 1 to 90 characters, emoji and right-to-left scripts included. */
const keys = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((key) => key.length <= 90);
/** A retry storm: some copies at once, then some one after another. */
const retries = fc.record({ together: fc.integer({ min: 1, max: 8 }), after: fc.integer({ min: 1, max: 3 }) });

function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

describe('retried writes take effect once', () => {
  let api: TestApp;
  let admin: TestAccount;
  let basicsQuizId: string;
  let course: TestCourse;

  beforeAll(async () => {
    api = await certificateTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: basicsQuizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    admin = await createAccount(api.dataSource, ['ADMIN']);
    course = await createCourse(api.dataSource);
  });
  afterAll(() => api.close());

  async function retried(send: () => Promise<GraphQLResponse>, { together, after }: { together: number; after: number }) {
    const replies = await Promise.all(Array.from({ length: together }, send));
    for (let copy = 0; copy < after; copy++) replies.push(await send());
    return replies;
  }

  it('grades a submit once, however often and however concurrently it is retried with its key', async () => {
    const answers = fc.record({ choice: fc.constantFrom<string[]>(['a'], ['b'], []), points: fc.integer({ min: 0, max: 60 }) });
    await fc.assert(
      fc.asyncProperty(keys, answers, retries, async (key, { choice, points }, storm) => {
        const learner = await createAccount(api.dataSource);
        const started = await api.graphql('mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id questions { id } } }', { quizId: basicsQuizId }, learner.token);
        const { id: attemptId, questions } = started.data!.startQuizAttempt;
        const given = (await optionsOfAttempt(api.dataSource, attemptId)).answers<{ questionId: string; optionIds?: string[]; number?: number }>([
          { questionId: questions[0].id, optionIds: choice },
          { questionId: questions[1].id, number: points },
        ]);
        const replies = await retried(() => api.graphql(SUBMIT, { attemptId, answers: given, key }, learner.token), storm);

        expect(replies.map((reply) => reply.errors)).toEqual(replies.map(() => undefined));
        const outcomes = new Set(replies.map((reply) => JSON.stringify(reply.data!.submitQuizAttempt)));
        expect(outcomes.size).toBe(1);
        expect(replies[0].data!.submitQuizAttempt).toMatchObject({ id: attemptId, status: 'SUBMITTED', score: expect.any(Number) });
        const [{ events }] = await api.dataSource.query(
          `SELECT count(*)::int AS events FROM learning_event WHERE object_id = $1 AND verb = 'SUBMITTED'`,
          [attemptId],
        );
        expect(events).toBe(1);
        expect(codeOf(await api.graphql(SUBMIT, { attemptId, answers: given, key: `${key}-other` }, learner.token))).toBe('ATTEMPT_ALREADY_SUBMITTED');
      }),
      { numRuns: 15 },
    );
  });

  it('issues one certificate for a retried issue: the same one back with its key, ALREADY_CERTIFIED without', async () => {
    await fc.assert(
      fc.asyncProperty(keys, retries, async (key, storm) => {
        const learner = await eligibleLearner(api.dataSource, course);
        const replies = await retried(() => api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug, key }, admin.token), storm);

        expect(replies.map((reply) => reply.errors)).toEqual(replies.map(() => undefined));
        expect(new Set(replies.map((reply) => reply.data!.issueCertificate.id)).size).toBe(1);
        expect(codeOf(await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug }, admin.token))).toBe('ALREADY_CERTIFIED');
        expect(codeOf(await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug, key: `${key}-other` }, admin.token))).toBe('ALREADY_CERTIFIED');
        const [{ certificates }] = await api.dataSource.query(`SELECT count(*)::int AS certificates FROM certificate WHERE user_id = $1`, [learner.id]);
        expect(certificates).toBe(1);
      }),
      { numRuns: 15 },
    );
  });

  it('certifies each learner once when bulk issues for the same learners overlap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2, max: 4 }), async (learners, batches) => {
        const userIds = await eligibleLearners(api.dataSource, course, learners);
        const replies = await Promise.all(Array.from({ length: batches }, () => api.graphql(ISSUE_MANY, { userIds, courseSlug: course.slug }, admin.token)));
        expect(replies.map((reply) => reply.errors)).toEqual(replies.map(() => undefined));
        for (let waited = 0; waited < 15_000; waited += 100) {
          const [{ running }] = await api.dataSource.query(`SELECT count(*)::int AS running FROM certificate_batch WHERE finished_at IS NULL`);
          if (running === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const counts: { certificates: number }[] = await api.dataSource.query(
          `SELECT count(c.id)::int AS certificates FROM unnest($1::uuid[]) AS u(id) LEFT JOIN certificate c ON c.user_id = u.id GROUP BY u.id`,
          [userIds],
        );
        expect(counts.map((count) => count.certificates)).toEqual(userIds.map(() => 1));
      }),
      { numRuns: 5 },
    );
  }, 60_000);
});
