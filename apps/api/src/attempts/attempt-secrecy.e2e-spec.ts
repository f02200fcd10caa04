import * as path from 'node:path';
import { loadCoursePackage } from '@ptp/content';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface SchemaType {
  name: string;
  kind: string;
  fields: { name: string; args: { type: TypeRef }[]; type: TypeRef }[] | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{ __schema { types { name kind fields { name args { type { ${TYPE_REF} } } type { ${TYPE_REF} } } } } }`;

/** Fields that carry an answer key; on a learner's path they may appear only under QuestionFeedback. */
const ANSWER_KEY_FIELDS = new Set(['correct', 'correctOptionIds', 'acceptedAnswers', 'numericAnswer', 'explanation']);

const namedType = (ref: TypeRef): TypeRef => (ref.ofType ? namedType(ref.ofType) : ref);

/** Some answer of the right shape, so that saved answers are part of what is read back. */
function guess(question: { id: string; type: string; options: { id: string }[] }) {
  if (question.options.length > 0) return { questionId: question.id, optionIds: [question.options[0].id] };
  return question.type === 'NUMERIC' ? { questionId: question.id, number: 1 } : { questionId: question.id, text: 'a guess' };
}

describe('answer keys while a quiz is being taken', () => {
  let api: TestApp;
  let learner: TestAccount;
  let types: Map<string, SchemaType>;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    learner = await createAccount(api.dataSource);
    const { data } = await api.graphql(INTROSPECTION);
    types = new Map(data!.__schema.types.map((type: SchemaType) => [type.name, type]));
  });
  afterAll(() => api.close());

  /** Every field of a type, nested as deep as the query limits allow, skipping fields that need arguments. */
  function everyField(typeName: string, depth: number): string {
    return types
      .get(typeName)!
      .fields!.filter((field) => field.args.every((arg) => arg.type.kind !== 'NON_NULL'))
      .map((field) => {
        const target = namedType(field.type);
        if (target.kind !== 'OBJECT') return field.name;
        return depth > 0 ? `${field.name} { ${everyField(target.name!, depth - 1)} }` : null;
      })
      .filter(Boolean)
      .join(' ');
  }

  /** Types reachable from a learner-facing type, with the fields they offer. */
  function reachable(from: string, seen = new Map<string, string[]>()): Map<string, string[]> {
    const type = types.get(from)!;
    if (seen.has(from) || !type.fields) return seen;
    seen.set(from, type.fields.map((field) => field.name));
    for (const field of type.fields) reachable(namedType(field.type).name!, seen);
    return seen;
  }

  /** The explanations, accepted answers and numeric answers of the fixture's quiz files. */
  function answerKeysOfFixture() {
    const { package: course } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    const questions = [...course!.modules.flatMap((module) => module.quiz?.questions ?? []), ...course!.finalExam!.questions];
    return {
      explanations: questions.map((question) => question.explanation),
      acceptedAnswers: questions.flatMap((question) => question.acceptedAnswers),
      numbers: questions.flatMap((question) => Object.values(question.numericAnswer ?? {})),
    };
  }

  function everyValue(value: unknown, visit: (key: string, value: unknown) => void, key = ''): void {
    if (Array.isArray(value)) value.forEach((item) => everyValue(item, visit, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([name, item]) => everyValue(item, visit, name));
    else visit(key, value);
  }

  it('offers no answer-key field on any type a learner reaches, except the feedback given after submission', () => {
    const offered = [...reachable('Quiz'), ...reachable('QuizAttempt')].flatMap(([type, fields]) =>
      fields.filter((field) => ANSWER_KEY_FIELDS.has(field)).map((field) => `${type}.${field}`),
    );
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((field) => field.startsWith('QuestionFeedback.'))).toBe(true);
  });

  it('refuses a query that asks an attempt question whether an option is correct', async () => {
    const query = `mutation { startQuizAttempt(quizId: "x") { questions { options { correct } } } }`;
    const { errors } = await api.graphql(query, {}, learner.token);
    expect(errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reveals no correct option, accepted answer, numeric answer or explanation through any field before submission', async () => {
    const quizIds: { id: string }[] = await api.dataSource.query(`SELECT id FROM quiz`);
    const everything = everyField('QuizAttempt', 4);
    const responses: unknown[] = [];
    for (const { id } of quizIds) {
      const started = await api.graphql(
        `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${everything} } }`,
        { quizId: id },
        learner.token,
      );
      const attempt = started.data!.startQuizAttempt;
      const saved = await api.graphql(
        `mutation Save($attemptId: ID!, $answers: [AnswerInput!]!) {
           saveQuizAnswers(attemptId: $attemptId, answers: $answers) { ${everything} } }`,
        { attemptId: attempt.id, answers: attempt.questions.map(guess) },
        learner.token,
      );
      const read = await api.graphql(`query Read($id: ID!) { attempt(id: $id) { ${everything} } }`, { id: attempt.id }, learner.token);
      responses.push(started, saved, read);
    }
    const quiz = everyField('Quiz', 4);
    responses.push(await api.graphql(`{ courses { finalQuiz { ${quiz} } modules { quiz { ${quiz} } } } }`, {}, learner.token));

    expect(responses.every((response) => !(response as { errors?: unknown }).errors)).toBe(true);
    const keys = answerKeysOfFixture();
    const strings: string[] = [];
    const numbers: number[] = [];
    everyValue(responses, (key, value) => {
      if (ANSWER_KEY_FIELDS.has(key)) expect(value).toBeNull();
      if (typeof value === 'string') strings.push(value);
      if (typeof value === 'number') numbers.push(value);
    });
    expect(JSON.stringify(responses)).toContain('"feedback":null');
    for (const explanation of keys.explanations) expect(strings.some((text) => text.includes(explanation))).toBe(false);
    for (const accepted of keys.acceptedAnswers) expect(strings).not.toContain(accepted);
    for (const number of keys.numbers) expect(numbers).not.toContain(number);
  });
});
