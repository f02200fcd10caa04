import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { attemptPath } from '../../paths/quiz-paths';
import { apiError, buildUser } from '../../test/account-factory';
import { buildAttempt, buildAttemptQuestion, buildFeedback, buildQuizCourse, type AttemptData } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const organism = buildAttemptQuestion('organism', 'SINGLE_CHOICE', 'Which organism produces botulinum toxin?', [
  'Clostridium botulinum',
  'Clostridium difficile',
]);
const sites = buildAttemptQuestion('sites', 'NUMERIC', 'How many injection sites does the protocol use?');
const name = buildAttemptQuestion('name', 'SHORT_TEXT', 'Name the bacterium that produces botulinum toxin.');

const failed = buildAttempt('one', {
  status: 'SUBMITTED',
  score: 33.33,
  passed: false,
  attemptsLeft: 2,
  questions: [organism, sites, name],
  savedAnswers: [
    { questionId: organism.id, optionIds: ['b'], number: null, text: null },
    { questionId: sites.id, optionIds: null, number: 31, text: null },
  ],
  feedback: [
    buildFeedback(organism, {
      reviewUrl: '/courses/botox-chronic-migraine/lessons/what-botox-is#passage-background-1',
      references: [{ key: 'botox-label', number: 3, title: 'BOTOX prescribing information', url: 'https://example.org/label' }],
    }),
    buildFeedback(sites, {
      correct: true,
      credit: 1,
      correctOptionIds: null,
      numericAnswer: { value: null, tolerance: null, min: 31, max: 39 },
    }),
    buildFeedback(name, { correctOptionIds: null, acceptedAnswers: ['Clostridium botulinum', 'C. botulinum'] }),
  ],
});

function openResult(attempt: AttemptData, mutationAnswer: (request: ApiRequest) => ApiAnswer = () => ({})) {
  const sendMutation = vi.fn(mutationAnswer);
  const attempts: Record<string, AttemptData> = {
    [attempt.id]: attempt,
    'attempt:two': buildAttempt('two', { attemptNumber: 2, questions: [organism] }),
  };
  const { router } = renderPage(
    attemptPath('botox-chronic-migraine', 'quiz:mechanism', attempt.id),
    stubClient(
      ({ variables }) => ({
        data: { me: buildUser('Ada Lovelace'), course: buildQuizCourse(), attempt: attempts[String(variables.attemptId)] },
      }),
      sendMutation,
    ),
  );
  return { router, sendMutation };
}

describe('quiz result', () => {
  // A separate download: loaded once up front, so the first test is not timed with it.
  beforeAll(() => import('./AttemptPage'));

  it('shows the score against the pass mark and the attempts left', async () => {
    openResult(failed);

    const heading = await screen.findByRole('heading', { level: 2, name: 'You did not pass this time' });
    const result = within(heading.closest('section')!);
    expect(result.getByText(/Your score/)).toHaveTextContent('Your score: 33.3%. The pass mark is 80%.');
    expect(result.getByText('You have 2 attempts left.')).toBeVisible();
    expect(document.title).toBe('Result · How botulinum toxin works · Practitioner Training');
  });

  it('reviews each question: right or not, the answers, why, and a link to the source passage', async () => {
    openResult(failed);

    const reviews = within(await screen.findByRole('region', { name: 'Your answers' })).getAllByRole('article');
    expect(reviews.map((review) => review.querySelector('h3')?.textContent)).toEqual([
      'Question 1 Incorrect',
      'Question 2 Correct',
      'Question 3 Incorrect',
    ]);
    const first = within(reviews[0]);
    expect(first.getByText('Your answer').nextElementSibling).toHaveTextContent('Clostridium difficile');
    expect(first.getByText('Right answer').nextElementSibling).toHaveTextContent('Clostridium botulinum');
    expect(first.getByText(`Why the answer to “${organism.prompt}” is right.`)).toBeVisible();
    expect(first.getByText('Botox is produced by a bacterium.')).toBeVisible();
    expect(first.getByRole('link', { name: 'Review the source passage for question 1' })).toHaveAttribute(
      'href',
      '/courses/botox-chronic-migraine/lessons/what-botox-is#passage-background-1',
    );
    expect(first.getByText(/^Evidence:/)).toHaveTextContent('Evidence: [3] BOTOX prescribing information');
    expect(first.getByRole('link', { name: 'BOTOX prescribing information' })).toHaveAttribute('href', 'https://example.org/label');
    expect(first.getByText('Consistent with current evidence')).toBeVisible();
    expect(within(reviews[1]).getByText('Right answer').nextElementSibling).toHaveTextContent('From 31 to 39');
    expect(within(reviews[2]).getByText('Your answer').nextElementSibling).toHaveTextContent('Not answered');
    const accepted = within(reviews[2]).getByText('Accepted answers').nextElementSibling as HTMLElement;
    expect(within(accepted).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Clostridium botulinum',
      'C. botulinum',
    ]);
  });

  it('says so when the quiz does not show answers for this attempt', async () => {
    openResult({ ...failed, feedback: null });

    expect(await screen.findByText('This quiz does not show the right answers and explanations for this attempt.')).toBeVisible();
    expect(screen.queryByRole('link', { name: /Review the source passage/ })).not.toBeInTheDocument();
  });

  it('starts a new attempt on “Try again” and opens it', async () => {
    const { router, sendMutation } = openResult(failed, () => ({ data: { startQuizAttempt: { id: 'attempt:two' } } }));

    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));

    expect(router.state.location.pathname).toBe(attemptPath('botox-chronic-migraine', 'quiz:mechanism', 'attempt:two'));
    expect(await screen.findByText('Module 1 quiz · Attempt 2')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Question 1 of 1' })).toBeVisible();
    expect(sendMutation).toHaveBeenCalledWith({ operationName: 'StartQuizAttempt', variables: { quizId: 'quiz:mechanism' } });
  });

  it('says when another attempt may start if the cool-down is still running', async () => {
    const message = 'You can start another attempt at this quiz in 5 minutes.';
    openResult(failed, () => ({ error: apiError('ATTEMPT_COOLDOWN', message, { retryAfterSeconds: 300 }) }));

    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(new RegExp(`^${message} That is at \\d{1,2}:\\d{2}`));
  });

  it('offers no new attempt when none are left, and praises a pass', async () => {
    openResult({ ...failed, passed: true, score: 100, attemptsLeft: 0 });

    expect(await screen.findByRole('heading', { level: 2, name: 'You passed' })).toBeVisible();
    expect(screen.getByText('You have no attempts left at this quiz.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
