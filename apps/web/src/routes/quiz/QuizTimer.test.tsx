import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { attemptPath } from '../../paths/quiz-paths';
import { buildUser } from '../../test/account-factory';
import { buildAttempt, buildAttemptQuestion, buildQuizCourse } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiRequest } from '../../test/render-page';
import { QuizTimer } from './QuizTimer';

describe('quiz timer', () => {
  // A separate download: loaded once up front, so the first test is not timed with it.
  beforeAll(() => import('./AttemptPage'));

  it('shows the time left as a clock', () => {
    const { rerender } = render(<QuizTimer secondsLeft={754} />);
    expect(screen.getByText(/Time left/)).toHaveTextContent('Time left 12:34');

    rerender(<QuizTimer secondsLeft={3723} />);
    expect(screen.getByText(/Time left/)).toHaveTextContent('Time left 1:02:03');
  });

  it('tells a screen reader the time left every 5 minutes, each of the last 5 minutes and at 30 seconds, and is quiet in between', () => {
    const { rerender } = render(<QuizTimer secondsLeft={1200} />);
    const announcement = screen.getByRole('status');
    const heard = (secondsLeft: number) => {
      rerender(<QuizTimer secondsLeft={secondsLeft} />);
      return announcement.textContent;
    };

    expect(announcement).toHaveTextContent('Less than 20 minutes left.');
    expect(heard(901)).toBe('Less than 20 minutes left.');
    expect(heard(900)).toBe('Less than 15 minutes left.');
    expect(heard(301)).toBe('Less than 10 minutes left.');
    expect(heard(300)).toBe('Less than 5 minutes left.');
    expect(heard(241)).toBe('Less than 5 minutes left.');
    expect(heard(240)).toBe('Less than 4 minutes left.');
    expect(heard(60)).toBe('Less than 1 minute left.');
    expect(heard(31)).toBe('Less than 1 minute left.');
    expect(heard(30)).toBe('Less than 30 seconds left.');
    expect(heard(0)).toBe('Time is up. Your answers are being submitted.');
  });

  it('keeps the clock itself out of the announcements, so the countdown is not read out each second', () => {
    render(<QuizTimer secondsLeft={754} />);

    expect(screen.getByRole('status')).not.toHaveTextContent(/12:34/);
    expect(screen.getByText(/Time left/).closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  it('counts down to the server’s deadline and then submits the answers given', async () => {
    const question = buildAttemptQuestion('organism', 'SINGLE_CHOICE', 'Which organism produces botulinum toxin?', ['A', 'B']);
    const attempt = buildAttempt('one', {
      questions: [question],
      savedAnswers: [{ questionId: question.id, optionIds: ['b'], number: null, text: null }],
      deadline: new Date(Date.now() + 2000).toISOString(),
    });
    const graded = { ...attempt, status: 'SUBMITTED' as const, score: 0, passed: false };
    const sendMutation = vi.fn((request: ApiRequest) =>
      request.operationName === 'SubmitQuizAttempt' ? { data: { submitQuizAttempt: graded } } : {},
    );
    renderPage(
      attemptPath('botox-chronic-migraine', 'quiz:mechanism', attempt.id),
      stubClient({ data: { me: buildUser('Ada Lovelace'), course: buildQuizCourse(), attempt } }, sendMutation),
    );

    expect(await screen.findByText(/Time left/)).toHaveTextContent(/Time left 0:0[12]/);
    await waitFor(() =>
      expect(sendMutation).toHaveBeenCalledWith({
        operationName: 'SubmitQuizAttempt',
        variables: {
          attemptId: attempt.id,
          answers: [{ questionId: question.id, optionIds: ['b'] }],
          idempotencyKey: expect.any(String),
        },
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'You did not pass this time' })).toBeVisible();
  });
});
