import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { attemptPath, quizPath } from '../../paths/quiz-paths';
import { apiError, buildUser } from '../../test/account-factory';
import type { QuizData } from '../../test/course-factory';
import { buildAttempt, buildAttemptQuestion, buildQuizCourse } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiAnswer } from '../../test/render-page';

const ada = buildUser('Ada Lovelace');
const address = quizPath('botox-chronic-migraine', 'quiz:mechanism');
const firstAttempt = buildAttempt('one', {
  questions: [buildAttemptQuestion('organism', 'SINGLE_CHOICE', 'Which organism produces botulinum toxin?', ['A', 'B'])],
});

function openQuiz(quiz: Partial<QuizData>, startAnswer: ApiAnswer = {}) {
  const sendMutation = vi.fn(() => startAnswer);
  const { router } = renderPage(
    address,
    stubClient({ data: { me: ada, course: buildQuizCourse(quiz), attempt: firstAttempt } }, sendMutation),
  );
  return { router, sendMutation };
}

describe('quiz introduction', () => {
  // A separate download: loaded once up front, so the first test is not timed with it.
  beforeAll(() => import('./QuizPage'));

  it('says what the quiz asks, then starts the first attempt and opens it', async () => {
    const { router, sendMutation } = openQuiz(
      { questionCount: 5, passingScore: 80, maxAttempts: 3, timeLimitSeconds: 600 },
      { data: { startQuizAttempt: { id: firstAttempt.id } } },
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'How botulinum toxin works' })).toBeVisible();
    const facts = within(screen.getByRole('list', { name: 'About this quiz' })).getAllByRole('listitem');
    expect(facts.map((fact) => fact.textContent)).toEqual([
      '5 questions',
      'Pass mark 80%',
      'Time limit 10 minutes',
      '3 attempts',
    ]);
    expect(screen.getByText('You have not taken this quiz yet.')).toBeVisible();
    expect(screen.getByText(/The clock starts when you start/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Start the quiz' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 1 of 1' })).toBeVisible();
    expect(router.state.location.pathname).toBe(attemptPath('botox-chronic-migraine', 'quiz:mechanism', firstAttempt.id));
    expect(sendMutation).toHaveBeenCalledWith({ operationName: 'StartQuizAttempt', variables: { quizId: 'quiz:mechanism' } });
  });

  it('lists the learner’s attempts and resumes the one in progress', async () => {
    openQuiz({
      maxAttempts: 3,
      myAttempts: [
        { id: 'attempt:zero', attemptNumber: 1, status: 'SUBMITTED', score: 60, passed: false },
        { id: firstAttempt.id, attemptNumber: 2, status: 'IN_PROGRESS', score: null, passed: null },
      ],
    });

    expect(await screen.findByText('You have used 2 attempts of 3. Your best score so far is 60%.')).toBeVisible();
    const attempts = within(screen.getByRole('region', { name: 'Your attempts' }));
    expect(attempts.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Attempt 1: 60%, not passed',
      'Attempt 2: in progress',
    ]);
    expect(screen.getByRole('link', { name: 'Resume attempt 2' })).toHaveAttribute(
      'href',
      attemptPath('botox-chronic-migraine', 'quiz:mechanism', firstAttempt.id),
    );
  });

  it('says when every attempt is used', async () => {
    openQuiz({
      maxAttempts: 1,
      myAttempts: [{ id: 'attempt:zero', attemptNumber: 1, status: 'SUBMITTED', score: 90, passed: true }],
    });

    expect(await screen.findByText('You have used all your attempts at this quiz.')).toBeVisible();
    expect(screen.getByText('You have used 1 attempt of 1. You passed, with a best score of 90%.')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Start/ })).not.toBeInTheDocument();
  });

  it('shows why the server refused to start an attempt', async () => {
    const message = 'You have used all 3 attempts at this quiz.';
    openQuiz({}, { error: apiError('ATTEMPT_LIMIT_REACHED', message, { maxAttempts: 3 }) });

    await userEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('sends a visitor to sign in first, then back to the quiz', async () => {
    const { router } = renderPage(address, stubClient({ data: { me: null } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(address)}`);
  });

  it('is reached from its step in the course outline', async () => {
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { me: ada, course: buildQuizCourse() } }));

    await userEvent.click(await screen.findByRole('link', { name: 'How botulinum toxin works' }));

    expect(await screen.findByRole('button', { name: 'Start the quiz' })).toBeVisible();
  });
});
