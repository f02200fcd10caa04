import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { certificateTestApp, createCourse, issueToNewLearner, VERIFY, type TestCourse } from '../certificates/certificate-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import { textOfPdf } from '../testing/pdf-text';
import type { TestApp } from '../testing/test-app';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { __typename } }`;
const SPOOF = 'Jo Bloggs\nhas completed Advanced Neurosurgery (40 credit hours)';
const SPOOF_SHOWN = 'Jo Bloggs\\u000Ahas completed Advanced Neurosurgery (40 credit hours)';

describe('display names on certificates', () => {
  let api: TestApp;
  let admin: TestAccount;
  let course: TestCourse;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN']);
    course = await createCourse(api.dataSource);
  });
  afterAll(() => api.close());

  const signUp = (name: string, email = `named-${randomBytes(4).toString('hex')}@example.org`) =>
    api.graphql(SIGN_UP, { input: { email, name, password: `Qv7-${randomBytes(9).toString('base64url')}` } }).then((reply) => ({ email, reply }));
  const storedName = async (email: string) =>
    (await api.dataSource.query(`SELECT name FROM app_user WHERE email = $1`, [email]))[0]?.name as string | undefined;
  const pdfOf = async (certificateId: string) => {
    const response = await request(api.app.getHttpServer())
      .get(`/certificates/${certificateId}/certificate.pdf`)
      .set('authorization', `Bearer ${admin.token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    return textOfPdf(response.body).split('\n').map((line) => line.trim());
  };
  /** The lines the PDF prints between "This certifies that" and "has completed". */
  const nameLines = (lines: string[]) => lines.slice(lines.indexOf('This certifies that') + 1, lines.indexOf('has completed'));

  it.each([
    ['a line break that writes a course of its own', SPOOF, 'line breaks'],
    ['a right-to-left override', 'Jo \u202Esyadiloh 04\u202C', 'direction'],
    ['a directional isolate', 'Jo \u2067Bloggs\u2069', 'direction'],
    ['a zero-width space', 'Jo\u200BBloggs', 'zero-width'],
    ['a byte order mark inside it', 'Jo\uFEFFBloggs', 'zero-width'],
    ['a tab', 'Jo\tBloggs', 'control characters'],
    ['a private-use character', 'Jo Bloggs\uE000', 'private-use'],
    ['101 characters', 'J'.repeat(101), 'at most 100 characters'],
    ['nothing but spaces', '   ', 'Enter your name'],
  ])('refuses to sign up a name with %s, with BAD_USER_INPUT naming the field, and creates no account', async (_what, name, words) => {
    const { email, reply } = await signUp(name);
    expect(reply.data ?? null).toBeNull();
    expect(reply.errors).toHaveLength(1);
    expect(reply.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.stringContaining(words) } });
    expect(reply.errors![0].message).toContain(words);
    expect(await storedName(email)).toBeUndefined();
  });

  it('signs up a name trimmed and composed, as it will be printed', async () => {
    const { email, reply } = await signUp('  Zoe\u0301 Nguye\u0302\u0303n  ');
    expect(reply.errors).toBeUndefined();
    expect(await storedName(email)).toBe('Zoé Nguyễn');
  });

  it('shows an older spoofing name written out on one line, in the verify answer, the holder’s certificate and the PDF', async () => {
    const { certificate } = await issueToNewLearner(api, admin, course, SPOOF);
    expect(certificate.holderName).toBe(SPOOF_SHOWN);

    const { data } = await api.graphql(VERIFY, { code: certificate.code });
    expect(data!.verifyCertificate).toMatchObject({ status: 'VALID', holderName: SPOOF_SHOWN, courseTitle: course.title });

    const lines = await pdfOf(certificate.id);
    expect(nameLines(lines)).toEqual([SPOOF_SHOWN]);
    expect(lines.filter((line) => line.startsWith('has completed'))).toEqual(['has completed']);
  });

  it('shows an older name with a direction override with the override written out, in stored order', async () => {
    const { certificate } = await issueToNewLearner(api, admin, course, 'Jo \u202Esyadiloh 04\u202C');
    const { data } = await api.graphql(VERIFY, { code: certificate.code });
    expect(data!.verifyCertificate.holderName).toBe('Jo \\u202Esyadiloh 04\\u202C');
    expect(nameLines(await pdfOf(certificate.id))).toEqual(['Jo \\u202Esyadiloh 04\\u202C']);
  });

  it('prints a name too long for the line smaller, then cut with an ellipsis, still on one line', async () => {
    const name = `Wilhelmina ${'Wolfeschlegelsteinhausenbergerdorff '.repeat(5)}Jr`;
    const { certificate } = await issueToNewLearner(api, admin, course, name);
    const [line, ...more] = nameLines(await pdfOf(certificate.id));
    expect(more).toEqual([]);
    expect(line).toMatch(/^Wilhelmina Wolfeschlegelsteinhausenbergerdorff .+…$/);
    expect(line.length).toBeLessThan(name.length);
  });
});
