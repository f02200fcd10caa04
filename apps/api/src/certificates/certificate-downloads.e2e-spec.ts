import { dayOf } from '../common/dates';
import { createAccount, type TestAccount } from '../testing/factories';
import { downloadCertificateFile } from '../testing/downloads';
import { textOfPdf } from '../testing/pdf-text';
import type { TestApp } from '../testing/test-app';
import { certificateTestApp, createCourse, eligibleLearner, ISSUE, REVOKE, type TestCourse } from './certificate-fixtures';

describe('downloading a certificate', () => {
  let api: TestApp;
  let admin: TestAccount;
  let course: TestCourse;
  let holder: TestAccount;
  let certificate: { id: string; code: string; issuedAt: string; expiresAt: string; verifyUrl: string };

  beforeAll(async () => {
    api = await certificateTestApp({ issuerName: 'Northern Clinical Academy' });
    admin = await createAccount(api.dataSource, ['ADMIN']);
    course = await createCourse(api.dataSource, { validityMonths: 24 });
    holder = await eligibleLearner(api.dataSource, course, 'Łukasz Żółć-Nguyễn');
    const { data } = await api.graphql(ISSUE, { userId: holder.id, courseSlug: course.slug }, admin.token);
    certificate = data!.issueCertificate;
  });
  afterAll(() => api.close());

  const download = (file: string, token?: string, id = certificate.id) => downloadCertificateFile(api, id, file, token);

  it('gives the holder a PDF with every claim, the code and the verify link', async () => {
    const response = await download('certificate.pdf', holder.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename=certificate-${certificate.code}.pdf`);
    const text = textOfPdf(response.body).replace(/\s+/g, ' ');
    for (const claim of [
      'Łukasz Żółć-Nguyễn',
      course.title,
      '1.5 credit hours',
      `Issued ${dayOf(new Date(certificate.issuedAt))}`,
      `Valid until ${dayOf(new Date(certificate.expiresAt))}`,
      certificate.code,
      'Northern Clinical Academy',
      certificate.verifyUrl,
    ]) {
      expect(text).toContain(claim);
    }
    expect(text).not.toMatch(/REVOKED|EXPIRED|no longer valid/);
  });

  /** A certificate of its own for a learner of the course, as the holder downloads its PDF, in words. */
  const issuedPdfText = async (change: (id: string) => Promise<unknown>) => {
    const learner = await eligibleLearner(api.dataSource, course, 'Dr Ada Lovelace');
    const { id } = (await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug }, admin.token)).data!.issueCertificate;
    await change(id);
    const response = await download('certificate.pdf', learner.token, id);
    expect(response.status).toBe(200);
    return textOfPdf(response.body).replace(/\s+/g, ' ');
  };

  it('marks a revoked certificate REVOKED across the page, with the date and reason at the top', async () => {
    let revokedAt = '';
    const text = await issuedPdfText(async (id) => {
      const { data } = await api.graphql(REVOKE, { certificateId: id, reason: 'Issued to the wrong learner by mistake.' }, admin.token);
      revokedAt = data!.revokeCertificate.revokedAt;
    });
    expect(text).toContain(`REVOKED on ${dayOf(new Date(revokedAt))}: this certificate is no longer valid. Reason: Issued to the wrong learner by mistake.`);
    expect(text.match(/REVOKED/g)).toHaveLength(2);
    expect(text).toContain('Dr Ada Lovelace');
  });

  it('marks an expired certificate EXPIRED across the page, with the day it expired at the top', async () => {
    const expiredOn = new Date(Date.now() - 86_400_000);
    const text = await issuedPdfText((id) =>
      api.dataSource.query(`UPDATE certificate SET issued_at = $2::timestamptz - interval '1 year', expires_at = $2 WHERE id = $1`, [id, expiredOn]),
    );
    expect(text).toContain(`EXPIRED on ${dayOf(expiredOn)}: this certificate is no longer valid.`);
    expect(text.match(/EXPIRED/g)).toHaveLength(2);
  });

  it('gives the holder the signed credential', async () => {
    const response = await download('credential.json', holder.token);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body.toString())).toEqual({ compactJwsString: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
  });

  it.each(['certificate.pdf', 'credential.json'])('lets an admin download %s too', async (file) => {
    expect((await download(file, admin.token)).status).toBe(200);
  });

  it.each(['certificate.pdf', 'credential.json'])('refuses %s to another learner (403) and to anonymous visitors (401)', async (file) => {
    const stranger = await createAccount(api.dataSource, ['LEARNER']);
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    expect((await download(file, stranger.token)).status).toBe(403);
    expect((await download(file, instructor.token)).status).toBe(403);
    expect((await download(file)).status).toBe(401);
  });

  it.each(['00000000-0000-4000-8000-000000000000', 'not-an-id'])('answers 404 for certificate %s', async (id) => {
    expect((await download('certificate.pdf', admin.token, id)).status).toBe(404);
  });
});
