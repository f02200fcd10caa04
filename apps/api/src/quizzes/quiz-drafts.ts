import type { DataSource, EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import type { AuthoredQuestion, AuthoredQuiz } from './quiz-authoring.types';
import { answerKeyOf, type Citable, type QuestionProposal } from './question-rules';
import { QUIZ_SETTINGS, type QuizSetting } from './quiz-changes';

type Queryable = Pick<EntityManager, 'query'>;

export interface LockedQuiz {
  id: string;
  publishedVersionId: string | null;
  draftVersionId: string | null;
}

const SETTING_COLUMN: Record<QuizSetting, string> = {
  title: 'title',
  passingScore: 'passing_score',
  maxAttempts: 'max_attempts',
  cooldownSeconds: 'cooldown_seconds',
  timeLimitSeconds: 'time_limit_seconds',
  drawCount: 'draw_count',
  shuffleQuestions: 'shuffle_questions',
  shuffleOptions: 'shuffle_options',
  feedback: 'feedback',
  scoring: 'scoring',
};
const SETTINGS_COLUMNS = QUIZ_SETTINGS.map((setting) => SETTING_COLUMN[setting]).join(', ');
/** What an instructor writes of a question; its key and position are kept apart. */
export const QUESTION_CONTENT_COLUMNS = [
  'type',
  'prompt',
  'explanation',
  'passage_anchor',
  'reference_keys',
  'options',
  'numeric_answer',
  'accepted_answers',
];
const QUESTION_COLUMNS = ['key', 'position', ...QUESTION_CONTENT_COLUMNS].join(', ');

/** `$first, $first+1, ...`: the placeholders of QUESTION_CONTENT_COLUMNS in a statement whose other values come first. */
export function questionContentPlaceholders(first: number): string {
  return QUESTION_CONTENT_COLUMNS.map((_column, index) => `$${first + index}`).join(', ');
}

export const quizNotFound = () => new PlatformError('NOT_FOUND', 'There is no quiz with that id.');

/** Edits of one quiz take turns: the draft is created once and changed by one request at a time. */
export async function lockQuiz(manager: EntityManager, quizId: string): Promise<LockedQuiz> {
  const [quiz] = isUuid(quizId)
    ? await manager.query(
        `SELECT q.id, q.published_version_id AS "publishedVersionId",
                (SELECT id FROM quiz_version WHERE quiz_id = q.id AND status = 'DRAFT') AS "draftVersionId"
           FROM quiz q WHERE q.id = $1 FOR UPDATE OF q`,
        [quizId],
      )
    : [];
  if (!quiz) throw quizNotFound();
  return quiz;
}

/** The quiz's draft; the first edit after a publish copies the published version's settings and questions into it. */
export async function draftOf(manager: EntityManager, quiz: LockedQuiz): Promise<string> {
  if (quiz.draftVersionId) return quiz.draftVersionId;
  if (!quiz.publishedVersionId) throw quizNotFound();
  const [{ id }] = await manager.query(
    `INSERT INTO quiz_version (quiz_id, version, status, ${SETTINGS_COLUMNS})
     SELECT quiz_id, (SELECT max(version) + 1 FROM quiz_version WHERE quiz_id = $1), 'DRAFT', ${SETTINGS_COLUMNS}
       FROM quiz_version WHERE id = $2
     RETURNING id`,
    [quiz.id, quiz.publishedVersionId],
  );
  await manager.query(
    `INSERT INTO question (quiz_version_id, ${QUESTION_COLUMNS})
     SELECT $1, ${QUESTION_COLUMNS} FROM question WHERE quiz_version_id = $2`,
    [id, quiz.publishedVersionId],
  );
  quiz.draftVersionId = id;
  return id;
}

export async function authoredVersion(db: Queryable, versionId: string): Promise<AuthoredQuiz> {
  const [version] = await db.query(
    `SELECT q.id, q.slug, v.id AS "versionId", v.version, v.status, v.published_at AS "publishedAt",
            ${QUIZ_SETTINGS.map((setting) => `v.${SETTING_COLUMN[setting]} AS "${setting}"`).join(', ')}
       FROM quiz_version v JOIN quiz q ON q.id = v.quiz_id
      WHERE v.id = $1`,
    [versionId],
  );
  const questions: AuthoredQuestion[] = await db.query(
    `SELECT id, key, position, type, prompt, explanation, passage_anchor AS "passageAnchor", reference_keys AS "referenceKeys", options,
            numeric_answer AS "numericAnswer", accepted_answers AS "acceptedAnswers"
       FROM question WHERE quiz_version_id = $1 ORDER BY position`,
    [versionId],
  );
  return { ...version, questions };
}

export async function writeSettings(manager: EntityManager, versionId: string, settings: Record<QuizSetting, unknown>): Promise<void> {
  const assignments = QUIZ_SETTINGS.map((setting, index) => `${SETTING_COLUMN[setting]} = $${index + 2}`).join(', ');
  const values = QUIZ_SETTINGS.map((setting) => settings[setting]);
  await manager.query(`UPDATE quiz_version SET ${assignments} WHERE id = $1`, [versionId, ...values]);
}

/** The version a given one is compared with: the published one a draft would replace, or the one published before. */
export async function previousVersionId(db: Queryable, quiz: AuthoredQuiz): Promise<string | null> {
  const [previous] = await db.query(
    `SELECT CASE WHEN $2 = 'DRAFT' THEN q.published_version_id
                 ELSE (SELECT id FROM quiz_version WHERE quiz_id = q.id AND status = 'PUBLISHED' AND version < $3
                        ORDER BY version DESC LIMIT 1) END AS id
       FROM quiz q WHERE q.id = $1`,
    [quiz.id, quiz.status, quiz.version],
  );
  return previous?.id ?? null;
}

/** The passages and references of the current published version of the quiz's course. */
export async function citableOf(db: Queryable, quizId: string): Promise<Citable> {
  const [row]: { anchors: string[]; referenceKeys: string[] }[] = await db.query(
    `SELECT ARRAY(SELECT p.anchor FROM source_passage p WHERE p.course_version_id = c.published_version_id) AS anchors,
            ARRAY(SELECT r.key FROM course_reference r WHERE r.course_version_id = c.published_version_id) AS "referenceKeys"
       FROM quiz q JOIN course c ON c.id = q.course_id
      WHERE q.id = $1`,
    [quizId],
  );
  return { passageAnchors: new Set(row?.anchors ?? []), referenceKeys: new Set(row?.referenceKeys ?? []) };
}

/** Numbers the draft's questions 1..n in the given order; positions are unique, so they move out of the way first. */
export async function placeInOrder(manager: EntityManager, draftVersionId: string, questionIds: string[]): Promise<void> {
  await manager.query(`UPDATE question SET position = -position WHERE quiz_version_id = $1`, [draftVersionId]);
  await manager.query(
    `UPDATE question q SET position = o.position
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
      WHERE q.id = o.id AND q.quiz_version_id = $1`,
    [draftVersionId, questionIds],
  );
}

/** One edit of a quiz's draft, in a transaction that holds the quiz's lock; returns the draft as it now is. */
export function editQuizDraft(
  dataSource: DataSource,
  quizId: string,
  edit: (manager: EntityManager, draftVersionId: string) => Promise<void>,
): Promise<AuthoredQuiz> {
  return dataSource.transaction(async (manager) => {
    const draftId = await draftOf(manager, await lockQuiz(manager, quizId));
    await edit(manager, draftId);
    return authoredVersion(manager, draftId);
  });
}

/** A question's values in the order of QUESTION_CONTENT_COLUMNS, with the answer key its type allows. */
export function questionContent(question: QuestionProposal): unknown[] {
  const { options, numericAnswer, acceptedAnswers } = answerKeyOf(question);
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  const { type, prompt, explanation } = question;
  const passageAnchor = question.passageAnchor?.trim() || null;
  return [type, prompt, explanation, passageAnchor, question.referenceKeys ?? [], json(options), json(numericAnswer), json(acceptedAnswers)];
}
