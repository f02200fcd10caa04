import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { manifestListing, zipOf } from './qti-exchange-fixtures';
import { FOREIGN_ITEMS } from './qti-foreign-fixtures';
import { checkAgainstSchema, ITEM_SCHEMA, MANIFEST_SCHEMA } from './qti-schema-fixtures';

const IMPORT = `mutation($quizId: ID!, $packageBase64: String!, $passageAnchor: String) {
  importQtiPackage(quizId: $quizId, packageBase64: $packageBase64, passageAnchor: $passageAnchor) {
    quiz { status version questions { key type prompt explanation passageAnchor referenceKeys options { id text correct }
      numericAnswer { value tolerance min max } acceptedAnswers } }
    imported { itemIdentifier questionKey type replaced leftOut }
    notImported { itemIdentifier file reasons }
    otherContentLeftOut } }`;
const PUBLISH = `mutation($quizId: ID!) { publishQuiz(quizId: $quizId) { version } }`;
const CREATE = `mutation($quizId: ID!, $input: NewQuestionInput!) { createQuestion(quizId: $quizId, input: $input) { version } }`;

function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  (response as unknown as NodeJS.ReadableStream).on('data', (chunk: Buffer) => chunks.push(chunk));
  (response as unknown as NodeJS.ReadableStream).on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('quizzes exchanged as QTI 3.0 packages', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let basicsId: string;
  let finalId: string;

  const download = (quizId: string, token?: string, query = '') => {
    const call = request(api.app.getHttpServer()).get(`/quizzes/${quizId}/qti-package.zip${query}`).buffer(true).parse(binary);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };
  const importPackage = (quizId: string, zip: Buffer, passageAnchor?: string) =>
    api.graphql(IMPORT, { quizId, packageBase64: zip.toString('base64'), passageAnchor }, instructor.token);
  /** Every version of every quiz with its questions, as stored. */
  const stored = () =>
    api.dataSource.query(
      `SELECT to_jsonb(v) AS version, (SELECT jsonb_agg(to_jsonb(q) ORDER BY q.id) FROM question q WHERE q.quiz_version_id = v.id) AS questions
         FROM quiz_version v ORDER BY v.id`,
    );

  beforeEach(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: basicsId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    [{ id: finalId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'final-exam'`);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
  });
  afterEach(() => api.close());

  it('serves the package to instructors and admins only', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    expect((await download(basicsId)).status).toBe(401);
    const refused = await download(basicsId, learner.token);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body.toString()).code).toBe('FORBIDDEN');
    expect((await download(basicsId, admin.token)).status).toBe(200);
    const missing = await download('00000000-0000-4000-8000-000000000000', instructor.token);
    expect([missing.status, JSON.parse(missing.body.toString()).code]).toEqual([404, 'NOT_FOUND']);
    const unknownVersion = await download(basicsId, instructor.token, '?version=latest');
    expect([unknownVersion.status, JSON.parse(unknownVersion.body.toString()).code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('downloads the published version or the draft as a package that passes the QTI 3.0 schemas', async () => {
    const published = await download(finalId, instructor.token, '?version=published');
    expect(published.status).toBe(200);
    expect(published.headers['content-type']).toBe('application/zip');
    expect(published.headers['content-disposition']).toBe('attachment; filename=final-exam-v1-published-qti.zip');
    const files = Object.fromEntries(Object.entries(unzipSync(published.body)).map(([name, bytes]) => [name, strFromU8(bytes)]));
    const { 'imsmanifest.xml': manifest, ...assessment } = files;
    expect(Object.keys(assessment).sort()).toEqual(['assessment-test.xml', 'items/facts.xml', 'items/name-it.xml', 'items/third-fact.xml']);
    expect((await checkAgainstSchema(ITEM_SCHEMA, assessment)).errors).toEqual([]);
    expect((await checkAgainstSchema(MANIFEST_SCHEMA, { 'imsmanifest.xml': manifest })).errors).toEqual([]);

    const input = { key: 'total-units', type: 'NUMERIC', prompt: 'Total units?', explanation: 'The label says 155.', passageAnchor: 'basics-1', numericAnswer: { value: 155, tolerance: 5 } };
    expect((await api.graphql(CREATE, { quizId: finalId, input }, instructor.token)).errors).toBeUndefined();
    const draft = await download(finalId, instructor.token);
    expect(draft.headers['content-disposition']).toBe('attachment; filename=final-exam-v2-draft-qti.zip');
    expect(Object.keys(unzipSync(draft.body))).toContain('items/total-units.xml');
    expect(Object.keys(unzipSync((await download(finalId, instructor.token, '?version=published')).body))).not.toContain('items/total-units.xml');
  }, 60_000);

  it('brings an exported quiz back as the same questions, options, keys and answers, in a draft that differs in nothing', async () => {
    const exported = (await download(basicsId, instructor.token)).body;
    const { data, errors } = await importPackage(basicsId, exported);
    expect(errors).toBeUndefined();
    const report = data!.importQtiPackage;
    expect(report.imported).toEqual([
      { itemIdentifier: 'item-first-fact', questionKey: 'first-fact', type: 'SINGLE_CHOICE', replaced: true, leftOut: [] },
      { itemIdentifier: 'item-points', questionKey: 'points', type: 'NUMERIC', replaced: true, leftOut: [] },
    ]);
    expect(report.notImported).toEqual([]);
    expect(report.quiz.status).toBe('DRAFT');
    const { errors: publishErrors } = await api.graphql(PUBLISH, { quizId: basicsId }, instructor.token);
    expect(publishErrors![0].message).toBe('The draft is the same as version 1; there is nothing to publish.');
  });

  it("adds another quiz's questions to the draft unchanged, and leaves every published version as it was", async () => {
    const before = await stored();
    const [{ questions: finalQuestions }] = await api.dataSource.query(
      `SELECT jsonb_agg(to_jsonb(q) - 'id' - 'quiz_version_id' - 'position' ORDER BY q.position) AS questions FROM question q
         JOIN quiz ON quiz.published_version_id = q.quiz_version_id WHERE quiz.slug = 'final-exam'`,
    );
    const { data } = await importPackage(basicsId, (await download(finalId, instructor.token)).body);
    const report = data!.importQtiPackage;
    expect(report.imported.map((each: { questionKey: string; replaced: boolean }) => [each.questionKey, each.replaced])).toEqual([
      ['third-fact', false],
      ['name-it', false],
      ['facts', false],
    ]);
    expect(report.quiz.questions.map((question: { key: string }) => question.key)).toEqual(['first-fact', 'points', 'third-fact', 'name-it', 'facts']);
    const [{ questions: added }] = await api.dataSource.query(
      `SELECT jsonb_agg(to_jsonb(q) - 'id' - 'quiz_version_id' - 'position' ORDER BY q.position) AS questions FROM question q
         JOIN quiz_version v ON v.id = q.quiz_version_id AND v.status = 'DRAFT' JOIN quiz ON quiz.id = v.quiz_id
         WHERE quiz.slug = 'basics-quiz' AND q.position > 2`,
    );
    expect(added).toEqual(finalQuestions);
    const [audit] = await api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'QUIZ_QTI_IMPORTED'`);
    expect(audit).toEqual({ actor_id: instructor.id, details: { quizId: basicsId, imported: ['third-fact', 'name-it', 'facts'], notImported: 0 } });
    const after = await stored();
    const published = (rows: { version: { status: string } }[]) => rows.filter((row) => row.version.status === 'PUBLISHED');
    expect(published(after)).toEqual(published(before));
  });

  it("reports each item of another tool's package it could not carry over, and carries over the rest", async () => {
    const files = Object.keys(FOREIGN_ITEMS);
    const zip = zipOf({ 'imsmanifest.xml': manifestListing(files), ...FOREIGN_ITEMS });
    const { data, errors } = await importPackage(finalId, zip, 'basics-2');
    expect(errors).toBeUndefined();
    const report = data!.importQtiPackage;
    expect(report.imported.map((each: { questionKey: string; type: string }) => `${each.questionKey} ${each.type}`)).toEqual([
      'octahedron-tf TRUE_FALSE',
      'materials-ma MULTIPLE_CHOICE',
      'capital-te SHORT_TEXT',
      'boiling-num NUMERIC',
    ]);
    expect(report.notImported.map((each: { itemIdentifier: string; reasons: string[] }) => [each.itemIdentifier, each.reasons[0]])).toEqual([
      ['Map-HOTSPOT', expect.stringMatching(/^Its hotspot interaction has no counterpart/)],
      ['Steps-ORDER', expect.stringMatching(/^Its order interaction has no counterpart/)],
      ['Pictured-MC', 'It shows an image, which questions here cannot show.'],
      ['Scored-CUSTOM', expect.stringMatching(/template .* is not one this import reads/)],
      ['Unexplained-MC', 'Write an explanation: learners read it after submitting.'],
    ]);
    const added = report.quiz.questions.filter((question: { key: string }) => question.key === 'boiling-num');
    expect(added).toEqual([expect.objectContaining({ passageAnchor: 'basics-2', numericAnswer: { value: null, tolerance: null, min: 99, max: 102 } })]);
  });

  it('writes nothing and creates no draft when no item can be carried over', async () => {
    const before = await stored();
    const zip = zipOf({ 'imsmanifest.xml': manifestListing(['hotspot.xml']), 'hotspot.xml': FOREIGN_ITEMS['hotspot.xml'] });
    const { data } = await importPackage(basicsId, zip);
    expect(data!.importQtiPackage.quiz.status).toBe('PUBLISHED');
    expect(data!.importQtiPackage.notImported).toHaveLength(1);
    expect(await stored()).toEqual(before);
  });

  it('refuses a hostile package with a stable reason, and writes nothing', async () => {
    const before = await stored();
    const manifest = manifestListing(['capital.xml']);
    const hostile: [string, Buffer][] = [
      ['PACKAGE_NOT_A_ZIP', Buffer.from('just text, not a zip archive')],
      ['PACKAGE_UNSAFE_PATH', zipOf({ 'imsmanifest.xml': manifest, '../../capital.xml': FOREIGN_ITEMS['capital.xml'] })],
      ['PACKAGE_EXPANDS_TOO_FAR', zipOf({ 'imsmanifest.xml': manifest, 'capital.xml': new Uint8Array(3 * 1024 * 1024) })],
      ['PACKAGE_XML_DOCTYPE', zipOf({ 'imsmanifest.xml': `<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>${manifest.replace(/^<\?xml[^>]*>/, '')}` })],
      ['PACKAGE_NO_MANIFEST', zipOf({ 'capital.xml': FOREIGN_ITEMS['capital.xml'] })],
    ];
    for (const [reason, zip] of hostile) {
      const { data, errors } = await importPackage(basicsId, zip, 'basics-1');
      expect(data).toBeNull();
      expect(errors![0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', reason }));
    }
    const notBase64 = await api.graphql(IMPORT, { quizId: basicsId, packageBase64: 'not base64!' }, instructor.token);
    expect(notBase64.errors![0]).toMatchObject({ message: 'The package must be sent as base64.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await stored()).toEqual(before);
  });
});
