import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { publishProblems, questionProblems, type QuestionProposal } from './question-rules';
import type { NewQuestionInput, QuizSettingsInput } from './quiz-authoring.inputs';
import type { AuthoredQuiz, QuizChanges } from './quiz-authoring.types';
import { changesAnything, describeChanges } from './quiz-changes';
import {
  authoredVersion,
  editQuizDraft,
  lockQuiz,
  citableOf,
  questionContentPlaceholders,
  placeInOrder,
  previousVersionId,
  QUESTION_CONTENT_COLUMNS,
  questionContent,
  quizNotFound,
  writeSettings,
} from './quiz-drafts';

const refuse = (problems: string[]) => new PlatformError('BAD_USER_INPUT', problems.join(' '), { problems });
const questionNotFound = () => new PlatformError('NOT_FOUND', 'There is no question with that id.');

/**
 * Instructors edit a quiz through its one draft version; publishing makes the draft the version
 * new attempts use. Published versions are never changed, so grades given on them stay as given.
 */
@Injectable()
export class QuizAuthoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async quizForAuthoring(quizId: string): Promise<AuthoredQuiz> {
    const [quiz] = isUuid(quizId)
      ? await this.dataSource.query(
          `SELECT COALESCE((SELECT id FROM quiz_version WHERE quiz_id = q.id AND status = 'DRAFT'), q.published_version_id) AS "versionId"
             FROM quiz q WHERE q.id = $1`,
          [quizId],
        )
      : [];
    if (!quiz?.versionId) throw quizNotFound();
    return authoredVersion(this.dataSource, quiz.versionId);
  }

  /** What the version changes compared with the one before it; null for a quiz's first version. */
  async changes(quiz: AuthoredQuiz): Promise<QuizChanges | null> {
    const previousId = await previousVersionId(this.dataSource, quiz);
    return previousId ? describeChanges(await authoredVersion(this.dataSource, previousId), quiz) : null;
  }

  createQuestion(quizId: string, input: NewQuestionInput): Promise<AuthoredQuiz> {
    return this.editDraft(quizId, async (manager, draftId) => {
      await this.checkQuestion(manager, quizId, input);
      const key = input.key ?? `question-${randomBytes(3).toString('hex')}`;
      const [taken] = await manager.query(`SELECT 1 FROM question WHERE quiz_version_id = $1 AND key = $2`, [draftId, key]);
      if (taken) throw refuse([`Another question of this quiz already has the key "${key}".`]);
      await manager.query(
        `INSERT INTO question (quiz_version_id, key, position, ${QUESTION_CONTENT_COLUMNS.join(', ')})
         VALUES ($1, $2, (SELECT COALESCE(max(position), 0) + 1 FROM question WHERE quiz_version_id = $1), ${questionContentPlaceholders(3)})`,
        [draftId, key, ...questionContent(input)],
      );
    });
  }

  async updateQuestion(questionId: string, input: QuestionProposal): Promise<AuthoredQuiz> {
    const { quizId, key } = await this.questionIdentity(questionId);
    return this.editDraft(quizId, async (manager, draftId) => {
      const draftQuestionId = await this.draftQuestion(manager, draftId, key);
      await this.checkQuestion(manager, quizId, input);
      const assignments = QUESTION_CONTENT_COLUMNS.map((column, index) => `${column} = $${index + 2}`).join(', ');
      await manager.query(`UPDATE question SET ${assignments} WHERE id = $1`, [draftQuestionId, ...questionContent(input)]);
    });
  }

  /** The question leaves the draft; versions already published keep it. */
  async archiveQuestion(questionId: string): Promise<AuthoredQuiz> {
    const { quizId, key } = await this.questionIdentity(questionId);
    return this.editDraft(quizId, async (manager, draftId) => {
      await manager.query(`DELETE FROM question WHERE id = $1`, [await this.draftQuestion(manager, draftId, key)]);
      const remaining: { id: string }[] = await manager.query(`SELECT id FROM question WHERE quiz_version_id = $1 ORDER BY position`, [
        draftId,
      ]);
      await placeInOrder(manager, draftId, remaining.map((question) => question.id));
    });
  }

  /** Ids from any version of the quiz are accepted: questions are matched by key. */
  reorderQuestions(quizId: string, questionIds: string[]): Promise<AuthoredQuiz> {
    return this.editDraft(quizId, async (manager, draftId) => {
      const rows: { id: string; key: string; draftId: string | null }[] = await manager.query(
        `SELECT given.id, given.key, mine.id AS "draftId"
           FROM question given
           JOIN quiz_version v ON v.id = given.quiz_version_id AND v.quiz_id = $1
           LEFT JOIN question mine ON mine.quiz_version_id = $2 AND mine.key = given.key
          WHERE given.id = ANY($3::uuid[])`,
        [quizId, draftId, questionIds.filter(isUuid)],
      );
      const draftIds = new Map(rows.map((row) => [row.id, row.draftId]));
      const ordered = questionIds.map((id) => draftIds.get(id) ?? null);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM question WHERE quiz_version_id = $1`, [draftId]);
      if (ordered.includes(null) || new Set(ordered).size !== ordered.length || ordered.length !== count) {
        throw refuse([`List each of the draft's ${count} questions exactly once, in the new order.`]);
      }
      await placeInOrder(manager, draftId, ordered as string[]);
    });
  }

  updateSettings(quizId: string, input: QuizSettingsInput): Promise<AuthoredQuiz> {
    return this.editDraft(quizId, async (manager, draftId) => {
      const given = Object.entries(input).filter(([, value]) => value !== undefined);
      await writeSettings(manager, draftId, { ...(await authoredVersion(manager, draftId)), ...Object.fromEntries(given) });
    });
  }

  /** The draft becomes the published version that new attempts use; attempts already open keep theirs. */
  async publish(actor: Viewer, quizId: string): Promise<AuthoredQuiz> {
    return this.dataSource.transaction(async (manager) => {
      const quiz = await lockQuiz(manager, quizId);
      if (!quiz.draftVersionId) throw refuse(['There are no unpublished changes; edit a question or a setting first.']);
      const draft = await authoredVersion(manager, quiz.draftVersionId);
      const citable = await citableOf(manager, quizId);
      const problems = [
        ...publishProblems(draft.questions.length, draft.drawCount),
        ...draft.questions.flatMap((question) =>
          questionProblems(question, citable).map((problem) => `Question "${question.key}": ${problem}`),
        ),
      ];
      if (problems.length > 0) throw refuse(problems);
      const changes = quiz.publishedVersionId ? describeChanges(await authoredVersion(manager, quiz.publishedVersionId), draft) : null;
      if (changes && !changesAnything(changes)) {
        throw refuse([`The draft is the same as version ${changes.comparedWithVersion}; there is nothing to publish.`]);
      }
      // A content import may have published a newer version since the draft was made; the draft still comes out on top.
      await manager.query(
        `UPDATE quiz_version SET status = 'PUBLISHED', published_at = now(),
                version = (SELECT max(version) + 1 FROM quiz_version WHERE quiz_id = $2 AND id <> $1)
          WHERE id = $1`,
        [draft.versionId, quizId],
      );
      await manager.query(`UPDATE quiz SET published_version_id = $2 WHERE id = $1`, [quizId, draft.versionId]);
      const published = await authoredVersion(manager, draft.versionId);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'QUIZ_PUBLISHED',
        details: { quizId, version: published.version, ...changes },
      });
      return published;
    });
  }

  private editDraft(quizId: string, edit: (manager: EntityManager, draftVersionId: string) => Promise<void>): Promise<AuthoredQuiz> {
    return editQuizDraft(this.dataSource, quizId, edit);
  }

  private async checkQuestion(manager: EntityManager, quizId: string, question: QuestionProposal): Promise<void> {
    const problems = questionProblems(question, await citableOf(manager, quizId));
    if (problems.length > 0) throw refuse(problems);
  }

  private async questionIdentity(questionId: string): Promise<{ quizId: string; key: string }> {
    const [question] = isUuid(questionId)
      ? await this.dataSource.query(
          `SELECT v.quiz_id AS "quizId", q.key FROM question q JOIN quiz_version v ON v.id = q.quiz_version_id WHERE q.id = $1`,
          [questionId],
        )
      : [];
    if (!question) throw questionNotFound();
    return question;
  }

  /** The draft's copy of a question, found by key, since the draft's rows are copies with new ids. */
  private async draftQuestion(manager: EntityManager, draftId: string, key: string): Promise<string> {
    const [question] = await manager.query(`SELECT id FROM question WHERE quiz_version_id = $1 AND key = $2`, [draftId, key]);
    if (!question) throw new PlatformError('NOT_FOUND', 'That question has been archived from the draft.');
    return question.id;
  }
}

/**
 * Parameters for QUESTION_CONTENT_COLUMNS. The jsonb ones go as JSON text: the driver would
 * turn a JavaScript array into a PostgreSQL array.
 */
