import { ContentImportService } from '../content-import/content-import.service';
import { downloadCertificateFile } from '../testing/downloads';
import { textOfPdf } from '../testing/pdf-text';
import { eventually, learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { fixturesRoot, type TestApp } from '../testing/test-app';
import { certificateTestApp, publishedVersionOf, signOff } from './certificate-fixtures';

const CREDITS = 'credits { type maximum designation } accreditationStatement';
const MINE = `{ myCertificates { id code ${CREDITS} } }`;
const VERIFY = `query Verify($code: String!) { verifyCertificate(code: $code) { status ${CREDITS} disclosuresAcknowledgedAt } }`;
const ACKNOWLEDGE = 'mutation { acknowledgeDisclosures(courseSlug: "sample-course") { acknowledgedAt } }';
const DESIGNATION = 'A certificate of participation for up to 1.5 hours.';
const STATEMENT = 'The test provider is not accredited to award continuing education credit.';

describe('a certificate states the credit the course offers', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await certificateTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
  });
  afterAll(() => api.close());

  it('with its designation statement, on the holder’s page, the verify page and the PDF', async () => {
    const { learner, passFinalExam } = await learnerBeforeFinalExam(api, 'Dr Cora Credit');
    await passFinalExam();
    const mine = async () => (await api.graphql(MINE, {}, learner.token)).data!.myCertificates as Record<string, any>[];
    const [certificate] = await eventually(mine, (found) => found.length > 0);
    const stated = {
      credits: [{ type: 'PARTICIPATION', maximum: 1.5, designation: DESIGNATION }],
      accreditationStatement: STATEMENT,
    };
    expect(certificate).toMatchObject(stated);

    const verified = await api.graphql(VERIFY, { code: certificate.code });
    expect(verified.data!.verifyCertificate).toEqual({ status: 'VALID', ...stated, disclosuresAcknowledgedAt: null });

    const pdf = await downloadCertificateFile(api, certificate.id, 'certificate.pdf', learner.token);
    const text = textOfPdf(pdf.body).replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of participation: up to 1.5 hours');
    expect(text).toContain(DESIGNATION);
    expect(text).not.toContain('1.5 credit hours');
  });

  it('names no credit on the verify page for a code that is not found', async () => {
    const { data } = await api.graphql(VERIFY, { code: '0000-0000-0000-0000-0' });

    expect(data!.verifyCertificate).toEqual({ status: 'NOT_FOUND', credits: null, accreditationStatement: null, disclosuresAcknowledgedAt: null });
  });

  it('shows on the verify page when the holder acknowledged the disclosures of the version earned on', async () => {
    const { learner, passFinalExam } = await learnerBeforeFinalExam(api, 'Dr Dana Disclosed');
    const acknowledged = (await api.graphql(ACKNOWLEDGE, {}, learner.token)).data!.acknowledgeDisclosures.acknowledgedAt;
    await passFinalExam();
    const mine = async () => (await api.graphql(MINE, {}, learner.token)).data!.myCertificates as Record<string, any>[];
    const [certificate] = await eventually(mine, (found) => found.length > 0);

    const { data } = await api.graphql(VERIFY, { code: certificate.code });
    expect(data!.verifyCertificate.disclosuresAcknowledgedAt).toBe(acknowledged);
  });
});
