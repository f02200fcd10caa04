import type { EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import type { CheckedAnswer } from './answer-rules';
import { questionsOfAttempt, savedAnswersOf } from './attempt-records';
import type { AttemptStatus, QuizAttempt } from './attempts.types';
import { gradeAttempt } from './grading';

export const alreadySubmitted = () =>
  new PlatformError('ATTEMPT_ALREADY_SUBMITTED', 'This attempt has already been submitted; its answers can no longer change.');

/** An answer as graded and kept: `savedAt` null for one given now. */
type FinalAnswer = CheckedAnswer & { savedAt: Date | null };

/**
 * The answers to grade: those given now, and those saved before for the other questions. When
 * the answers given cover every question, nothing saved can count, so nothing is read.
 */
async function finalAnswers(manager: EntityManager, attempt: QuizAttempt, given: CheckedAnswer[]): Promise<FinalAnswer[]> {
  const answers = new Map<string, FinalAnswer>(given.map((answer) => [answer.questionId, { ...answer, savedAt: null }]));
  if (attempt.drawnQuestions.every((question) => answers.has(question.questionId))) return [...answers.values()];
  for (const { questionId, optionIds, number, text, savedAt } of await savedAnswersOf(manager, [attempt.id])) {
    if (!answers.has(questionId)) answers.set(questionId, { questionId, optionIds, number, text, savedAt } as FinalAnswer);
  }
  return [...answers.values()];
}

/**
 * Grades an attempt on the answers `given` now (already checked against its questions) and the
 * ones saved before, keeps them with their credit, and closes the attempt, in the caller's
 * transaction, which must hold the attempt's row lock. The status condition settles any race
 * the lock did not.
 */
export async function closeAttempt(
  manager: EntityManager,
  attempt: QuizAttempt,
  status: AttemptStatus.SUBMITTED | AttemptStatus.EXPIRED,
  given: CheckedAnswer[] = [],
  submissionKey: string | null = null,
): Promise<void> {
  const answers = await finalAnswers(manager, attempt, given);
  const grade = gradeAttempt(await questionsOfAttempt(manager, attempt), new Map(answers.map((answer) => [answer.questionId, answer])), attempt);
  const credited = answers.map((answer) => ({ ...answer, credit: grade.credits.get(answer.questionId) ?? 0 }));
  const [, closed] = await manager.query(
    `WITH kept AS (
       INSERT INTO attempt_answer (attempt_id, question_id, option_ids, number, text, credit, saved_at)
       SELECT $1, a."questionId", a."optionIds", a.number, a.text, a.credit, COALESCE(a."savedAt", now())
         FROM jsonb_to_recordset($6::jsonb) AS a("questionId" uuid, "optionIds" text[], number float8, text text, credit float8, "savedAt" timestamptz)
       ON CONFLICT (attempt_id, question_id) DO UPDATE
          SET option_ids = EXCLUDED.option_ids, number = EXCLUDED.number, text = EXCLUDED.text, credit = EXCLUDED.credit,
              saved_at = EXCLUDED.saved_at)
     UPDATE quiz_attempt SET status = $2, submitted_at = now(), score = $3, passed = $4, submission_key = $5
      WHERE id = $1 AND status = 'IN_PROGRESS'`,
    [attempt.id, status, grade.score, grade.passed, submissionKey, JSON.stringify(credited)],
  );
  if (closed !== 1) throw alreadySubmitted();
}
