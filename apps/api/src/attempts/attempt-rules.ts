import { PlatformError } from '../common/errors';
import type { CheckedAnswer } from './answer-rules';
import type { AttemptHistory } from './attempt-records';
import type { QuizAttempt } from './attempts.types';

export interface AttemptLimits {
  maxAttempts: number | null;
  cooldownSeconds: number;
}

function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 120 ? `${minutes} minutes` : `${Math.ceil(minutes / 60)} hours`;
}

/** Refuses a start beyond the attempt limit or inside the cooldown after the last submission. */
export function nextAttemptNumber(history: AttemptHistory, limits: AttemptLimits): number {
  if (limits.maxAttempts !== null && history.attempts >= limits.maxAttempts) {
    throw new PlatformError('ATTEMPT_LIMIT_REACHED', `You have used all ${limits.maxAttempts} attempts at this quiz.`, {
      maxAttempts: limits.maxAttempts,
    });
  }
  const cooldownLeft = history.secondsSinceSubmission === null ? 0 : Math.ceil(limits.cooldownSeconds - history.secondsSinceSubmission);
  if (cooldownLeft > 0) {
    throw new PlatformError('ATTEMPT_COOLDOWN', `You can start another attempt at this quiz in ${waitInWords(cooldownLeft)}.`, {
      retryAfterSeconds: cooldownLeft,
    });
  }
  return history.lastNumber + 1;
}

/** When the answers given cover every question the attempt shows, nothing saved before can count. */
export function answersEveryQuestion(attempt: Pick<QuizAttempt, 'drawnQuestions'>, given: CheckedAnswer[]): boolean {
  const answered = new Set(given.map((answer) => answer.questionId));
  return attempt.drawnQuestions.every((question) => answered.has(question.questionId));
}

/** The answers saved before for the questions not answered now. */
export function earlierAnswersStanding(given: CheckedAnswer[], saved: CheckedAnswer[]): CheckedAnswer[] {
  const answered = new Set(given.map((answer) => answer.questionId));
  return saved.filter((answer) => !answered.has(answer.questionId));
}

export const alreadySubmitted = () =>
  new PlatformError('ATTEMPT_ALREADY_SUBMITTED', 'This attempt has already been submitted; its answers can no longer change.');

export const attemptNotFound = () => new PlatformError('NOT_FOUND', 'There is no attempt with that id that you can see.');

export const quizNotFound = () => new PlatformError('NOT_FOUND', 'There is no quiz with that id.');

export function timeRanOut(attempt: Pick<QuizAttempt, 'id' | 'deadline'>): PlatformError {
  return new PlatformError(
    'ATTEMPT_EXPIRED',
    `Time ran out on this attempt at ${attempt.deadline!.toISOString()}; it was graded on the answers saved before then.`,
    { attemptId: attempt.id, deadline: attempt.deadline },
  );
}
