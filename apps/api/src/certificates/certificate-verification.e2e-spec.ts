import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';
import { newCertificateCode } from './certificate-code';
import { certificateTestApp, createCourse, expire, issueToNewLearner, REVOKE, VERIFY, type TestCourse } from './certificate-fixtures';
import { VERIFY_LIMIT } from './certificate-verification.service';

describe('verifying and revoking certificates', () => {
  let api: TestApp;
  let admin: TestAccount;
  let course: TestCourse;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  beforeEach(async () => {
    course = await createCourse(api.dataSource, { validityMonths: 24 });
  });
  afterAll(() => api.close());

  const issuedTo = (name: string) => issueToNewLearner(api, admin, course, name);

  it('shows anyone every claim of a valid certificate, and nothing private', async () => {
    const { learner, certificate } = await issuedTo('Dr Grace Hopper');
    const response = await api.graphql(VERIFY, { code: certificate.code });
    expect(response.errors).toBeUndefined();
    expect(response.data!.verifyCertificate).toEqual({
      status: 'VALID',
      code: certificate.code,
      holderName: 'Dr Grace Hopper',
      courseTitle: course.title,
      creditHours: 1.5,
      issuedAt: certificate.issuedAt,
      expiresAt: certificate.expiresAt,
      revokedAt: null,
      issuerName: 'Practitioner Training Platform',
    });
    expect(JSON.stringify(response)).not.toContain(learner.email);
  });

  it('finds a code however it is typed', async () => {
    const { certificate } = await issuedTo('Dr Grace Hopper');
    const typed = certificate.code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const { data } = await api.graphql(VERIFY, { code: typed });
    expect(data!.verifyCertificate).toMatchObject({ status: 'VALID', code: certificate.code });
  });

  it.each([
    ['a well-formed code nobody was issued', () => newCertificateCode()],
    ['a code with a wrong check symbol', () => withWrongCheckSymbol(newCertificateCode())],
    ['something that is not a code', () => "' OR 1=1 --"],
  ])('answers NOT_FOUND, with no claims, for %s', async (_case, code) => {
    const { data } = await api.graphql(VERIFY, { code: code() });
    expect(data!.verifyCertificate).toEqual({
      status: 'NOT_FOUND',
      code: null,
      holderName: null,
      courseTitle: null,
      creditHours: null,
      issuedAt: null,
      expiresAt: null,
      revokedAt: null,
      issuerName: null,
    });
  });

  it('says REVOKED with the date once an admin revokes it with a reason, at the same verify address', async () => {
    const { learner, certificate } = await issuedTo('Dr Grace Hopper');
    const noReason = await api.graphql(REVOKE, { certificateId: certificate.id, reason: '  ' }, admin.token);
    expect(noReason.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const reason = 'Issued to the wrong learner by mistake.';
    const { data, errors } = await api.graphql(REVOKE, { certificateId: certificate.id, reason }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.revokeCertificate).toEqual({ id: certificate.id, status: 'REVOKED', revokedAt: expect.any(String), revocationReason: reason });

    const verified = (await api.graphql(VERIFY, { code: certificate.code })).data!.verifyCertificate;
    expect(verified).toMatchObject({ status: 'REVOKED', holderName: 'Dr Grace Hopper', revokedAt: data!.revokeCertificate.revokedAt });
    expect(JSON.stringify(verified)).not.toContain(reason);

    const [audit] = await api.dataSource.query(`SELECT actor_id, action, subject_user_id, details FROM audit_log WHERE action = 'CERTIFICATE_REVOKED'`);
    expect(audit).toEqual({
      actor_id: admin.id,
      action: 'CERTIFICATE_REVOKED',
      subject_user_id: learner.id,
      details: { certificateId: certificate.id, code: certificate.code, courseSlug: course.slug, reason },
    });
  });

  it('keeps a revocation for good: revoking again is refused and the database will not undo it', async () => {
    const { certificate } = await issuedTo('Dr Grace Hopper');
    await api.graphql(REVOKE, { certificateId: certificate.id, reason: 'Issued to the wrong learner by mistake.' }, admin.token);
    const again = await api.graphql(REVOKE, { certificateId: certificate.id, reason: 'Revoking it a second time over.' }, admin.token);
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/already revoked on .*permanent/) });
    await expect(api.dataSource.query(`UPDATE certificate SET revoked_at = NULL, revocation_reason = NULL WHERE id = $1`, [certificate.id])).rejects.toThrow(
      'a revocation is permanent',
    );
  });

  it('says EXPIRED after the expiry date', async () => {
    const { certificate } = await issuedTo('Dr Grace Hopper');
    await expire(api.dataSource, certificate.id);
    const { data } = await api.graphql(VERIFY, { code: certificate.code });
    expect(data!.verifyCertificate).toMatchObject({ status: 'EXPIRED', revokedAt: null });
    expect(new Date(data!.verifyCertificate.expiresAt).getTime()).toBeLessThan(Date.now());
  });

  it(`limits guessing to ${VERIFY_LIMIT.limit} checks a minute from one address`, async () => {
    await api.dataSource.query(`DELETE FROM rate_limit`);
    // The limit counts per clock minute: start early in one, so all the checks fall in it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    const answers = [];
    for (let i = 0; i <= VERIFY_LIMIT.limit; i++) answers.push(await api.graphql(VERIFY, { code: newCertificateCode() }));
    expect(answers.slice(0, VERIFY_LIMIT.limit).every((answer) => answer.data?.verifyCertificate.status === 'NOT_FOUND')).toBe(true);
    expect(answers[VERIFY_LIMIT.limit].errors![0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      message: expect.stringMatching(/^Too many certificate checks from this address\. Try again in/),
    });
  });

  it.each([
    ['a learner', 'LEARNER'],
    ['an instructor', 'INSTRUCTOR'],
  ] as const)('lets %s neither issue nor revoke', async (_who, role) => {
    const { certificate } = await issuedTo('Dr Grace Hopper');
    const someone = await createAccount(api.dataSource, [role]);
    const revoke = await api.graphql(REVOKE, { certificateId: certificate.id, reason: 'I would like this one gone.' }, someone.token);
    expect(revoke.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [stored] = await api.dataSource.query(`SELECT revoked_at FROM certificate WHERE id = $1`, [certificate.id]);
    expect(stored.revoked_at).toBeNull();
  });
});

/** The same code with its check symbol changed: one typo, which the check symbol must catch. */
function withWrongCheckSymbol(code: string): string {
  return code.slice(0, -1) + (code.endsWith('0') ? '1' : '0');
}
