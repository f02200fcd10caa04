import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/pagination';
import { questionProblems, type Citable } from '../quizzes/question-rules';
import { NewQuestionInput } from '../quizzes/quiz-authoring.inputs';
import { QuizVersionStatusName, type AuthoredQuiz } from '../quizzes/quiz-authoring.types';
import { appendQuestion, questionWithKey, updateQuestionContent } from '../quizzes/questions.records';
import { authoredVersion, citableFor, editQuizDraft, questionContent, quizNotFound } from '../quizzes/quiz-drafts';
import { authoringVersionId, publishedVersion } from '../quizzes/quiz-versions.records';
import type { QuestionTypeName } from '../quizzes/quizzes.types';
import { readAssessmentItem, type ImportedQuestion } from './qti-item-import';
import { qtiPackage } from './qti-package-export';
import { readQtiPackage, refusePackage } from './qti-package-reading';
import type { QtiImportReport, QtiItemNotImported } from './quiz-exchange.types';

/** Text from a package shown back to the instructor: printable, one line, short. */
const shown = (text: string) => text.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || '(none)';

interface Candidate extends ImportedQuestion {
  itemIdentifier: string;
  file: string;
}

function validationMessages(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [...Object.values(error.constraints ?? {}), ...validationMessages(error.children ?? [])]);
}

/**
 * Quizzes leave and enter the platform as QTI 3.0 content packages. An import goes through the
 * same checks as a question an instructor writes, lands in the quiz's draft, and never touches a
 * published version; what it could not carry over is reported, item by item.
 */
@Injectable()
export class QuizExchangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The authoring version (the draft if there is one) or the published one, as a package and its file name. */
  async exportPackage(quizId: string, version: 'authoring' | 'published'): Promise<{ filename: string; bytes: Uint8Array }> {
    const quiz = version === 'published' ? await this.versionOf(quizId, publishedVersion) : await this.versionOf(quizId, authoringVersionId);
    const status = quiz.status === QuizVersionStatusName.DRAFT ? 'draft' : 'published';
    return { filename: `${quiz.slug}-v${quiz.version}-${status}-qti.zip`, bytes: qtiPackage(quiz) };
  }

  async importPackage(actor: Viewer, quizId: string, packageBase64: string, passageAnchor: string | null): Promise<QtiImportReport> {
    const before = await this.versionOf(quizId, authoringVersionId);
    const bytes = Buffer.from(packageBase64, 'base64');
    if (bytes.length === 0) throw refusePackage('PACKAGE_NOT_A_ZIP', 'The package is empty.');
    const read = readQtiPackage(bytes);
    const notImported: QtiItemNotImported[] = [];
    const candidates: Candidate[] = [];
    for (const item of read.items) {
      const itemIdentifier = shown(item.root?.getAttribute('identifier') || item.resource);
      const reading = item.root ? readAssessmentItem(item.root, item.citations, item.resource) : { refused: [item.problem!] };
      if ('refused' in reading) notImported.push({ itemIdentifier, file: shown(item.file), reasons: reading.refused });
      else candidates.push({ ...reading.imported, itemIdentifier, file: shown(item.file) });
    }
    const report: QtiImportReport = {
      quiz: before,
      imported: [],
      notImported,
      otherContentLeftOut: read.otherResources.map(({ resource, type }) => `${shown(resource)} (${shown(type)})`),
    };
    const accepted = this.acceptable(withOwnKeys(candidates), await citableFor(this.dataSource, quizId), passageAnchor, report);
    if (accepted.length === 0) return report;
    report.quiz = await editQuizDraft(this.dataSource, quizId, async (manager, draftId) => {
      // The course's passages are read again under the quiz's lock: a candidate checked above could have lost its citation since.
      const stillAcceptable = this.acceptable(accepted, await citableFor(manager, quizId), passageAnchor, report);
      for (const candidate of stillAcceptable) await this.writeToDraft(manager, draftId, candidate, report);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'QUIZ_QTI_IMPORTED',
        details: { quizId, imported: report.imported.map((each) => each.questionKey), notImported: report.notImported.length },
      });
    });
    return report;
  }

  /** The candidates that pass authoring's checks; the others join the report with what is wrong. */
  private acceptable(candidates: Candidate[], citable: Citable, passageAnchor: string | null, report: QtiImportReport): Candidate[] {
    return candidates.filter((candidate) => {
      const question = { ...candidate.question };
      if (!question.passageAnchor && (question.referenceKeys ?? []).length === 0 && passageAnchor) question.passageAnchor = passageAnchor;
      const input = plainToInstance(NewQuestionInput, { ...question, key: candidate.key });
      const problems = [...validationMessages(validateSync(input, { whitelist: true, forbidNonWhitelisted: true })), ...questionProblems(input, citable)];
      if (problems.length === 0) {
        candidate.question = input;
        return true;
      }
      report.notImported.push({ itemIdentifier: candidate.itemIdentifier, file: candidate.file, reasons: problems });
      return false;
    });
  }

  private async writeToDraft(manager: EntityManager, draftId: string, candidate: Candidate, report: QtiImportReport): Promise<void> {
    const existing = await questionWithKey(manager, draftId, candidate.key);
    const content = questionContent(candidate.question);
    if (existing) await updateQuestionContent(manager, existing, content);
    else await appendQuestion(manager, draftId, candidate.key, content);
    report.imported.push({
      itemIdentifier: candidate.itemIdentifier,
      questionKey: candidate.key,
      type: content.type as QuestionTypeName,
      replaced: existing !== null,
      leftOut: candidate.notes,
    });
  }

  private async versionOf(quizId: string, find: (db: DataSource, quizId: string) => Promise<{ id: string } | string | null>): Promise<AuthoredQuiz> {
    const found = isUuid(quizId) ? await find(this.dataSource, quizId) : null;
    if (!found) throw quizNotFound();
    return authoredVersion(this.dataSource, typeof found === 'string' ? found : found.id);
  }
}

/** Two items of one package that would become the same key keep apart as key, key-2, key-3... */
function withOwnKeys(candidates: Candidate[]): Candidate[] {
  const taken = new Set<string>();
  return candidates.map((candidate) => {
    let key = candidate.key;
    for (let n = 2; taken.has(key); n += 1) key = `${candidate.key.slice(0, 75)}-${n}`;
    taken.add(key);
    return { ...candidate, key };
  });
}
