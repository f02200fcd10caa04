import type { EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import type { CheckedAnswer } from './answer-rules';
import { questionsOfAttempt, savedAnswersOf } from './attempt-records';
import type { AttemptStatus, QuizAttempt } from './attempts.types';
import { gradeAttempt } from './grading';

export const alreadySubmitted = () =>
  new PlatformError('ATTEMPT_ALREADY_SUBMITTED', 'This attempt has already been submitted; its answers can no longer change.');

/**
 * The answers saved before for the questions not answered now. When the answers given cover
 * every question, nothing saved can count, so nothing is read.
 */
async function savedAnswersStillStanding(manager: EntityManager, attempt: QuizAttempt, given: CheckedAnswer[]): Promise<CheckedAnswer[]> {
  const answered = new Set(given.map((answer) => answer.questionId));
  if (attempt.drawnQuestions.every((question) => answered.has(question.questionId))) return [];
  const saved = await savedAnswersOf(manager, [attempt.id]);
  return saved
    .filter((answer) => !answered.has(answer.questionId))
    .map(({ questionId, optionIds, number, text }) => ({ questionId, optionIds, number, text }) as CheckedAnswer);
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
  const saved = await savedAnswersStillStanding(manager, attempt, given);
  const answers = [...given, ...saved];
  const grade = gradeAttempt(await questionsOfAttempt(manager, attempt), new Map(answers.map((answer) => [answer.questionId, answer])), attempt);
  const credited = (list: CheckedAnswer[]) => JSON.stringify(list.map((answer) => ({ ...answer, credit: grade.credits.get(answer.questionId) ?? 0 })));
  // The answers given now are kept as saved now; those saved before only get their credit.
  const [, closed] = await manager.query(
    `WITH given AS (
       INSERT INTO attempt_answer (attempt_id, question_id, option_ids, number, text, credit)
       SELECT $1, a."questionId", a."optionIds", a.number, a.text, a.credit
         FROM jsonb_to_recordset($6::jsonb) AS a("questionId" uuid, "optionIds" text[], number float8, text text, credit float8)
       ON CONFLICT (attempt_id, question_id) DO UPDATE
          SET option_ids = EXCLUDED.option_ids, number = EXCLUDED.number, text = EXCLUDED.text, credit = EXCLUDED.credit, saved_at = now()),
     saved AS (
       UPDATE attempt_answer a SET credit = c.credit
         FROM jsonb_to_recordset($7::jsonb) AS c("questionId" uuid, credit float8)
        WHERE a.attempt_id = $1 AND a.question_id = c."questionId")
     UPDATE quiz_attempt SET status = $2, submitted_at = now(), score = $3, passed = $4, submission_key = $5
      WHERE id = $1 AND status = 'IN_PROGRESS'`,
    [attempt.id, status, grade.score, grade.passed, submissionKey, credited(given), credited(saved)],
  );
  if (closed !== 1) throw alreadySubmitted();
}
