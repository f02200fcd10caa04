import type { DataSource, EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import type { Database } from '../database/typed-sql';
import type { AuthoredQuestion, AuthoredQuiz } from './quiz-authoring.types';
import type { QuestionTypeName } from './quizzes.types';
import { answerKeyOf, type Citable, type QuestionProposal } from './question-rules';
import { copyQuestions, questionsOfVersion, type QuestionContent } from './questions.records';
import { citableOf } from './quiz-citations.records';
import { createDraftFrom, lockQuiz as lockQuizRow, versionOfQuiz, type LockedQuiz } from './quiz-versions.records';

export const quizNotFound = () => new PlatformError('NOT_FOUND', 'There is no quiz with that id.');

/** Edits of one quiz take turns: the draft is created once and changed by one request at a time. */
export async function lockQuiz(manager: EntityManager, quizId: string): Promise<LockedQuiz> {
  const quiz = isUuid(quizId) ? await lockQuizRow(manager, quizId) : null;
  if (!quiz) throw quizNotFound();
  return quiz;
}

/** The quiz's draft; the first edit after a publish copies the published version's settings and questions into it. */
export async function draftOf(manager: EntityManager, quiz: LockedQuiz): Promise<string> {
  if (quiz.draftVersionId) return quiz.draftVersionId;
  if (!quiz.publishedVersionId) throw quizNotFound();
  const id = await createDraftFrom(manager, quiz.id, quiz.publishedVersionId);
  await copyQuestions(manager, quiz.publishedVersionId, id);
  quiz.draftVersionId = id;
  return id;
}

export async function authoredVersion(db: Database, versionId: string): Promise<AuthoredQuiz> {
  const version = await versionOfQuiz(db, versionId);
  const questions = await questionsOfVersion(db, versionId);
  return { ...version, questions: questions.map(({ quizVersionId: _, type, ...question }): AuthoredQuestion => ({ ...question, type: type as QuestionTypeName })) };
}

/** The passages and references of the current published version of the quiz's course. */
export async function citableFor(db: Database, quizId: string): Promise<Citable> {
  const { passageAnchors, referenceKeys } = await citableOf(db, quizId);
  return { passageAnchors: new Set(passageAnchors), referenceKeys: new Set(referenceKeys) };
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

/** What is stored of a question: the answer key its type allows, and no blank passage anchor. */
export function questionContent(question: QuestionProposal): QuestionContent {
  const { type, prompt, explanation } = question;
  return {
    type,
    prompt,
    explanation,
    passageAnchor: question.passageAnchor?.trim() || null,
    referenceKeys: question.referenceKeys ?? [],
    ...answerKeyOf(question),
  };
}
