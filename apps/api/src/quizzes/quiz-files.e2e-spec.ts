import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const EXPORT = `query($quizId: ID!) { quizYaml(quizId: $quizId) }`;
const IMPORT = `mutation($quizId: ID!, $yaml: String!) { importQuizYaml(quizId: $quizId, yaml: $yaml) {
  status version passingScore questions { key prompt } } }`;
const PUBLISH = `mutation($quizId: ID!) { publishQuiz(quizId: $quizId) { version status changes { changedQuestions changedSettings } } }`;

describe('quizzes as YAML files', () => {
  let api: TestApp;
  let instructor: TestAccount;
  let quizId: string;

  beforeEach(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    [{ id: quizId }] = await api.dataSource.query(`SELECT id FROM quiz WHERE slug = 'basics-quiz'`);
    instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
  });
  afterEach(() => api.close());

  it('exports a quiz as the file content/ holds, and loads an edited file back as a draft to publish', async () => {
    const exported = await api.graphql(EXPORT, { quizId }, instructor.token);
    expect(exported.errors).toBeUndefined();
    const yaml: string = exported.data!.quizYaml;
    expect(yaml).toContain('slug: basics-quiz');
    expect(yaml).toContain('prompt: Which is the first fact?');
    expect(yaml.match(/^ {2}- id: /gm)).toEqual(['  - id: ', '  - id: ']);

    const edited = yaml.replace('passingScore: 80', 'passingScore: 90').replace('Which is the first fact?', 'Which fact comes first?');
    const imported = await api.graphql(IMPORT, { quizId, yaml: edited }, instructor.token);
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importQuizYaml).toMatchObject({ status: 'DRAFT', version: 2, passingScore: 90 });
    expect(imported.data!.importQuizYaml.questions[0]).toEqual({ key: 'first-fact', prompt: 'Which fact comes first?' });

    const published = await api.graphql(PUBLISH, { quizId }, instructor.token);
    expect(published.data!.publishQuiz).toEqual({
      version: 2,
      status: 'PUBLISHED',
      changes: { changedQuestions: ['first-fact'], changedSettings: ['passingScore'] },
    });
  });

  it('refuses a file with problems, naming each with its line, and leaves the quiz as it was', async () => {
    const yaml: string = (await api.graphql(EXPORT, { quizId }, instructor.token)).data!.quizYaml;
    const broken = yaml.replace('passingScore: 80', 'passingScore: 180').replace('passage: basics-2', 'passage: nowhere');
    const { errors } = await api.graphql(IMPORT, { quizId, yaml: broken }, instructor.token);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/^Line 3: passingScore: .+\.$/);
    const wrongSlug = await api.graphql(IMPORT, { quizId, yaml: yaml.replace('slug: basics-quiz', 'slug: other-quiz') }, instructor.token);
    expect(wrongSlug.errors![0].message).toBe('The file is for the quiz "other-quiz", not "basics-quiz".');
    const unknownPassage = await api.graphql(IMPORT, { quizId, yaml: yaml.replace('passage: basics-2', 'passage: nowhere') }, instructor.token);
    expect(unknownPassage.errors![0].message).toMatch(/^Question "points": .*nowhere/);

    const [{ drafts }] = await api.dataSource.query(`SELECT count(*)::int AS drafts FROM quiz_version WHERE status = 'DRAFT'`);
    expect(drafts).toBe(0);
  });

  it('refuses a file whose aliases expand without bound ("billion laughs") as bad input, and leaves the draft as it was', async () => {
    const yaml: string = (await api.graphql(EXPORT, { quizId }, instructor.token)).data!.quizYaml;
    const draft = await api.graphql(IMPORT, { quizId, yaml: yaml.replace('passingScore: 80', 'passingScore: 90') }, instructor.token);
    expect(draft.errors).toBeUndefined();
    const stored = () =>
      api.dataSource.query(
        `SELECT to_jsonb(v) AS version, (SELECT jsonb_agg(to_jsonb(q) ORDER BY q.id) FROM question q WHERE q.quiz_version_id = v.id) AS questions
           FROM quiz_version v WHERE v.quiz_id = $1 ORDER BY v.version`,
        [quizId],
      );
    const before = await stored();

    const levels = 'abcdefghij';
    const laughs = [...levels].map((name, level) =>
      level === 0 ? `lol${name}: &${name} [lol, lol, lol, lol, lol, lol, lol, lol, lol]` : `lol${name}: &${name} [${Array(9).fill(`*${levels[level - 1]}`).join(', ')}]`,
    );
    const bomb = `${yaml.trimEnd()}\n${laughs.join('\n')}\n`;
    const { data, errors } = await api.graphql(IMPORT, { quizId, yaml: bomb }, instructor.token);
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'The file uses aliases (*name) so often that it would expand without bound; write the repeated parts out instead.',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(await stored()).toEqual(before);
  });
});
