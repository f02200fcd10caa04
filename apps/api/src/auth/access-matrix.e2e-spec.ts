import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createAccount } from '../testing/factories';
import type { Role } from './policy.decorators';
import { createTestApp, type TestApp } from '../testing/test-app';

type Actor = 'anonymous' | 'learner' | 'instructor' | 'reviewer' | 'admin';
type Rule = 'anyone' | 'signed-in' | 'instructor' | 'admin' | 'reviewer' | 'reviewer-or-admin' | 'staff';

/** Every root operation, one call each; a new operation without a row here fails the last test. */
const OPERATIONS: Record<string, { rule: Rule; query: string; variables?: Record<string, unknown> }> = {
  quizYaml: { rule: 'instructor', query: '{ quizYaml(quizId: "00000000-0000-4000-8000-000000000000") }' },
  importQuizYaml: { rule: 'instructor', query: 'mutation { importQuizYaml(quizId: "00000000-0000-4000-8000-000000000000", yaml: "x") { id } }' },
  importQtiPackage: { rule: 'instructor', query: 'mutation { importQtiPackage(quizId: "00000000-0000-4000-8000-000000000000", packageBase64: "UEs=") { imported { questionKey } } }' },
  attempt: { rule: 'signed-in', query: '{ attempt(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  startQuizAttempt: { rule: 'signed-in', query: 'mutation { startQuizAttempt(quizId: "00000000-0000-4000-8000-000000000000") { id } }' },
  saveQuizAnswers: { rule: 'signed-in', query: 'mutation { saveQuizAnswers(attemptId: "00000000-0000-4000-8000-000000000000", answers: []) { id } }' },
  submitQuizAttempt: { rule: 'signed-in', query: 'mutation { submitQuizAttempt(attemptId: "00000000-0000-4000-8000-000000000000", answers: []) { id } }' },
  quizForAuthoring: { rule: 'instructor', query: '{ quizForAuthoring(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  createQuestion: {
    rule: 'instructor',
    query: 'mutation($input: NewQuestionInput!) { createQuestion(quizId: "00000000-0000-4000-8000-000000000000", input: $input) { id } }',
    variables: { input: { type: 'NUMERIC', prompt: 'x', explanation: 'x', passageAnchor: 'x' } },
  },
  updateQuestion: {
    rule: 'instructor',
    query: 'mutation($input: QuestionInput!) { updateQuestion(questionId: "00000000-0000-4000-8000-000000000000", input: $input) { id } }',
    variables: { input: { type: 'NUMERIC', prompt: 'x', explanation: 'x', passageAnchor: 'x' } },
  },
  archiveQuestion: { rule: 'instructor', query: 'mutation { archiveQuestion(questionId: "00000000-0000-4000-8000-000000000000") { id } }' },
  reorderQuestions: { rule: 'instructor', query: 'mutation { reorderQuestions(quizId: "00000000-0000-4000-8000-000000000000", questionIds: []) { id } }' },
  updateQuizSettings: { rule: 'instructor', query: 'mutation { updateQuizSettings(quizId: "00000000-0000-4000-8000-000000000000", input: {}) { id } }' },
  publishQuiz: { rule: 'instructor', query: 'mutation { publishQuiz(quizId: "00000000-0000-4000-8000-000000000000") { id } }' },
  itemAnalysis: { rule: 'instructor', query: '{ itemAnalysis(quizId: "00000000-0000-4000-8000-000000000000") { attempts } }' },
  courses: { rule: 'anyone', query: '{ courses { slug } }' },
  course: { rule: 'anyone', query: '{ course(slug: "none") { slug } }' },
  me: { rule: 'anyone', query: '{ me { id } }' },
  signUp: {
    rule: 'anyone',
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    variables: { input: { email: 'x', name: 'x', password: 'x' } },
  },
  confirmEmail: { rule: 'anyone', query: 'mutation { confirmEmail(token: "made-up") { token } }' },
  resendConfirmation: { rule: 'anyone', query: 'mutation { resendConfirmation(email: "nobody@example.org") }' },
  signIn: { rule: 'anyone', query: 'mutation { signIn(email: "nobody@example.org", password: "wrong password") { token } }' },
  signOut: { rule: 'signed-in', query: 'mutation { signOut }' },
  signOutEverywhere: { rule: 'signed-in', query: 'mutation { signOutEverywhere }' },
  requestPasswordReset: { rule: 'anyone', query: 'mutation { requestPasswordReset(email: "nobody@example.org") }' },
  resetPassword: { rule: 'anyone', query: 'mutation { resetPassword(token: "made-up", password: "a long enough password") { token } }' },
  changeEmail: { rule: 'signed-in', query: 'mutation { changeEmail(newEmail: "new@example.org", currentPassword: "wrong password") }' },
  confirmEmailChange: { rule: 'anyone', query: 'mutation { confirmEmailChange(token: "made-up") }' },
  mySessions: { rule: 'signed-in', query: '{ mySessions { id } }' },
  endSession: { rule: 'signed-in', query: 'mutation { endSession(sessionId: "00000000-0000-4000-8000-000000000000") }' },
  myData: { rule: 'signed-in', query: '{ myData }' },
  deleteMyAccount: { rule: 'signed-in', query: 'mutation { deleteMyAccount(currentPassword: "wrong password") }' },
  completeSignIn: { rule: 'anyone', query: 'mutation { completeSignIn(challenge: "made-up", code: "000000") { token } }' },
  myTwoFactor: { rule: 'signed-in', query: '{ myTwoFactor { enabled } }' },
  startTwoFactorSetup: { rule: 'signed-in', query: 'mutation { startTwoFactorSetup { secret } }' },
  confirmTwoFactorSetup: { rule: 'signed-in', query: 'mutation { confirmTwoFactorSetup(code: "000000") { codes } }' },
  replaceRecoveryCodes: { rule: 'signed-in', query: 'mutation { replaceRecoveryCodes(code: "000000") { codes } }' },
  turnOffTwoFactor: { rule: 'signed-in', query: 'mutation { turnOffTwoFactor(code: "000000") }' },
  resetTwoFactor: { rule: 'admin', query: 'mutation { resetTwoFactor(userId: "00000000-0000-4000-8000-000000000000") }' },
  signInProviders: { rule: 'anyone', query: '{ signInProviders { slug } }' },
  identityProviders: { rule: 'admin', query: '{ identityProviders { slug } }' },
  saveIdentityProvider: {
    rule: 'admin',
    query: 'mutation($input: IdentityProviderInput!) { saveIdentityProvider(input: $input) { id } }',
    variables: { input: { slug: 'x', displayName: 'x', issuer: 'x', clientId: 'x', allowedDomains: ['example.org'] } },
  },
  removeIdentityProvider: { rule: 'admin', query: 'mutation { removeIdentityProvider(id: "00000000-0000-4000-8000-000000000000") }' },
  ltiPlatforms: { rule: 'admin', query: '{ ltiPlatforms { id } }' },
  ltiToolConfiguration: { rule: 'admin', query: '{ ltiToolConfiguration { loginUrl } }' },
  saveLtiPlatform: {
    rule: 'admin',
    query: 'mutation($input: LtiPlatformInput!) { saveLtiPlatform(input: $input) { id } }',
    variables: { input: { name: 'x', issuer: 'x', clientId: 'x', loginUrl: 'x', accessTokenUrl: 'x', keySetUrl: 'x', deploymentIds: ['x'] } },
  },
  removeLtiPlatform: { rule: 'admin', query: 'mutation { removeLtiPlatform(id: "00000000-0000-4000-8000-000000000000") }' },
  learningRecordStore: { rule: 'admin', query: '{ learningRecordStore { endpoint } }' },
  learningRecordQueue: { rule: 'admin', query: '{ learningRecordQueue { waiting } }' },
  saveLearningRecordStore: {
    rule: 'admin',
    query: 'mutation($input: LearningRecordStoreInput!) { saveLearningRecordStore(input: $input) { endpoint } }',
    variables: { input: { endpoint: 'x', authKey: 'x' } },
  },
  sendEarlierLearningEvents: { rule: 'admin', query: 'mutation { sendEarlierLearningEvents }' },
  retryFailedLearningRecords: { rule: 'admin', query: 'mutation { retryFailedLearningRecords }' },
  users: { rule: 'admin', query: '{ users { edges { node { email } } } }' },
  auditLog: { rule: 'admin', query: '{ auditLog { edges { node { action } } } }' },
  setUserRoles: {
    rule: 'admin',
    query: 'mutation { setUserRoles(userId: "00000000-0000-4000-8000-000000000000", roles: [LEARNER]) { id } }',
  },
  enroll: { rule: 'signed-in', query: 'mutation { enroll(courseSlug: "none") { id } }' },
  acknowledgeDisclosures: { rule: 'signed-in', query: 'mutation { acknowledgeDisclosures(courseSlug: "none") { acknowledgedAt } }' },
  completeLesson: { rule: 'signed-in', query: 'mutation { completeLesson(lessonId: "00000000-0000-4000-8000-000000000000") { slug } }' },
  myCourses: { rule: 'signed-in', query: '{ myCourses { percent } }' },
  cohortReport: { rule: 'instructor', query: '{ cohortReport(courseSlug: "none") { edges { node { email } } } }' },
  activityLog: { rule: 'admin', query: '{ activityLog { edges { node { verb } } } }' },
  verifyCertificate: { rule: 'anyone', query: '{ verifyCertificate(code: "0000-0000-0000-0000-0") { status } }' },
  myCertificates: { rule: 'signed-in', query: '{ myCertificates { id } }' },
  acceptAttestation: { rule: 'signed-in', query: 'mutation { acceptAttestation(courseSlug: "none") { acceptedAt } }' },
  eligibleLearners: { rule: 'admin', query: '{ eligibleLearners(courseSlug: "none") { edges { node { email } } } }' },
  courseCertificates: { rule: 'admin', query: '{ courseCertificates(courseSlug: "none") { edges { node { code } } } }' },
  issueCertificate: {
    rule: 'admin',
    query: 'mutation { issueCertificate(userId: "00000000-0000-4000-8000-000000000000", courseSlug: "none") { id } }',
  },
  issueCertificates: {
    rule: 'admin',
    query: 'mutation { issueCertificates(userIds: ["00000000-0000-4000-8000-000000000000"], courseSlug: "none") { id } }',
  },
  certificateBatch: { rule: 'admin', query: '{ certificateBatch(id: "00000000-0000-4000-8000-000000000000") { status } }' },
  revokeCertificate: {
    rule: 'admin',
    query: 'mutation { revokeCertificate(certificateId: "00000000-0000-4000-8000-000000000000", reason: "A reason long enough.") { id } }',
  },
  outbox: { rule: 'admin', query: '{ outbox { subject } }' },
  myCreditProfile: { rule: 'signed-in', query: '{ myCreditProfile { npi } }' },
  updateCreditProfile: { rule: 'signed-in', query: 'mutation { updateCreditProfile(input: { boardReportingConsent: false }) { npi } }' },
  courseEvaluation: { rule: 'signed-in', query: '{ courseEvaluation(courseSlug: "none") { version } }' },
  submitEvaluation: { rule: 'signed-in', query: 'mutation { submitEvaluation(input: { courseSlug: "none", answers: [] }) { version } }' },
  courseEvaluationResults: { rule: 'instructor', query: '{ courseEvaluationResults(courseSlug: "none") { responses } }' },
  creditClaimOptions: { rule: 'signed-in', query: '{ creditClaimOptions(courseSlug: "none") { blocker } }' },
  claimCredit: { rule: 'signed-in', query: 'mutation { claimCredit(input: { courseSlug: "none", creditType: PARTICIPATION, amount: 1 }) { amount } }' },
  creditProfile: { rule: 'admin', query: '{ creditProfile(userId: "00000000-0000-4000-8000-000000000000") { npi } }' },
  creditActivities: { rule: 'admin', query: '{ creditActivities { activityId } }' },
  activityCreditSummary: { rule: 'admin', query: '{ activityCreditSummary(activityId: "none") { learners } }' },
  myTranscript: { rule: 'signed-in', query: '{ myTranscript(from: "2026-01-01") { totals { combined } } }' },
  addExternalCredit: {
    rule: 'signed-in',
    query: 'mutation($input: AddExternalCreditInput!) { addExternalCredit(input: $input) { id } }',
    variables: { input: { activityTitle: 'x', provider: 'x', creditType: 'PARTICIPATION', amount: 1, completedOn: '2026-01-01' } },
  },
  removeExternalCredit: { rule: 'signed-in', query: 'mutation { removeExternalCredit(id: "00000000-0000-4000-8000-000000000000") }' },
  dueForReview: { rule: 'reviewer-or-admin', query: '{ dueForReview { versionId } }' },
  courseVersionReviews: { rule: 'reviewer-or-admin', query: '{ courseVersionReviews(versionId: "00000000-0000-4000-8000-000000000000") { id } }' },
  signOffCourseVersion: {
    rule: 'reviewer',
    query: 'mutation { signOffCourseVersion(versionId: "00000000-0000-4000-8000-000000000000", contentHash: "x", note: "Checked against the label.") { id } }',
  },
  citationReviews: { rule: 'staff', query: '{ citationReviews(courseSlug: "none") { id } }' },
  clearCitationReview: { rule: 'reviewer-or-admin', query: 'mutation { clearCitationReview(id: "00000000-0000-4000-8000-000000000000", note: "Checked against the label.") { id } }' },
  regradePreview: { rule: 'instructor', query: 'query($input: RegradeInput!) { regradePreview(input: $input) { keyVersion } }', variables: { input: { quizId: '00000000-0000-4000-8000-000000000000', mode: 'CORRECTED_KEYS' } } },
  startRegrade: { rule: 'instructor', query: 'mutation($input: RegradeInput!) { startRegrade(input: $input) { id } }', variables: { input: { quizId: '00000000-0000-4000-8000-000000000000', mode: 'CORRECTED_KEYS' } } },
  regrade: { rule: 'instructor', query: '{ regrade(id: "00000000-0000-4000-8000-000000000000") { id } }' },
  quizRegrades: { rule: 'instructor', query: '{ quizRegrades(quizId: "00000000-0000-4000-8000-000000000000") { id } }' },
  certificatesAfterRegrades: { rule: 'admin', query: '{ certificatesAfterRegrades { certificateId } }' },
  decideRegradedCertificate: {
    rule: 'admin',
    query: 'mutation { decideRegradedCertificate(certificateId: "00000000-0000-4000-8000-000000000000", regradeId: "00000000-0000-4000-8000-000000000000", decision: KEEP, reason: "Still competent, checked.") { decidedAt } }',
  },
};

const EXPECTED: Record<Rule, Record<Actor, 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN'>> = {
  anyone: { anonymous: 'allowed', learner: 'allowed', instructor: 'allowed', reviewer: 'allowed', admin: 'allowed' },
  'signed-in': { anonymous: 'UNAUTHENTICATED', learner: 'allowed', instructor: 'allowed', reviewer: 'allowed', admin: 'allowed' },
  instructor: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', instructor: 'allowed', reviewer: 'FORBIDDEN', admin: 'allowed' },
  admin: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', instructor: 'FORBIDDEN', reviewer: 'FORBIDDEN', admin: 'allowed' },
  reviewer: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', instructor: 'FORBIDDEN', reviewer: 'allowed', admin: 'FORBIDDEN' },
  'reviewer-or-admin': { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', instructor: 'FORBIDDEN', reviewer: 'allowed', admin: 'allowed' },
  staff: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', instructor: 'allowed', reviewer: 'allowed', admin: 'allowed' },
};

const ROLES: Record<Exclude<Actor, 'anonymous'>, Role[]> = {
  learner: ['LEARNER'],
  instructor: ['INSTRUCTOR'],
  reviewer: ['REVIEWER'],
  admin: ['ADMIN'],
};

describe('who may call each operation', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  const cases = Object.entries(OPERATIONS).flatMap(([name, operation]) =>
    (['anonymous', 'learner', 'instructor', 'reviewer', 'admin'] as Actor[]).map((actor) => [name, actor, EXPECTED[operation.rule][actor]] as const),
  );

  it.each(cases)('%s as %s: %s', async (name, actor, expected) => {
    const token = actor === 'anonymous' ? undefined : (await createAccount(api.dataSource, ROLES[actor])).token;
    const { query, variables } = OPERATIONS[name];
    const { errors } = await api.graphql(query, variables, token);
    const accessCode = errors?.map((error) => error.extensions?.code).find((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');
    if (expected === 'allowed') {
      // signIn with wrong credentials answers UNAUTHENTICATED by design: that is its answer, not a refusal of access.
      if (name !== 'signIn') expect(accessCode).toBeUndefined();
    } else {
      expect(accessCode).toBe(expected);
    }
  });

  it('covers every query and mutation in the schema', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(rootFields.filter((field) => !(field in OPERATIONS))).toEqual([]);
  });
});
