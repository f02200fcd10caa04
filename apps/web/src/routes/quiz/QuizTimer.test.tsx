import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildAttempt, buildAttemptQuestion, buildQuizCourse } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiRequest } from '../../test/render-page';
import { attemptPath } from './quiz-paths';
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

  it('tells a screen reader when 5 minutes and then 1 minute are left, and is quiet in between', () => {
    const { rerender } = render(<QuizTimer secondsLeft={301} />);
    const announcement = screen.getByRole('status');
    expect(announcement).toBeEmptyDOMElement();

    rerender(<QuizTimer secondsLeft={300} />);
    expect(announcement).toHaveTextContent('Less than 5 minutes left.');
    rerender(<QuizTimer secondsLeft={61} />);
    expect(announcement).toHaveTextContent('Less than 5 minutes left.');
    rerender(<QuizTimer secondsLeft={60} />);
    expect(announcement).toHaveTextContent('Less than 1 minute left.');
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
