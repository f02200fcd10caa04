import type { EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { questionsOfAttempt, savedAnswersOf } from './attempt-records';
import type { AttemptStatus, QuizAttempt } from './attempts.types';
import { gradeAttempt } from './grading';

export const alreadySubmitted = () =>
  new PlatformError('ATTEMPT_ALREADY_SUBMITTED', 'This attempt has already been submitted; its answers can no longer change.');

/**
 * Grades an attempt on its saved answers and closes it, in the caller's transaction, which
 * must hold the attempt's row lock. The status condition settles any race the lock did not.
 */
export async function closeAttempt(
  manager: EntityManager,
  attempt: QuizAttempt,
  status: AttemptStatus.SUBMITTED | AttemptStatus.EXPIRED,
  submissionKey: string | null = null,
): Promise<void> {
  const questions = await questionsOfAttempt(manager, attempt);
  const saved = await savedAnswersOf(manager, [attempt.id]);
  const grade = gradeAttempt(questions, new Map(saved.map((answer) => [answer.questionId, answer])), attempt);
  const credited = saved.map((answer) => answer.questionId);
  const [, closed] = await manager.query(
    `WITH credits AS (
       UPDATE attempt_answer a SET credit = c.credit
         FROM unnest($6::uuid[], $7::float8[]) AS c(question_id, credit)
        WHERE a.attempt_id = $1 AND a.question_id = c.question_id)
     UPDATE quiz_attempt SET status = $2, submitted_at = now(), score = $3, passed = $4, submission_key = $5
      WHERE id = $1 AND status = 'IN_PROGRESS'`,
    [attempt.id, status, grade.score, grade.passed, submissionKey, credited, credited.map((questionId) => grade.credits.get(questionId) ?? 0)],
  );
  if (closed !== 1) throw alreadySubmitted();
}
