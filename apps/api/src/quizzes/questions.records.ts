import type { ChoiceOption, NumericAnswer, QuestionType } from '@ptp/content';
import { expressionBuilder, sql, type Expression, type ExpressionBuilder } from 'kysely';
import { jsonBuildObject } from 'kysely/helpers/postgres';
import { asJsonb, listOrEmpty } from '../database/json-text';
import type { DB, Question } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';

/** Statements on question: the questions of each quiz version, answer keys included. */
const eb = expressionBuilder<DB, never>();

/** What an instructor or a quiz file says of a question, its key and position apart. */
export interface QuestionContent {
  type: QuestionType;
  prompt: string;
  explanation: string;
  passageAnchor: string | null;
  referenceKeys: string[];
  options: ChoiceOption[];
  numericAnswer: NumericAnswer | null;
  acceptedAnswers: string[];
}

/** A question of one quiz version, answer key included: never returned to learners as is. */
export interface StoredQuestion extends QuestionContent {
  id: string;
  quizVersionId: string;
  key: string;
  position: number;
}

// type, options, numeric_answer and accepted_answers hold what QuestionContent allowed when written.
const questionColumns = (questions: ExpressionBuilder<{ q: Question }, 'q'>) =>
  ({
    id: questions.ref('q.id'),
    quizVersionId: questions.ref('q.quizVersionId'),
    key: questions.ref('q.key'),
    position: questions.ref('q.position'),
    type: questions.ref('q.type').$castTo<QuestionType>(),
    prompt: questions.ref('q.prompt'),
    explanation: questions.ref('q.explanation'),
    passageAnchor: questions.ref('q.passageAnchor'),
    referenceKeys: questions.ref('q.referenceKeys'),
    options: questions.ref('q.options').$castTo<ChoiceOption[]>(),
    numericAnswer: questions.ref('q.numericAnswer').$castTo<NumericAnswer | null>(),
    acceptedAnswers: questions.ref('q.acceptedAnswers').$castTo<string[]>(),
  }) as const;

/** The questions of a quiz version in the quiz's order, as a JSON list. */
export const questionsOfVersionJson = (versionId: Expression<string>) =>
  listOrEmpty(
    eb
      .selectFrom('question as q')
      .where('q.quizVersionId', '=', versionId)
      .select((questions) => questions.fn.jsonAgg(jsonBuildObject(questionColumns(questions))).orderBy('q.position').as('questions'))
      .$asScalar(),
  );

/** How many questions a quiz version has. */
export const questionCountOf = (versionId: Expression<string>) =>
  eb
    .selectFrom('question as q')
    .where('q.quizVersionId', '=', versionId)
    .select((questions) => questions.fn.countAll<number>().as('total'))
    .$asScalar();

/** The questions of a quiz version, in the quiz's order, as stored. */
export async function questionsOfVersion(db: Database, versionId: string): Promise<StoredQuestion[]> {
  const { questions } = await typedSql(db)
    .selectNoFrom(questionsOfVersionJson(sql.val(versionId)).as('questions'))
    .executeTakeFirstOrThrow();
  return questions;
}

const contentValues = <Content extends QuestionContent>(content: Content) => ({
  ...content,
  options: asJsonb(content.options),
  numericAnswer: content.numericAnswer === null ? null : asJsonb(content.numericAnswer),
  acceptedAnswers: asJsonb(content.acceptedAnswers),
});

/** The columns of `question` a quiz file or an upload gives, as jsonb_to_recordset reads them from JSON. */
const GIVEN_COLUMNS = sql`given(key text, position int, type text, prompt text, explanation text, passage_anchor text,
  reference_keys text[], options jsonb, numeric_answer jsonb, accepted_answers jsonb)`;

type GivenQuestion = QuestionContent & { key: string; position: number };

/**
 * Adds questions to a version at the positions given, in one statement whose text is the same
 * however many there are, so it is prepared once.
 */
export async function insertQuestions(db: Database, quizVersionId: string, questions: GivenQuestion[]): Promise<void> {
  const given = questions.map((question) => ({
    key: question.key,
    position: question.position,
    type: question.type,
    prompt: question.prompt,
    explanation: question.explanation,
    passage_anchor: question.passageAnchor,
    reference_keys: question.referenceKeys,
    options: question.options,
    numeric_answer: question.numericAnswer,
    accepted_answers: question.acceptedAnswers,
  }));
  await typedSql(db)
    .insertInto('question')
    .columns(['quizVersionId', 'key', 'position', 'type', 'prompt', 'explanation', 'passageAnchor', 'referenceKeys', 'options', 'numericAnswer', 'acceptedAnswers'])
    .expression((rows) =>
      rows
        .selectFrom(sql<Omit<Question, 'id' | 'quizVersionId'>>`jsonb_to_recordset(${JSON.stringify(given)}::jsonb)`.as<'given'>(GIVEN_COLUMNS))
        .select([
          sql<string>`${quizVersionId}::uuid`.as('quizVersionId'),
          'given.key',
          'given.position',
          'given.type',
          'given.prompt',
          'given.explanation',
          'given.passageAnchor',
          'given.referenceKeys',
          'given.options',
          'given.numericAnswer',
          'given.acceptedAnswers',
        ]),
    )
    .execute();
}

/** Adds a question after the version's last one. */
export async function appendQuestion(db: Database, quizVersionId: string, key: string, content: QuestionContent): Promise<void> {
  await typedSql(db)
    .insertInto('question')
    .values((values) => ({
      ...contentValues(content),
      quizVersionId,
      key,
      position: values
        .selectFrom('question')
        .where('quizVersionId', '=', quizVersionId)
        .select(sql<number>`COALESCE(max(position), 0) + 1`.as('next'))
        .$asScalar()
        .$castTo<number>(),
    }))
    .execute();
}

/** Copies one version's questions, keys and positions into another: a new draft starts as the published version. */
export async function copyQuestions(db: Database, fromVersionId: string, toVersionId: string): Promise<void> {
  const columns = ['key', 'position', 'type', 'prompt', 'explanation', 'passageAnchor', 'referenceKeys', 'options', 'numericAnswer', 'acceptedAnswers'] as const;
  await typedSql(db)
    .insertInto('question')
    .columns(['quizVersionId', ...columns])
    .expression((copy) =>
      copy
        .selectFrom('question')
        .where('quizVersionId', '=', fromVersionId)
        .select([sql<string>`${toVersionId}::uuid`.as('quizVersionId'), ...columns]),
    )
    .execute();
}

export async function updateQuestionContent(db: Database, questionId: string, content: QuestionContent): Promise<void> {
  await typedSql(db).updateTable('question').set(contentValues(content)).where('id', '=', questionId).execute();
}

export async function deleteQuestion(db: Database, questionId: string): Promise<void> {
  await typedSql(db).deleteFrom('question').where('id', '=', questionId).execute();
}

export async function deleteQuestionsOfVersion(db: Database, quizVersionId: string): Promise<void> {
  await typedSql(db).deleteFrom('question').where('quizVersionId', '=', quizVersionId).execute();
}

/** The version's question with the key, if it has one. */
export async function questionWithKey(db: Database, quizVersionId: string, key: string): Promise<string | null> {
  const found = await typedSql(db)
    .selectFrom('question')
    .where('quizVersionId', '=', quizVersionId)
    .where('key', '=', key)
    .select('id')
    .executeTakeFirst();
  return found?.id ?? null;
}

/** Whether any published version of the quiz has a question with the key. */
export async function publishedQuestionKeyExists(db: Database, quizId: string, key: string): Promise<boolean> {
  const found = await typedSql(db)
    .selectFrom('question as q')
    .innerJoin('quizVersion as v', 'v.id', 'q.quizVersionId')
    .where('v.quizId', '=', quizId)
    .where('v.status', '=', 'PUBLISHED')
    .where('q.key', '=', key)
    .select('q.id')
    .executeTakeFirst();
  return found !== undefined;
}

/** The ids of the version's questions, in order. */
export async function questionIdsInOrder(db: Database, quizVersionId: string): Promise<string[]> {
  const rows = await typedSql(db).selectFrom('question').where('quizVersionId', '=', quizVersionId).orderBy('position').select('id').execute();
  return rows.map((row) => row.id);
}

export async function questionCount(db: Database, quizVersionId: string): Promise<number> {
  const { count } = await typedSql(db)
    .selectFrom('question')
    .where('quizVersionId', '=', quizVersionId)
    .select((questions) => questions.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** The quiz a question belongs to and its key, which stays the same across the quiz's versions. */
export async function questionIdentity(db: Database, questionId: string): Promise<{ quizId: string; key: string } | null> {
  const found = await typedSql(db)
    .selectFrom('question as q')
    .innerJoin('quizVersion as v', 'v.id', 'q.quizVersionId')
    .where('q.id', '=', questionId)
    .select(['v.quizId', 'q.key'])
    .executeTakeFirst();
  return found ?? null;
}

/**
 * For each given question of any version of the quiz, the draft's question with the same key
 * (null when the draft has none); questions of other quizzes are left out.
 */
export function draftCopies(db: Database, quizId: string, draftVersionId: string, questionIds: string[]) {
  return typedSql(db)
    .selectFrom('question as given')
    .innerJoin('quizVersion as v', (join) => join.onRef('v.id', '=', 'given.quizVersionId').on('v.quizId', '=', quizId))
    .leftJoin('question as mine', (join) => join.on('mine.quizVersionId', '=', draftVersionId).onRef('mine.key', '=', 'given.key'))
    .where('given.id', '=', sql<string>`ANY(${questionIds}::uuid[])`)
    .select(['given.id', 'given.key', 'mine.id as draftId'])
    .execute();
}

/** Numbers the version's questions 1..n in the given order; positions are unique, so they move out of the way first. */
export async function placeInOrder(db: Database, quizVersionId: string, questionIds: string[]): Promise<void> {
  const sqlOf = typedSql(db);
  await sqlOf
    .updateTable('question')
    .set((question) => ({ position: question.neg(question.ref('position')) }))
    .where('quizVersionId', '=', quizVersionId)
    .execute();
  await sqlOf
    .updateTable('question as q')
    .from(sql<{ id: string; position: number }>`unnest(${questionIds}::uuid[]) WITH ORDINALITY`.as<'o'>(sql`o(id, position)`))
    .set((question) => ({ position: question.ref('o.position') }))
    .whereRef('q.id', '=', 'o.id')
    .where('q.quizVersionId', '=', quizVersionId)
    .execute();
}
