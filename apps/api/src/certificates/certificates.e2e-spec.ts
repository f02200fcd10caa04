import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { CertificateIssuingService } from './certificate-issuing.service';
import { acceptAttestation, certificateTestApp, completeCourse, createCourse, eligibleLearner, expire, ISSUE, signOff, type TestCourse } from './certificate-fixtures';

const ELIGIBLE = `query Eligible($courseSlug: String!, $first: Int, $after: String) {
  eligibleLearners(courseSlug: $courseSlug, first: $first, after: $after) {
    edges { node { id name email completedAt attestedAt } } pageInfo { hasNextPage endCursor }
  }
}`;
const ACCEPT = `mutation Accept($courseSlug: String!) { acceptAttestation(courseSlug: $courseSlug) { courseSlug statement acceptedAt } }`;
const ACCEPT_SHOWN = `mutation Accept($courseSlug: String!, $statement: String) {
  acceptAttestation(courseSlug: $courseSlug, statement: $statement) { statement }
}`;
const MINE = `{ myCertificates { id code courseTitle status } }`;
const COURSE_CERTIFICATES = `query CourseCertificates($courseSlug: String!, $first: Int, $after: String) {
  courseCertificates(courseSlug: $courseSlug, first: $first, after: $after) { edges { node { holderName } } pageInfo { hasNextPage endCursor } }
}`;
const ISSUE_WITH_KEY = `mutation IssueOnce($userId: ID!, $courseSlug: String!, $idempotencyKey: String) {
  issueCertificate(userId: $userId, courseSlug: $courseSlug, idempotencyKey: $idempotencyKey) { id }
}`;

describe('issuing certificates', () => {
  let api: TestApp;
  let admin: TestAccount;
  let course: TestCourse;

  beforeAll(async () => {
    api = await certificateTestApp({ publicUrl: 'https://training.example.org' });
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Alice Admin');
  });
  beforeEach(async () => {
    course = await createCourse(api.dataSource, { validityMonths: 12 });
  });
  afterAll(() => api.close());

  const issue = (userId: string, overrideReason?: string, slug = course.slug) =>
    api.graphql(ISSUE, { userId, courseSlug: slug, overrideReason }, admin.token);

  it('issues an eligible learner a certificate with a readable code, a year of validity and links', async () => {
    const learner = await eligibleLearner(api.dataSource, course, 'Grace Hopper');
    const { data, errors } = await issue(learner.id);
    expect(errors).toBeUndefined();
    const certificate = data!.issueCertificate;
    expect(certificate).toMatchObject({
      holderName: 'Grace Hopper',
      courseSlug: course.slug,
      courseTitle: course.title,
      creditHours: 1.5,
      status: 'VALID',
      revokedAt: null,
      code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z]$/),
      pdfUrl: `https://training.example.org/certificates/${certificate.id}/certificate.pdf`,
      credentialUrl: `https://training.example.org/certificates/${certificate.id}/credential.json`,
      verifyUrl: `https://training.example.org/verify/${certificate.code}`,
    });
    const [issued, expires] = [new Date(certificate.issuedAt), new Date(certificate.expiresAt)];
    expect(expires.getUTCFullYear() - issued.getUTCFullYear()).toBe(1);
    expect(expires.getUTCMonth()).toBe(issued.getUTCMonth());

    const [audit] = await api.dataSource.query(`SELECT actor_id, action, subject_user_id, details FROM audit_log WHERE action LIKE 'CERTIFICATE%'`);
    expect(audit).toEqual({
      actor_id: admin.id,
      action: 'CERTIFICATE_ISSUED',
      subject_user_id: learner.id,
      details: { certificateId: certificate.id, code: certificate.code, courseSlug: course.slug },
    });
    const events = await api.dataSource.query(`SELECT verb, object_id FROM learning_event WHERE actor_id = $1`, [learner.id]);
    expect(events).toEqual([{ verb: 'ISSUED', object_id: certificate.id }]);
  });

  it('refuses a learner who is not eligible and says what is missing', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER'], 'Ada Lovelace');
    await completeCourse(api.dataSource, learner.id, course);
    const { errors } = await issue(learner.id);
    expect(errors![0]).toMatchObject({
      message: 'Ada Lovelace has not accepted the attestation. To issue anyway, give an override reason.',
      extensions: { code: 'NOT_ELIGIBLE', reasons: ['ATTESTATION_NOT_ACCEPTED'] },
    });
    expect(await certificatesOf(learner.id)).toEqual([]);
  });

  it('issues anyway when an admin overrides with a written reason, and audits the reason', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const tooShort = await issue(learner.id, 'because');
    expect(tooShort.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const reason = 'Completed the course on paper during the network outage in March.';
    const { data, errors } = await issue(learner.id, reason);
    expect(errors).toBeUndefined();
    const [stored] = await api.dataSource.query(`SELECT override_reason FROM certificate WHERE id = $1`, [data!.issueCertificate.id]);
    expect(stored.override_reason).toBe(reason);
    const [audit] = await api.dataSource.query(`SELECT action, details FROM audit_log WHERE subject_user_id = $1`, [learner.id]);
    expect(audit).toMatchObject({
      action: 'CERTIFICATE_ISSUED_BY_OVERRIDE',
      details: { overrideReason: reason, overridden: ['COURSE_NOT_COMPLETE', 'ATTESTATION_NOT_ACCEPTED'] },
    });
  });

  it('refuses a second certificate while the first is valid, even with an override', async () => {
    const learner = await eligibleLearner(api.dataSource, course);
    await issue(learner.id);
    for (const override of [undefined, 'The learner asked for a second copy of it.']) {
      const { errors } = await issue(learner.id, override);
      expect(errors![0].extensions!.code).toBe('ALREADY_CERTIFIED');
    }
    expect(await certificatesOf(learner.id)).toHaveLength(1);
  });

  it('issues exactly one certificate when twenty admins issue the same one at once', async () => {
    const learner = await eligibleLearner(api.dataSource, course);
    const results = await Promise.all(Array.from({ length: 20 }, () => issue(learner.id)));
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'ISSUED');
    expect(codes.filter((code) => code === 'ISSUED')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_CERTIFIED')).toHaveLength(19);
    expect(await certificatesOf(learner.id)).toHaveLength(1);
  });

  it('gives a retried issue with the same idempotency key the certificate it issued, alone or racing itself', async () => {
    const learner = await eligibleLearner(api.dataSource, course);
    const variables = { userId: learner.id, courseSlug: course.slug, idempotencyKey: 'issue-7f3a' };
    const results = await Promise.all(Array.from({ length: 5 }, () => api.graphql(ISSUE_WITH_KEY, variables, admin.token)));
    const retried = await api.graphql(ISSUE_WITH_KEY, variables, admin.token);
    expect([...results, retried].map((result) => result.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set([...results, retried].map((result) => result.data!.issueCertificate.id)).size).toBe(1);
    const other = await api.graphql(ISSUE_WITH_KEY, { ...variables, idempotencyKey: 'issue-8b21' }, admin.token);
    expect(other.errors![0].extensions!.code).toBe('ALREADY_CERTIFIED');
  });

  it('issues a new certificate once the old one has expired, and the old one stays expired', async () => {
    const learner = await eligibleLearner(api.dataSource, course);
    const first = (await issue(learner.id)).data!.issueCertificate;
    await expire(api.dataSource, first.id);
    const { data, errors } = await issue(learner.id);
    expect(errors).toBeUndefined();
    expect(data!.issueCertificate.code).not.toBe(first.code);
    const mine = await api.graphql(MINE, {}, learner.token);
    expect(mine.data!.myCertificates.map((certificate: { status: string }) => certificate.status)).toEqual(['VALID', 'EXPIRED']);
  });

  it('refuses an acceptance of words the course no longer says, and records nothing', async () => {
    const course = await createCourse(api.dataSource);
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    await completeCourse(api.dataSource, learner.id, course);
    const accept = (statement: string) => api.graphql(ACCEPT_SHOWN, { courseSlug: course.slug, statement }, learner.token);

    const stale = await accept('I completed an earlier version of this activity.');
    expect(stale.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await api.dataSource.query(`SELECT 1 FROM certificate_attestation WHERE user_id = $1`, [learner.id])).toEqual([]);

    const current = await accept('I completed this activity myself.');
    expect(current.data!.acceptAttestation.statement).toBe('I completed this activity myself.');
  });

  it('issues on its own for an automatic course when the learner accepts the attestation after completing', async () => {
    const automatic = await createCourse(api.dataSource, { issue: 'AUTOMATIC', validityMonths: null });
    await signOff(api.dataSource, automatic.versionId);
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    await completeCourse(api.dataSource, learner.id, automatic);
    const { data, errors } = await api.graphql(ACCEPT, { courseSlug: automatic.slug }, learner.token);
    expect(errors).toBeUndefined();
    expect(data!.acceptAttestation).toEqual({ courseSlug: automatic.slug, statement: 'I completed this activity myself.', acceptedAt: expect.any(String) });
    const [certificate] = (await api.graphql(MINE, {}, learner.token)).data!.myCertificates;
    expect(certificate).toMatchObject({ courseTitle: automatic.title, status: 'VALID' });
    const [issued] = await api.dataSource.query(`SELECT issued_by, expires_at FROM certificate WHERE id = $1`, [certificate.id]);
    expect(issued).toEqual({ issued_by: null, expires_at: null });
  });

  it('waits for an admin on an approval course', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    await completeCourse(api.dataSource, learner.id, course);
    await api.graphql(ACCEPT, { courseSlug: course.slug }, learner.token);
    expect(await certificatesOf(learner.id)).toEqual([]);
  });

  it('lets progress issue on completion inside its own transaction, and never fails that transaction', async () => {
    const automatic = await createCourse(api.dataSource, { issue: 'AUTOMATIC' });
    await signOff(api.dataSource, automatic.versionId);
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    await acceptAttestation(api.dataSource, learner.id, automatic);
    const issuing = api.app.get(CertificateIssuingService);
    const [first, second] = await api.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO enrolment (user_id, course_id, summary_version_id, status, percent, completed_at) VALUES ($1, $2, $3, 'COMPLETE', 100, now())`,
        [learner.id, automatic.id, automatic.versionId],
      );
      return [await issuing.issueIfAutomatic(manager, learner.id, automatic.id), await issuing.issueIfAutomatic(manager, learner.id, automatic.id)];
    });
    expect(first).toMatchObject({ userId: learner.id, courseId: automatic.id });
    expect(second).toBeNull();
    expect(await certificatesOf(learner.id)).toHaveLength(1);
  });

  it('lists the eligible learners of a course by name, a page at a time, as the issuing rule sees them', async () => {
    const names = ['Dr Zoe Ng', 'Dr Amal Said', 'Nurse Bea Cruz'];
    const eligible = await Promise.all(names.map((name) => eligibleLearner(api.dataSource, course, name)));
    const recertifying = await eligibleLearner(api.dataSource, course, 'Dr Cy Expired');
    const certified = await eligibleLearner(api.dataSource, course, 'Dr Di Certified');
    await expire(api.dataSource, (await issue(recertifying.id)).data!.issueCertificate.id);
    await issue(certified.id);
    const unattested = await createAccount(api.dataSource, ['LEARNER'], 'Dr Ed Unattested');
    await completeCourse(api.dataSource, unattested.id, course);

    const first = await api.graphql(ELIGIBLE, { courseSlug: course.slug, first: 2 }, admin.token);
    expect(first.errors).toBeUndefined();
    const second = await api.graphql(ELIGIBLE, { courseSlug: course.slug, first: 2, after: first.data!.eligibleLearners.pageInfo.endCursor }, admin.token);
    const listed = [...first.data!.eligibleLearners.edges, ...second.data!.eligibleLearners.edges].map((edge: { node: { name: string } }) => edge.node.name);
    expect(listed).toEqual(['Dr Amal Said', 'Dr Cy Expired', 'Dr Zoe Ng', 'Nurse Bea Cruz']);
    expect(second.data!.eligibleLearners.pageInfo.hasNextPage).toBe(false);

    for (const learner of [...eligible, recertifying]) expect((await issue(learner.id)).errors).toBeUndefined();
    expect((await api.graphql(ELIGIBLE, { courseSlug: course.slug }, admin.token)).data!.eligibleLearners.edges).toEqual([]);
  });

  it('lists the certificates of a course for admins, newest first, a page at a time', async () => {
    const holders = ['First Holder', 'Second Holder', 'Third Holder'];
    for (const [position, name] of holders.entries()) {
      const { id } = (await issue((await eligibleLearner(api.dataSource, course, name)).id)).data!.issueCertificate;
      const minutesAgo = holders.length - position;
      await api.dataSource.query(`UPDATE certificate SET issued_at = issued_at - make_interval(mins => $2) WHERE id = $1`, [id, minutesAgo]);
    }
    const page = (after?: string) => api.graphql(COURSE_CERTIFICATES, { courseSlug: course.slug, first: 2, after }, admin.token);
    const first = (await page()).data!.courseCertificates;
    const second = (await page(first.pageInfo.endCursor)).data!.courseCertificates;
    const names = [...first.edges, ...second.edges].map((edge: { node: { holderName: string } }) => edge.node.holderName);
    expect(names).toEqual(['Third Holder', 'Second Holder', 'First Holder']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['an unknown learner', 'NOT_FOUND', { userId: '00000000-0000-4000-8000-000000000000' }],
    ['a learner id that is not an id', 'NOT_FOUND', { userId: 'not-an-id' }],
    ['an unknown course', 'NOT_FOUND', { courseSlug: 'no-such-course' }],
  ])('answers %s with %s', async (_case, code, variables) => {
    const learner = await eligibleLearner(api.dataSource, course);
    const { errors } = await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug, ...variables }, admin.token);
    expect(errors![0].extensions!.code).toBe(code);
  });

  async function certificatesOf(userId: string): Promise<unknown[]> {
    return api.dataSource.query(`SELECT id FROM certificate WHERE user_id = $1`, [userId]);
  }
});
