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
  appendQuestion,
  deleteQuestion,
  draftCopies,
  placeInOrder,
  questionCount,
  questionIdentity,
  questionIdsInOrder,
  questionWithKey,
  updateQuestionContent,
} from './questions.records';
import { authoredVersion, citableFor, editQuizDraft, lockQuiz, questionContent, quizNotFound } from './quiz-drafts';
import { authoringVersionId, previousVersionId, publishDraft, writeSettings } from './quiz-versions.records';

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
    const versionId = isUuid(quizId) ? await authoringVersionId(this.dataSource, quizId) : null;
    if (!versionId) throw quizNotFound();
    return authoredVersion(this.dataSource, versionId);
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
      if (await questionWithKey(manager, draftId, key)) throw refuse([`Another question of this quiz already has the key "${key}".`]);
      await appendQuestion(manager, draftId, key, questionContent(input));
    });
  }

  async updateQuestion(questionId: string, input: QuestionProposal): Promise<AuthoredQuiz> {
    const { quizId, key } = await this.questionIdentity(questionId);
    return this.editDraft(quizId, async (manager, draftId) => {
      const draftQuestionId = await this.draftQuestion(manager, draftId, key);
      await this.checkQuestion(manager, quizId, input);
      await updateQuestionContent(manager, draftQuestionId, questionContent(input));
    });
  }

  /** The question leaves the draft; versions already published keep it. */
  async archiveQuestion(questionId: string): Promise<AuthoredQuiz> {
    const { quizId, key } = await this.questionIdentity(questionId);
    return this.editDraft(quizId, async (manager, draftId) => {
      await deleteQuestion(manager, await this.draftQuestion(manager, draftId, key));
      await placeInOrder(manager, draftId, await questionIdsInOrder(manager, draftId));
    });
  }

  /** Ids from any version of the quiz are accepted: questions are matched by key. */
  reorderQuestions(quizId: string, questionIds: string[]): Promise<AuthoredQuiz> {
    return this.editDraft(quizId, async (manager, draftId) => {
      const rows = await draftCopies(manager, quizId, draftId, questionIds.filter(isUuid));
      const draftIds = new Map(rows.map((row) => [row.id, row.draftId]));
      const ordered = questionIds.map((id) => draftIds.get(id) ?? null);
      const count = await questionCount(manager, draftId);
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
      const citable = await citableFor(manager, quizId);
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
      await publishDraft(manager, quizId, draft.versionId);
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
    const problems = questionProblems(question, await citableFor(manager, quizId));
    if (problems.length > 0) throw refuse(problems);
  }

  private async questionIdentity(questionId: string): Promise<{ quizId: string; key: string }> {
    const question = isUuid(questionId) ? await questionIdentity(this.dataSource, questionId) : null;
    if (!question) throw questionNotFound();
    return question;
  }

  /** The draft's copy of a question, found by key, since the draft's rows are copies with new ids. */
  private async draftQuestion(manager: EntityManager, draftId: string, key: string): Promise<string> {
    const question = await questionWithKey(manager, draftId, key);
    if (!question) throw new PlatformError('NOT_FOUND', 'That question has been archived from the draft.');
    return question;
  }
}

