import {
  call,
  finishedRegrade,
  freshQuiz,
  gradedAttempt,
  publishCorrectedKey,
  regradeTestApp,
  START_REGRADE,
  submit,
  type RegradeQuiz,
} from '../attempts/regrade-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

const IN_DOUBT = `{ certificatesAfterRegrades { certificateId code holderName holderEmail courseTitle quizTitle regradeId oldScore newScore } }`;
const DECIDE = `mutation Decide($certificateId: ID!, $regradeId: ID!, $decision: RegradeDecision!, $reason: String!) {
  decideRegradedCertificate(certificateId: $certificateId, regradeId: $regradeId, decision: $decision, reason: $reason) { certificateId decision reason decidedAt } }`;
const ISSUE = `mutation Issue($userId: ID!, $courseSlug: String!, $overrideReason: String) {
  issueCertificate(userId: $userId, courseSlug: $courseSlug, overrideReason: $overrideReason) { id status } }`;

interface InDoubt {
  certificateId: string;
  regradeId: string;
  holderName: string;
}

describe('certificates whose holder no longer passes after a regrade', () => {
  let api: TestApp;
  let admin: TestAccount;
  let instructor: TestAccount;

  beforeAll(async () => {
    api = await regradeTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
  });
  afterAll(() => api.close());

  /** A learner who passed the basics quiz by its wrong key and holds the course's certificate. */
  async function certifiedByWrongKey(quiz: RegradeQuiz, name: string) {
    const { learner, attemptId } = await gradedAttempt(api, quiz.quizId, { firstFact: 'a', points: 35 }, name);
    const [{ slug }] = await api.dataSource.query(`SELECT slug FROM course WHERE id = $1`, [quiz.courseId]);
    const certificate = await call(api, admin, ISSUE, { userId: learner.id, courseSlug: slug, overrideReason: 'Completed the course on paper at the workshop.' });
    return { learner, attemptId, certificateId: certificate.id as string };
  }

  async function regradeCorrectedKeys(quiz: RegradeQuiz) {
    await publishCorrectedKey(api, instructor, quiz.quizId);
    const started = await call(api, instructor, START_REGRADE, { input: { quizId: quiz.quizId, mode: 'CORRECTED_KEYS' } });
    return finishedRegrade(api, instructor, started.id);
  }

  const inDoubt = async (): Promise<InDoubt[]> => call(api, admin, IN_DOUBT, {});
  const statusOf = async (certificateId: string) =>
    (await api.dataSource.query(`SELECT revoked_at IS NULL AS valid, revocation_reason AS reason FROM certificate WHERE id = $1`, [certificateId]))[0];

  it('lists them for a decision, never revoking one by itself, and leaves out holders who pass in another attempt', async () => {
    const quiz = await freshQuiz(api);
    const failsNow = await certifiedByWrongKey(quiz, 'Fay Fails-now');
    const passesAgain = await certifiedByWrongKey(quiz, 'Pat Passes-again');
    const regrade = await regradeCorrectedKeys(quiz);
    const { data } = await api.graphql(`mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }`, { quizId: quiz.quizId }, passesAgain.learner.token);
    expect((await submit(api, passesAgain.learner, data!.startQuizAttempt.id, { firstFact: 'b', points: 35 })).data!.submitQuizAttempt.passed).toBe(true);

    const listed = (await inDoubt()).filter((item) => [failsNow.certificateId, passesAgain.certificateId].includes(item.certificateId));
    expect(listed).toEqual([
      expect.objectContaining({ certificateId: failsNow.certificateId, regradeId: regrade.id, holderName: 'Fay Fails-now', quizTitle: 'The basics', oldScore: 100, newScore: 50 }),
    ]);
    expect(await statusOf(failsNow.certificateId)).toEqual({ valid: true, reason: null });
  });

  it('keeps or revokes each with a reason, audited, and takes it off the list', async () => {
    const quiz = await freshQuiz(api);
    const kept = await certifiedByWrongKey(quiz, 'Kim Kept');
    const revoked = await certifiedByWrongKey(quiz, 'Rob Revoked');
    const regrade = await regradeCorrectedKeys(quiz);

    await call(api, admin, DECIDE, { certificateId: kept.certificateId, regradeId: regrade.id, decision: 'KEEP', reason: 'Passed the practical assessment in person.' });
    await call(api, admin, DECIDE, { certificateId: revoked.certificateId, regradeId: regrade.id, decision: 'REVOKE', reason: 'No longer meets the passing standard.' });

    expect(await statusOf(kept.certificateId)).toEqual({ valid: true, reason: null });
    expect(await statusOf(revoked.certificateId)).toEqual({ valid: false, reason: 'No longer meets the passing standard.' });
    expect((await inDoubt()).filter((item) => [kept.certificateId, revoked.certificateId].includes(item.certificateId))).toEqual([]);
    const audit = await api.dataSource.query(
      `SELECT action, details->>'decision' AS decision FROM audit_log WHERE details->>'certificateId' = ANY($1) AND action NOT LIKE 'CERTIFICATE_ISSUED%' ORDER BY action, decision`,
      [[kept.certificateId, revoked.certificateId]],
    );
    expect(audit).toEqual([
      { action: 'CERTIFICATE_REGRADE_DECIDED', decision: 'KEEP' },
      { action: 'CERTIFICATE_REGRADE_DECIDED', decision: 'REVOKE' },
      { action: 'CERTIFICATE_REVOKED', decision: null },
    ]);
  });

  it('takes one decision when two admins decide at once, and the certificate follows it', async () => {
    const quiz = await freshQuiz(api);
    const held = await certifiedByWrongKey(quiz, 'Dan Disputed');
    const regrade = await regradeCorrectedKeys(quiz);
    const otherAdmin = await createAccount(api.dataSource, ['ADMIN']);

    const responses = await Promise.all([
      api.graphql(DECIDE, { certificateId: held.certificateId, regradeId: regrade.id, decision: 'KEEP', reason: 'Passed the practical assessment.' }, admin.token),
      api.graphql(DECIDE, { certificateId: held.certificateId, regradeId: regrade.id, decision: 'REVOKE', reason: 'No longer meets the standard.' }, otherAdmin.token),
    ]);

    const decided = responses.filter((response) => !response.errors).map((response) => response.data!.decideRegradedCertificate.decision);
    expect(decided).toHaveLength(1);
    expect(responses.filter((response) => response.errors).map((response) => response.errors![0].extensions?.code)).toEqual([expect.stringMatching(/BAD_USER_INPUT|NOT_FOUND/)]);
    expect((await statusOf(held.certificateId)).valid).toBe(decided[0] === 'KEEP');
  });

  it('refuses learners and a short reason', async () => {
    const learner = await createAccount(api.dataSource);
    expect((await api.graphql(IN_DOUBT, {}, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const short = await api.graphql(DECIDE, { certificateId: '00000000-0000-4000-8000-000000000000', regradeId: '00000000-0000-4000-8000-000000000000', decision: 'KEEP', reason: 'ok' }, admin.token);
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
