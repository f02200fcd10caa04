import type { QuizDefinition } from '@ptp/content';
import { sql } from 'kysely';
import { writtenInThisTransaction } from '../common/immutable-cache';
import { asJsonText, type JsonText } from '../database/json-text';
import { typedSql, type Database } from '../database/typed-sql';
import type { FeedbackPolicyName, QuizVersionStatusName, ScoringRuleName } from './quiz-authoring.types';
import { QUIZ_SETTINGS } from './quiz-changes';
import type { Quiz } from './quizzes.types';
import { questionCountOf, questionsOfVersionJson, type StoredQuestion } from './questions.records';

/** Statements on quiz and quiz_version: a quiz's identity in its course, its draft and its published versions. */

/** As written: a quiz file's words or the API's enum values, which are the same strings. */
export type QuizSettings = Omit<QuizDefinition, 'slug' | 'questions'>;

/** Only the settings of something that has more, such as a quiz file or a version read before. */
function pickSettings(from: QuizSettings): QuizSettings {
  const { title, passingScore, maxAttempts, cooldownSeconds, timeLimitSeconds, drawCount, shuffleQuestions, shuffleOptions, feedback, scoring } = from;
  return { title, passingScore, maxAttempts, cooldownSeconds, timeLimitSeconds, drawCount, shuffleQuestions, shuffleOptions, feedback, scoring };
}

export interface LockedQuiz {
  id: string;
  publishedVersionId: string | null;
  draftVersionId: string | null;
}

/** Edits of one quiz take turns: the quiz row stays locked until the transaction ends. */
export async function lockQuiz(db: Database, quizId: string): Promise<LockedQuiz | null> {
  const found = await typedSql(db)
    .selectFrom('quiz as q')
    .where('q.id', '=', quizId)
    .select((quizzes) => [
      'q.id',
      'q.publishedVersionId',
      quizzes.selectFrom('quizVersion').whereRef('quizId', '=', 'q.id').where('status', '=', 'DRAFT').select('id').$asScalar().as('draftVersionId'),
    ])
    .forUpdate('q')
    .executeTakeFirst();
  return found ?? null;
}

/** A new draft, numbered after the quiz's latest version, with the settings of the version given. */
export async function createDraftFrom(db: Database, quizId: string, versionId: string): Promise<string> {
  const { id } = await typedSql(db)
    .insertInto('quizVersion')
    .columns(['quizId', 'version', 'status', ...QUIZ_SETTINGS])
    .expression((draft) =>
      draft
        .selectFrom('quizVersion')
        .where('id', '=', versionId)
        .select((versions) => [
          'quizId',
          versions.selectFrom('quizVersion').where('quizId', '=', quizId).select(sql<number>`max(version) + 1`.as('next')).$asScalar().as('version'),
          sql<string>`'DRAFT'`.as('status'),
          ...QUIZ_SETTINGS,
        ]),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The settings of a version `v` that say how an attempt at it runs. */
const HOW_ATTEMPTS_RUN = ['v.maxAttempts', 'v.cooldownSeconds', 'v.timeLimitSeconds', 'v.drawCount', 'v.shuffleQuestions', 'v.shuffleOptions'] as const;

export type VersionOfQuiz = Omit<QuizSettings, 'feedback' | 'scoring'> & {
  feedback: FeedbackPolicyName;
  scoring: ScoringRuleName;
  id: string;
  slug: string;
  versionId: string;
  version: number;
  status: QuizVersionStatusName;
  publishedAt: Date | null;
};

/** A version's quiz, number, status and settings. */
export function versionOfQuiz(db: Database, versionId: string): Promise<VersionOfQuiz> {
  return typedSql(db)
    .selectFrom('quizVersion as v')
    .innerJoin('quiz as q', 'q.id', 'v.quizId')
    .where('v.id', '=', versionId)
    .select((versions) => [
      'q.id',
      'q.slug',
      'v.id as versionId',
      'v.version',
      // status, feedback and scoring hold only the values their check constraints allow.
      versions.ref('v.status').$castTo<QuizVersionStatusName>().as('status'),
      'v.publishedAt',
      'v.title',
      'v.passingScore',
      ...HOW_ATTEMPTS_RUN,
      versions.ref('v.feedback').$castTo<FeedbackPolicyName>().as('feedback'),
      versions.ref('v.scoring').$castTo<ScoringRuleName>().as('scoring'),
    ])
    .executeTakeFirstOrThrow();
}

export async function writeSettings(db: Database, versionId: string, settings: QuizSettings): Promise<void> {
  await typedSql(db).updateTable('quizVersion').set(pickSettings(settings)).where('id', '=', versionId).execute();
}

/** The version a given one is compared with: the published one a draft would replace, or the one published before. */
export async function previousVersionId(db: Database, quiz: Pick<VersionOfQuiz, 'id' | 'status' | 'version'>): Promise<string | null> {
  const sqlOf = typedSql(db);
  const previous =
    quiz.status === 'DRAFT'
      ? await sqlOf.selectFrom('quiz').where('id', '=', quiz.id).select('publishedVersionId as id').executeTakeFirst()
      : await sqlOf
          .selectFrom('quizVersion')
          .where('quizId', '=', quiz.id)
          .where('status', '=', 'PUBLISHED')
          .where('version', '<', quiz.version)
          .orderBy('version', 'desc')
          .limit(1)
          .select('id')
          .executeTakeFirst();
  return previous?.id ?? null;
}

/** The version an instructor edits: the draft if there is one, else the published version. */
export async function authoringVersionId(db: Database, quizId: string): Promise<string | null> {
  const found = await typedSql(db)
    .selectFrom('quiz as q')
    .where('q.id', '=', quizId)
    .select((quizzes) =>
      quizzes.fn
        .coalesce(
          quizzes.selectFrom('quizVersion').whereRef('quizId', '=', 'q.id').where('status', '=', 'DRAFT').select('id').$asScalar(),
          'q.publishedVersionId',
        )
        .as('versionId'),
    )
    .executeTakeFirst();
  return found?.versionId ?? null;
}

/**
 * The draft becomes the version new attempts use. A content import may have published a newer
 * version since the draft was made; the draft still comes out on top.
 */
export async function publishDraft(db: Database, quizId: string, draftVersionId: string): Promise<void> {
  const sqlOf = typedSql(db);
  await sqlOf
    .updateTable('quizVersion')
    .set((versions) => ({
      status: 'PUBLISHED',
      publishedAt: sql<Date>`now()`,
      version: versions
        .selectFrom('quizVersion')
        .where('quizId', '=', quizId)
        .where('id', '<>', draftVersionId)
        .select(sql<number>`max(version) + 1`.as('next'))
        .$asScalar()
        .$castTo<number>(),
    }))
    .where('id', '=', draftVersionId)
    .execute();
  await publishQuizVersion(db, quizId, draftVersionId);
}

export async function quizSlug(db: Database, quizId: string): Promise<string | null> {
  const found = await typedSql(db).selectFrom('quiz').where('id', '=', quizId).select('slug').executeTakeFirst();
  return found?.slug ?? null;
}

/** A published version of the quiz: the current one, or the one with the number given. */
export async function publishedVersion(db: Database, quizId: string, version?: number): Promise<{ id: string; version: number } | null> {
  const sqlOf = typedSql(db);
  const found =
    version === undefined
      ? await sqlOf
          .selectFrom('quiz as q')
          .innerJoin('quizVersion as v', 'v.id', 'q.publishedVersionId')
          .where('q.id', '=', quizId)
          .select(['v.id', 'v.version'])
          .executeTakeFirst()
      : await sqlOf
          .selectFrom('quizVersion')
          .where('quizId', '=', quizId)
          .where('version', '=', version)
          .where('status', '=', 'PUBLISHED')
          .select(['id', 'version'])
          .executeTakeFirst();
  return found ?? null;
}

/** Quizzes as learners see them, as of their published versions; quizzes never published are left out. */
export function publishedQuizzes(db: Database, quizIds: readonly string[]): Promise<Quiz[]> {
  return typedSql(db)
    .selectFrom('quiz as q')
    .innerJoin('quizVersion as v', 'v.id', 'q.publishedVersionId')
    .where('q.id', '=', sql<string>`ANY(${[...quizIds]}::uuid[])`)
    .select((quizzes) => [
      'q.id',
      'q.slug',
      'v.id as versionId',
      'v.version',
      'v.title',
      'v.passingScore',
      'v.maxAttempts',
      'v.timeLimitSeconds',
      // LEAST passes over a null draw count: every question is shown.
      sql<number>`LEAST(${quizzes.ref('v.drawCount')}, ${questionCountOf(quizzes.ref('v.id'))})::int`.as('questionCount'),
    ])
    .execute();
}

/** How a new attempt at the quiz runs, as its published version says; null for a quiz never published. */
export async function publishedRules(db: Database, quizId: string) {
  const found = await typedSql(db)
    .selectFrom('quiz as q')
    .innerJoin('quizVersion as v', 'v.id', 'q.publishedVersionId')
    .where('q.id', '=', quizId)
    .select(['v.id as versionId', 'v.title', 'q.courseId', ...HOW_ATTEMPTS_RUN])
    .executeTakeFirst();
  return found ?? null;
}

export interface VersionQuestions {
  versionId: string;
  /** Published, and by a transaction that has committed: it can no longer change (a trigger refuses it). */
  settled: boolean;
  questions: JsonText<StoredQuestion[]>;
}

/** The questions of quiz versions, answer keys included, as JSON text. */
export function readVersionQuestions(db: Database, versionIds: readonly string[]): Promise<VersionQuestions[]> {
  return typedSql(db)
    .selectFrom('quizVersion as v')
    .where('v.id', '=', sql<string>`ANY(${[...versionIds]}::uuid[])`)
    .select((versions) => [
      'v.id as versionId',
      sql<boolean>`${versions.ref('v.status')} = 'PUBLISHED' AND NOT ${sql.raw(writtenInThisTransaction('v'))}`.as('settled'),
      asJsonText(questionsOfVersionJson(versions.ref('v.id'))).as('questions'),
    ])
    .execute();
}

/** The course's quiz with the slug, created unpublished if there is none yet. */
export async function quizWithSlug(db: Database, courseId: string, slug: string): Promise<string> {
  const created = await typedSql(db)
    .insertInto('quiz')
    .values({ courseId, slug })
    .onConflict((conflict) => conflict.columns(['courseId', 'slug']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (created) return created.id;
  const found = await typedSql(db).selectFrom('quiz').where('courseId', '=', courseId).where('slug', '=', slug).select('id').executeTakeFirstOrThrow();
  return found.id;
}

/** Whether a version of the quiz was imported from exactly this file. */
export async function hasVersionWithContentHash(db: Database, quizId: string, contentHash: string): Promise<boolean> {
  const found = await typedSql(db)
    .selectFrom('quizVersion')
    .where('quizId', '=', quizId)
    .where('contentHash', '=', contentHash)
    .select('id')
    .executeTakeFirst();
  return found !== undefined;
}

/** A published version of the quiz, numbered after its latest; publishQuizVersion then makes it the one attempts use. */
export async function publishImportedVersion(db: Database, quizId: string, settings: QuizSettings, contentHash: string): Promise<string> {
  const { id } = await typedSql(db)
    .insertInto('quizVersion')
    .values((values) => ({
      ...pickSettings(settings),
      quizId,
      contentHash,
      status: 'PUBLISHED',
      publishedAt: sql<Date>`now()`,
      version: values
        .selectFrom('quizVersion')
        .where('quizId', '=', quizId)
        .select(sql<number>`COALESCE(max(version), 0) + 1`.as('next'))
        .$asScalar()
        .$castTo<number>(),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function publishQuizVersion(db: Database, quizId: string, versionId: string): Promise<void> {
  await typedSql(db).updateTable('quiz').set({ publishedVersionId: versionId }).where('id', '=', quizId).execute();
}
