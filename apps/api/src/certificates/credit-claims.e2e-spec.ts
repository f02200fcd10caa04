import * as path from 'node:path';
import { loadCoursePackage } from '@ptp/content';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { downloadCertificateFile } from '../testing/downloads';
import { textOfPdf } from '../testing/pdf-text';
import { eventually, learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { statementsOf } from '../testing/statement-count';
import { fixturesRoot, type TestApp } from '../testing/test-app';
import { certificateTestApp, publishedVersionOf, REVOKE, signOff } from './certificate-fixtures';

const OPTIONS = `{ creditClaimOptions(courseSlug: "sample-course") {
  certificateCode blocker profession measuredMinutes offers { type maximum designation openToProfession }
  claim { creditType amount designation measuredMinutes attested }
} }`;
const CLAIM = `mutation($input: ClaimCreditInput!) { claimCredit(input: $input) { creditType amount designation claimedAt measuredMinutes attested } }`;
const EVALUATION = '{ courseEvaluation(courseSlug: "sample-course") { version submittedAt items { id kind scale required purpose } } }';
const SUBMIT = `mutation($answers: [EvaluationAnswerInput!]!) { submitEvaluation(input: { courseSlug: "sample-course", answers: $answers }) { submittedAt } }`;
const PROFILE = `mutation($profession: Profession) { updateCreditProfile(input: { profession: $profession, boardReportingConsent: false }) { profession } }`;
const DESIGNATION = 'A certificate of participation for up to 1.5 hours.';
const AMA_DESIGNATION =
  'The test provider designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.';
const GOOD_ANSWERS = [
  { itemId: 'objectives-met', rating: 4 },
  { itemId: 'free-of-bias', agreed: true },
  { itemId: 'change', comment: 'Screen for medication overuse first.' },
];
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe('claiming credit', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await certificateTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
    admin = await createAccount(api.dataSource, ['ADMIN']);
  });
  afterAll(() => api.close());

  const claims = async () => Number((await api.dataSource.query(`SELECT count(*) FROM credit_claim`))[0].count);

  /** A learner holding the sample course's certificate, with the steps towards a claim the test asks for done. */
  async function certifiedLearner(name: string, steps: { evaluated?: boolean; profession?: string } = {}) {
    const { learner, passFinalExam } = await learnerBeforeFinalExam(api, name);
    await passFinalExam();
    const options = async () => (await api.graphql(OPTIONS, {}, learner.token)).data!.creditClaimOptions;
    await eventually(options, (found) => found.certificateCode !== null);
    if (steps.evaluated) expect((await api.graphql(SUBMIT, { answers: GOOD_ANSWERS }, learner.token)).errors).toBeUndefined();
    if (steps.profession) await api.graphql(PROFILE, { profession: steps.profession }, learner.token);
    const claim = (input: Record<string, unknown>) => api.graphql(CLAIM, { input: { courseSlug: 'sample-course', ...input } }, learner.token);
    return { learner, options, claim };
  }

  it('is refused before the course is complete, and there is no evaluation to fill in yet', async () => {
    const { learner } = await learnerBeforeFinalExam(api, 'Dr Early Bird');

    expect((await api.graphql(OPTIONS, {}, learner.token)).data!.creditClaimOptions).toMatchObject({ certificateCode: null, blocker: 'NO_CERTIFICATE', offers: [] });
    expect(codeOf(await api.graphql(CLAIM, { input: { courseSlug: 'sample-course', creditType: 'PARTICIPATION', amount: 1 } }, learner.token))).toBe('NOT_ELIGIBLE');
    expect(codeOf(await api.graphql(EVALUATION, {}, learner.token))).toBe('NOT_ELIGIBLE');
  });

  it('asks for the evaluation first, then the profession, then takes the claim', async () => {
    const { learner, options, claim } = await certifiedLearner('Dr Nell Nurse');

    expect((await options()).blocker).toBe('EVALUATION_REQUIRED');
    expect(codeOf(await claim({ creditType: 'PARTICIPATION', amount: 1, attest: true }))).toBe('EVALUATION_REQUIRED');
    expect((await api.graphql(EVALUATION, {}, learner.token)).data!.courseEvaluation).toEqual({
      version: 1,
      submittedAt: null,
      items: [
        { id: 'objectives-met', kind: 'RATING', scale: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'], required: true, purpose: null },
        { id: 'free-of-bias', kind: 'YES_NO', scale: [], required: true, purpose: 'COMMERCIAL_BIAS' },
        { id: 'change', kind: 'TEXT', scale: [], required: false, purpose: 'COMMITMENT_TO_CHANGE' },
      ],
    });

    await api.graphql(SUBMIT, { answers: GOOD_ANSWERS }, learner.token);
    expect((await options()).blocker).toBe('CREDIT_PROFILE_REQUIRED');
    expect(codeOf(await claim({ creditType: 'PARTICIPATION', amount: 1, attest: true }))).toBe('CREDIT_PROFILE_REQUIRED');

    await api.graphql(PROFILE, { profession: 'NURSE' }, learner.token);
    const ready = await options();
    expect(ready).toMatchObject({
      blocker: null,
      profession: 'NURSE',
      offers: [{ type: 'PARTICIPATION', maximum: 1.5, designation: DESIGNATION, openToProfession: true }],
      claim: null,
    });
    expect(ready.measuredMinutes).toBeLessThan(60);

    const made = await claim({ creditType: 'PARTICIPATION', amount: 1.25, attest: true });
    expect(made.errors).toBeUndefined();
    expect(made.data!.claimCredit).toMatchObject({ creditType: 'PARTICIPATION', amount: 1.25, designation: DESIGNATION, attested: true });
    expect(await options()).toMatchObject({ blocker: 'ALREADY_CLAIMED', claim: { amount: 1.25, attested: true } });
  });

  it('asks for an attestation when the claim is more than the time measured, and none when it is not', async () => {
    const { learner, claim } = await certifiedLearner('Dr Tim Measured', { evaluated: true, profession: 'PHARMACIST' });
    const before = await claims();

    const refused = await claim({ creditType: 'PARTICIPATION', amount: 1.5 });
    expect(codeOf(refused)).toBe('ATTESTATION_REQUIRED');
    expect(refused.errors![0].extensions!.measuredMinutes).toBeLessThan(90);
    expect(await claims()).toBe(before);

    // The lesson pages measured 70 and 30 minutes; a page open longer than an hour counts as an hour.
    const [first, second] = await api.dataSource.query(`SELECT lesson_slug FROM lesson_completion WHERE user_id = $1 ORDER BY lesson_slug`, [learner.id]);
    await api.dataSource.query(`UPDATE lesson_completion SET time_spent_seconds = 4200 WHERE user_id = $1 AND lesson_slug = $2`, [learner.id, first.lesson_slug]);
    await api.dataSource.query(`UPDATE lesson_completion SET time_spent_seconds = 1800 WHERE user_id = $1 AND lesson_slug = $2`, [learner.id, second.lesson_slug]);
    const made = await claim({ creditType: 'PARTICIPATION', amount: 1.5 });
    expect(made.errors).toBeUndefined();
    expect(made.data!.claimCredit).toMatchObject({ amount: 1.5, attested: false });
    expect(made.data!.claimCredit.measuredMinutes).toBeGreaterThanOrEqual(90);
    expect(made.data!.claimCredit.measuredMinutes).toBeLessThan(100);
  });

  it.each([
    ['a fraction that is not a quarter hour', { amount: 0.3 }, 'amount'],
    ['more than the course offers', { amount: 1.75 }, 'amount'],
    ['nothing', { amount: 0 }, 'amount'],
    ['a credit type the course does not offer', { creditType: 'AMA_PRA_CATEGORY_1' }, 'creditType'],
  ])('refuses %s with the field, and stores nothing', async (_case, change, field) => {
    const { claim } = await certifiedLearner(`Dr Field ${field}`, { evaluated: true, profession: 'PHYSICIAN' });
    const before = await claims();

    const refused = await claim({ creditType: 'PARTICIPATION', amount: 1, attest: true, ...change });

    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(Object.keys(refused.errors![0].extensions!.fields as object)).toEqual([field]);
    expect(await claims()).toBe(before);
  });

  it('takes one of two claims sent at once on the same certificate', async () => {
    const { claim } = await certifiedLearner('Dr Double Click', { evaluated: true, profession: 'NURSE' });

    const results = await Promise.all([claim({ creditType: 'PARTICIPATION', amount: 1, attest: true }), claim({ creditType: 'PARTICIPATION', amount: 1.5, attest: true })]);

    expect(results.map(codeOf).sort()).toEqual(['ALREADY_CLAIMED', undefined]);
  });

  it('is refused on a revoked certificate', async () => {
    const { learner, options, claim } = await certifiedLearner('Dr Rev Oked', { evaluated: true, profession: 'NURSE' });
    const [{ id }] = await api.dataSource.query(`SELECT id FROM certificate WHERE user_id = $1`, [learner.id]);
    await api.graphql(REVOKE, { certificateId: id, reason: 'Issued to the wrong learner by mistake.' }, admin.token);

    expect((await options()).blocker).toBe('NO_CERTIFICATE');
    expect(codeOf(await claim({ creditType: 'PARTICIPATION', amount: 1, attest: true }))).toBe('NOT_ELIGIBLE');
  });

  it('puts the claim on the certificate: the holder’s page, the verify page, the PDF and the signed credential', async () => {
    const { learner, claim } = await certifiedLearner('Dr Stated Claim', { evaluated: true, profession: 'NURSE' });
    const claimedAt = (await claim({ creditType: 'PARTICIPATION', amount: 1.5, attest: true })).data!.claimCredit.claimedAt;
    const stated = { creditType: 'PARTICIPATION', amount: 1.5, designation: DESIGNATION, claimedAt };

    const [certificate] = (await api.graphql('{ myCertificates { id code creditClaim { creditType amount designation claimedAt } } }', {}, learner.token)).data!.myCertificates;
    expect(certificate.creditClaim).toEqual(stated);
    const verified = await api.graphql('query($code: String!) { verifyCertificate(code: $code) { creditClaim { creditType amount designation claimedAt } } }', { code: certificate.code });
    expect(verified.data!.verifyCertificate.creditClaim).toEqual(stated);

    const download = (file: string) => downloadCertificateFile(api, certificate.id, file, learner.token);
    const text = textOfPdf((await download('certificate.pdf')).body).replace(/\s+/g, ' ');
    expect(text).toContain('1.5 hours of participation claimed on');
    expect(text).toContain(DESIGNATION);
    expect(text).not.toContain('Certificate of participation: up to');

    const jwt = JSON.parse((await download('credential.json')).body.toString('utf8')).compactJwsString as string;
    const { credentialSubject } = decode(jwt.split('.')[1]);
    expect(credentialSubject.creditsEarned).toBe(1.5);
    expect(credentialSubject.narrative).toBe(`1.5 hours of participation claimed on ${claimedAt.slice(0, 10)}. ${DESIGNATION}`);
  });

  it('reads what a claim needs in the same number of statements for every learner', async () => {
    const first = await certifiedLearner('Dr Count One', { evaluated: true, profession: 'NURSE' });
    const second = await certifiedLearner('Dr Count Two');
    const count = (token: string) => statementsOf(api.dataSource, () => api.graphql(OPTIONS, {}, token));

    expect(await count(first.learner.token)).toBe(await count(second.learner.token));
  });

  it('offers a credit type only to the professions that may claim it, and refuses it to another with CREDIT_NOT_FOR_PROFESSION', async () => {
    const { package: current } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    const accreditation = current!.accreditation!;
    await new ContentImportService(api.dataSource).importPackage({
      ...current!,
      contentHash: `${current!.contentHash}-ama`,
      accreditation: { ...accreditation, accredited: true, credits: [{ type: 'AMA_PRA_CATEGORY_1', maximum: 1, designation: AMA_DESIGNATION }, ...accreditation.credits] },
    });
    await signOff(api.dataSource, await publishedVersionOf(api.dataSource, 'sample-course'));
    const nurse = await certifiedLearner('Dr Nia Nurse', { evaluated: true, profession: 'NURSE' });
    const physician = await certifiedLearner('Dr Phil Physician', { evaluated: true, profession: 'PHYSICIAN' });
    const openTo = async (learner: typeof nurse) =>
      (await learner.options()).offers.map((offer: { type: string; openToProfession: boolean }) => [offer.type, offer.openToProfession]);

    expect(await openTo(nurse)).toEqual([['AMA_PRA_CATEGORY_1', false], ['PARTICIPATION', true]]);
    expect(await openTo(physician)).toEqual([['AMA_PRA_CATEGORY_1', true], ['PARTICIPATION', true]]);
    const before = await claims();
    expect(codeOf(await nurse.claim({ creditType: 'AMA_PRA_CATEGORY_1', amount: 1, attest: true }))).toBe('CREDIT_NOT_FOR_PROFESSION');
    expect(await claims()).toBe(before);
    const made = await physician.claim({ creditType: 'AMA_PRA_CATEGORY_1', amount: 1, attest: true });
    expect(made.errors).toBeUndefined();
    expect(made.data!.claimCredit).toMatchObject({ creditType: 'AMA_PRA_CATEGORY_1', amount: 1, designation: AMA_DESIGNATION });
  });
});
