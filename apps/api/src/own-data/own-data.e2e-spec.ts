import type { EntitySubscriberInterface } from 'typeorm';
import { ContentImportService } from '../content-import/content-import.service';
import { certificateTestApp, publishedVersionOf, signOff, VERIFY } from '../certificates/certificate-fixtures';
import { CertificateMailService } from '../certificates/certificate-mail.service';
import { MailService } from '../mail/mail.service';
import { eventually, learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { fixturesRoot, type TestApp } from '../testing/test-app';
import { createAccount } from '../testing/factories';
import { hashPassword } from '../users/password';

const MY_DATA = `{ myData }`;
const DELETE = `mutation Delete($currentPassword: String!) { deleteMyAccount(currentPassword: $currentPassword) }`;
const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const MY_CERTIFICATE = `{ course(slug: "sample-course") { myProgress { certificate { code } } } }`;
const PASSWORD = 'a long enough password';

const LEARNER_STEPS = [
  `mutation { acknowledgeDisclosures(courseSlug: "sample-course") { acknowledgedAt } }`,
  `mutation { updateCreditProfile(input: { profession: NURSE, npi: "1234567893", boardReportingConsent: false }) { npi } }`,
  `mutation { submitEvaluation(input: { courseSlug: "sample-course", answers: [{ itemId: "objectives-met", rating: 4 }, { itemId: "free-of-bias", agreed: true }, { itemId: "change", comment: "Screen first." }] }) { submittedAt } }`,
  `mutation { claimCredit(input: { courseSlug: "sample-course", creditType: PARTICIPATION, amount: 1, attest: true }) { amount } }`,
  `mutation { addExternalCredit(input: { activityTitle: "Grand rounds", provider: "St Elsewhere", creditType: PARTICIPATION, amount: 1, completedOn: "2026-03-01" }) { id } }`,
];

describe('a learner’s own data: downloading it and deleting the account', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await certificateTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
  });
  afterAll(() => api.close());

  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code;

  /** A certified learner with a password, who has evaluated, claimed credit and added credit from elsewhere. */
  async function certifiedLearner(name: string) {
    const { learner, passFinalExam } = await learnerBeforeFinalExam(api, name);
    await api.dataSource.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [learner.id, await hashPassword(PASSWORD)]);
    await passFinalExam();
    const code: string = (await eventually(() => api.graphql(MY_CERTIFICATE, {}, learner.token), (answer) => Boolean(answer.data?.course.myProgress.certificate))).data!.course.myProgress.certificate.code;
    for (const step of LEARNER_STEPS) expect((await api.graphql(step, {}, learner.token)).errors).toBeUndefined();
    return { ...learner, code };
  }

  it('gives the learner everything the platform holds about them, and nothing of anyone else', async () => {
    const learner = await certifiedLearner('Dr Ada Export');
    const someoneElse = await certifiedLearner('Dr Other Person');

    const { data, errors } = await api.graphql(MY_DATA, {}, learner.token);

    expect(errors).toBeUndefined();
    const exported = data!.myData;
    expect(exported.account).toMatchObject({ id: learner.id, email: learner.email, name: 'Dr Ada Export', roles: ['LEARNER'] });
    expect(exported.creditProfile).toMatchObject({ profession: 'NURSE', npi: '1234567893' });
    expect(exported.sessions).toHaveLength(1);
    expect(exported.enrolments).toEqual([expect.objectContaining({ status: 'COMPLETE', learnerName: 'Dr Ada Export' })]);
    expect(exported.lessonCompletions.length).toBeGreaterThan(0);
    expect(exported.learningEvents.length).toBeGreaterThan(0);
    expect(exported.disclosureAcknowledgements).toHaveLength(1);
    expect(exported.attempts.length).toBeGreaterThanOrEqual(2);
    expect(exported.attempts[0].answers.length).toBeGreaterThan(0);
    expect(exported.evaluations).toEqual([expect.objectContaining({ answers: expect.arrayContaining([expect.objectContaining({ itemId: 'change', comment: 'Screen first.' })]) })]);
    expect(exported.creditClaims).toEqual([expect.objectContaining({ creditType: 'PARTICIPATION', amount: '1.00' })]);
    expect(exported.externalCredits).toEqual([expect.objectContaining({ activityTitle: 'Grand rounds' })]);
    expect(exported.certificates).toEqual([expect.objectContaining({ code: learner.code, holderName: 'Dr Ada Export' })]);
    expect(exported.attestations).toHaveLength(1);

    const text = JSON.stringify(exported);
    expect(text).not.toContain(someoneElse.id);
    expect(text).not.toContain(someoneElse.code);
    expect(text).not.toMatch(/tokenHash|passwordHash|scrypt/);
  });

  it('reads the export one statement at a time on its transaction’s single connection', async () => {
    const learner = await certifiedLearner('Dr Ada Sequential');
    const running = new Map<unknown, number>();
    let most = 0;
    const subscriber: EntitySubscriberInterface = {
      beforeQuery: ({ queryRunner }) => {
        running.set(queryRunner, (running.get(queryRunner) ?? 0) + 1);
        most = Math.max(most, running.get(queryRunner)!);
      },
      afterQuery: ({ queryRunner }) => void running.set(queryRunner, running.get(queryRunner)! - 1),
    };
    api.dataSource.subscribers.push(subscriber);
    try {
      const { errors } = await api.graphql(MY_DATA, {}, learner.token);
      expect(errors).toBeUndefined();
    } finally {
      api.dataSource.subscribers.splice(api.dataSource.subscribers.indexOf(subscriber), 1);
    }
    expect(most).toBe(1);
  });

  it('lists the audit entries by or about the learner', async () => {
    const learner = await certifiedLearner('Dr Audited');
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    await api.graphql(`{ creditProfile(userId: "${learner.id}") { npi } }`, {}, admin.token);
    const { auditEntries } = (await api.graphql(MY_DATA, {}, learner.token)).data!.myData;
    expect(auditEntries.map((entry: { action: string }) => entry.action)).toEqual(['CERTIFICATE_ISSUED', 'CREDIT_PROFILE_READ']);
    expect(auditEntries[1]).toMatchObject({ actorId: admin.id, subjectUserId: learner.id });
  });

  it('deletes the account with its password: personal data goes, the certificate still verifies under the holder’s name, the audit trail stays', async () => {
    const learner = await certifiedLearner('Dr Gone Away');
    expect(codeOf(await api.graphql(DELETE, { currentPassword: 'not my password' }, learner.token))).toBe('WRONG_PASSWORD');

    expect(await api.graphql(DELETE, { currentPassword: PASSWORD }, learner.token)).toEqual({ data: { deleteMyAccount: true } });

    const [account] = await api.dataSource.query(`SELECT email, name, password_hash, deleted_at FROM app_user WHERE id = $1`, [learner.id]);
    expect(account).toEqual({ email: `deleted-${learner.id}@deleted.invalid`, name: 'Deleted account', password_hash: '', deleted_at: expect.any(Date) });
    for (const table of ['session', 'credit_profile', 'external_credit', 'email_confirmation', 'password_reset', 'email_change']) {
      expect([table, (await api.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`, [learner.id]))[0].n]).toEqual([table, 0]);
    }
    const [enrolment] = await api.dataSource.query(`SELECT learner_name, learner_email FROM enrolment WHERE user_id = $1`, [learner.id]);
    expect(enrolment).toEqual({ learner_name: 'Deleted account', learner_email: `deleted-${learner.id}@deleted.invalid` });
    for (const record of ['credit_claim', 'course_evaluation', 'disclosure_acknowledgement', 'quiz_attempt']) {
      expect((await api.dataSource.query(`SELECT count(*)::int AS n FROM ${record} WHERE user_id = $1`, [learner.id]))[0].n).toBeGreaterThan(0);
    }
    expect((await api.graphql(VERIFY, { code: learner.code })).data!.verifyCertificate).toMatchObject({ status: 'VALID', holderName: 'Dr Gone Away' });
    const audit = await api.dataSource.query(`SELECT action FROM audit_log WHERE subject_user_id = $1 ORDER BY created_at`, [learner.id]);
    expect(audit).toEqual([{ action: 'CERTIFICATE_ISSUED' }, { action: 'ACCOUNT_DELETED' }]);
  });

  it('ends every session, refuses a second deletion and signing in, and lets the address sign up afresh', async () => {
    const learner = await certifiedLearner('Dr Twice');
    const second = (await api.graphql(SIGN_IN, { email: learner.email, password: PASSWORD })).data!.signIn.token;
    await api.graphql(DELETE, { currentPassword: PASSWORD }, learner.token);

    for (const session of [learner.token, second]) {
      expect(codeOf(await api.graphql(DELETE, { currentPassword: PASSWORD }, session))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.graphql(MY_DATA, {}, session))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await api.graphql(SIGN_IN, { email: learner.email, password: PASSWORD }))).toBe('UNAUTHENTICATED');
    const signUp = await api.graphql(`mutation($input: SignUpInput!) { signUp(input: $input) { confirmationRequired } }`, {
      input: { email: learner.email, name: 'Dr Twice Again', password: PASSWORD },
    });
    expect(signUp.errors).toBeUndefined();
    expect((await api.dataSource.query(`SELECT name FROM app_user WHERE email = $1`, [learner.email]))[0]).toEqual({ name: 'Dr Twice Again' });
  });

  it('sends a deleted account no reminder that its certificate expires', async () => {
    const learner = await certifiedLearner('Dr No Mail');
    await api.graphql(DELETE, { currentPassword: PASSWORD }, learner.token);
    await api.dataSource.query(`UPDATE certificate SET expires_at = now() + interval '10 days' WHERE user_id = $1`, [learner.id]);

    await api.app.get(CertificateMailService).queueExpiryReminders();

    const reminder = `SELECT state FROM pgboss.job WHERE name = 'certificate-email' AND data->>'kind' = 'EXPIRING'
      AND data->>'certificateId' = (SELECT id::text FROM certificate WHERE user_id = $1)`;
    const [job] = await eventually(() => api.dataSource.query(reminder, [learner.id]), ([found]) => found?.state === 'completed');
    expect(job.state).toBe('completed');
    const sent = await api.app.get(MailService).outbox(100);
    expect(sent.filter((message) => message.to.includes('deleted.invalid'))).toEqual([]);
  });
});
