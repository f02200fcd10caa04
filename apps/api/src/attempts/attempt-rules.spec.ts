import { PlatformError } from '../common/errors';
import type { CheckedAnswer } from './answer-rules';
import { answersEveryQuestion, earlierAnswersStanding, nextAttemptNumber } from './attempt-rules';

const history = { openAttemptId: null, attempts: 2, lastNumber: 2, secondsSinceSubmission: 30 };
const refusal = (start: () => unknown) => {
  try {
    start();
  } catch (error) {
    return error as PlatformError;
  }
  throw new Error('The start was not refused.');
};
const choice = (questionId: string, optionIds: string[]): CheckedAnswer => ({ questionId, optionIds, number: null, text: null });

describe('starting another attempt', () => {
  it('numbers it after the last one when the limit and the cooldown allow', () => {
    expect(nextAttemptNumber(history, { maxAttempts: 3, cooldownSeconds: 30 })).toBe(3);
    expect(nextAttemptNumber({ ...history, attempts: 0, lastNumber: 0, secondsSinceSubmission: null }, { maxAttempts: null, cooldownSeconds: 600 })).toBe(1);
  });

  it('refuses it once every allowed attempt is used', () => {
    const refused = refusal(() => nextAttemptNumber(history, { maxAttempts: 2, cooldownSeconds: 0 }));
    expect(refused.extensions).toMatchObject({ code: 'ATTEMPT_LIMIT_REACHED', maxAttempts: 2 });
  });

  it('refuses it inside the cooldown, saying how long is left in whole seconds, rounded up', () => {
    const refused = refusal(() => nextAttemptNumber({ ...history, secondsSinceSubmission: 29.2 }, { maxAttempts: null, cooldownSeconds: 90 }));
    expect(refused.extensions).toMatchObject({ code: 'ATTEMPT_COOLDOWN', retryAfterSeconds: 61 });
    expect(refused.message).toBe('You can start another attempt at this quiz in 2 minutes.');
  });
});

describe('answers graded with a submission', () => {
  const attempt = { drawnQuestions: ['q1', 'q2'].map((questionId) => ({ questionId, optionIds: [], shownOptionIds: [] })) };

  it('reads no saved answer when the submission answers every question', () => {
    expect(answersEveryQuestion(attempt, [choice('q1', ['a']), choice('q2', ['b'])])).toBe(true);
    expect(answersEveryQuestion(attempt, [choice('q1', ['a'])])).toBe(false);
  });

  it('keeps a saved answer only for a question the submission leaves unanswered', () => {
    const saved = [choice('q1', ['b']), choice('q2', ['c'])];
    expect(earlierAnswersStanding([choice('q1', ['a'])], saved)).toEqual([choice('q2', ['c'])]);
  });
});
