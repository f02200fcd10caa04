import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { attemptPath } from '../../paths/quiz-paths';
import { buildUser } from '../../test/account-factory';
import { buildAttempt, buildAttemptQuestion, buildQuizCourse, type AttemptData } from '../../test/quiz-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const single = buildAttemptQuestion('organism', 'SINGLE_CHOICE', 'Which organism produces botulinum toxin?', [
  'Clostridium botulinum',
  'Clostridium difficile',
]);
const multiple = buildAttemptQuestion('effects', 'MULTIPLE_CHOICE', 'How do botox injections act?', [
  'They block nerve signals',
  'They relax the muscles',
  'They raise serotonin',
]);
const trueFalse = buildAttemptQuestion('recent', 'TRUE_FALSE', 'Botox for migraine is a long-established use.', [
  'True',
  'False',
]);
const numeric = buildAttemptQuestion('sites', 'NUMERIC', 'How many injection sites does the protocol use?');
const shortText = buildAttemptQuestion('name', 'SHORT_TEXT', 'Name the bacterium that produces botulinum toxin.');
const everyType = [single, multiple, trueFalse, numeric, shortText];

function openAttempt(attempt: AttemptData, mutationAnswer: (request: ApiRequest) => ApiAnswer = () => ({})) {
  const sendMutation = vi.fn(mutationAnswer);
  const me = buildUser('Ada Lovelace');
  renderPage(
    attemptPath('botox-chronic-migraine', 'quiz:mechanism', attempt.id),
    stubClient({ data: { me, course: buildQuizCourse(), attempt } }, sendMutation),
  );
  return sendMutation;
}

const saved = ({ operationName }: ApiRequest): ApiAnswer =>
  operationName === 'SaveQuizAnswers' ? { data: { saveQuizAnswers: { id: 'attempt:one' } } } : {};

describe('quiz player', () => {
  // A separate download: loaded once up front, so the first test is not timed with it.
  beforeAll(() => import('./AttemptPage'));

  beforeEach(() => localStorage.clear());

  it('gives each type of question the input it takes, labelled with its prompt', async () => {
    openAttempt(buildAttempt('one', { questions: everyType }));
    await userEvent.click(await screen.findByRole('radio', { name: 'All on one page' }));

    const organism = screen.getByRole('radiogroup', { name: single.prompt });
    expect(within(organism).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Clostridium botulinum',
      'Clostridium difficile',
    ]);
    expect(within(screen.getByRole('group', { name: multiple.prompt })).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(screen.getByRole('radiogroup', { name: trueFalse.prompt })).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByLabelText(numeric.prompt)).toHaveAccessibleDescription('Answer with a number.');
    expect(screen.getByRole('textbox', { name: shortText.prompt })).toHaveAccessibleDescription('Answer in a few words.');
    expect(screen.getByText('0 of 5 answered')).toBeVisible();
  });

  it('saves each answer shortly after it is given, and says so', async () => {
    const sendMutation = openAttempt(buildAttempt('one', { questions: [single, multiple] }), saved);

    await userEvent.click(await screen.findByRole('radio', { name: 'Clostridium difficile' }));

    expect(await screen.findByText('Saved')).toBeVisible();
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'SaveQuizAnswers',
      variables: { attemptId: 'attempt:one', answers: [{ questionId: single.id, optionIds: ['b'] }] },
    });
    expect(screen.getByText('Question 1 of 2, 1 of 2 answered')).toBeVisible();
  });

  it('says when an answer could not be saved, and saves it on request', async () => {
    let online = false;
    const sendMutation = openAttempt(buildAttempt('one', { questions: [shortText] }), (request) =>
      online ? saved(request) : { error: new CombinedError({ networkError: new Error('Failed to fetch') }) },
    );
    await userEvent.type(await screen.findByRole('textbox', { name: shortText.prompt }), 'C. botulinum');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your latest answers are not saved yet.');
    online = true;
    await userEvent.click(within(alert).getByRole('button', { name: 'Save now' }));

    expect(await screen.findByText('Saved')).toBeVisible();
    expect(sendMutation).toHaveBeenLastCalledWith({
      operationName: 'SaveQuizAnswers',
      variables: { attemptId: 'attempt:one', answers: [{ questionId: shortText.id, text: 'C. botulinum' }] },
    });
  });

  it('resumes a reloaded attempt with its saved answers, at the first question still to answer', async () => {
    openAttempt(
      buildAttempt('one', {
        questions: [single, numeric, shortText],
        savedAnswers: [
          { questionId: single.id, optionIds: ['a'], number: null, text: null },
          { questionId: numeric.id, optionIds: null, number: 31, text: null },
        ],
      }),
    );

    expect(await screen.findByRole('heading', { level: 2, name: 'Question 3 of 3' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Question 1, answered' }));
    expect(screen.getByRole('radio', { name: 'Clostridium botulinum' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByLabelText(numeric.prompt)).toHaveValue('31');
  });

  it('moves one question at a time, moving focus to the question so it is read out', async () => {
    openAttempt(buildAttempt('one', { questions: [single, multiple, trueFalse] }));

    await userEvent.click(await screen.findByRole('button', { name: 'Next question' }));

    const heading = screen.getByRole('heading', { level: 2, name: 'Question 2 of 3' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Question 2, not answered' })).toHaveAttribute('aria-current', 'step');
    expect(screen.queryByRole('radiogroup', { name: single.prompt })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Question 1 of 3' })).toHaveFocus();
  });

  it('tells a screen reader, politely, the question moved to, each new answer and the time left at each mark', async () => {
    // The clock reaches 5:00 left three seconds after the attempt opens.
    const deadline = new Date(Date.now() + 303_000).toISOString();
    openAttempt(buildAttempt('one', { questions: [single, multiple, trueFalse], deadline }), saved);

    const progress = await screen.findByText('Question 1 of 3, 0 of 3 answered');
    expect(progress).toHaveRole('status');
    await userEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(progress).toHaveTextContent('Question 2 of 3, 0 of 3 answered');
    await userEvent.click(screen.getByRole('checkbox', { name: 'They relax the muscles' }));
    expect(progress).toHaveTextContent('Question 2 of 3, 1 of 3 answered');

    const time = screen.getByText('Less than 10 minutes left.');
    expect(time).toHaveRole('status');
    await waitFor(() => expect(time).toHaveTextContent('Less than 5 minutes left.'), { timeout: 6000 });
  });

  it('asks before submitting, naming the questions left unanswered, and shows the result once graded', async () => {
    const graded = buildAttempt('one', { questions: [single, multiple], status: 'SUBMITTED', score: 50, passed: false });
    const sendMutation = openAttempt(buildAttempt('one', { questions: [single, multiple] }), (request) =>
      request.operationName === 'SubmitQuizAttempt' ? { data: { submitQuizAttempt: graded } } : saved(request),
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Clostridium botulinum' }));

    await userEvent.click(screen.getByRole('button', { name: 'Submit answers…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Submit your answers?' });
    expect(dialog).toHaveTextContent('You have not answered 1 question of 2:');
    const unanswered = within(dialog).getByRole('list', { name: 'Unanswered questions' });
    expect(unanswered).toHaveTextContent(`Question 2: ${multiple.prompt}`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep answering' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(sendMutation).not.toHaveBeenCalledWith(expect.objectContaining({ operationName: 'SubmitQuizAttempt' }));

    await userEvent.click(screen.getByRole('button', { name: 'Submit answers…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit answers' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'You did not pass this time' })).toHaveFocus();
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'SubmitQuizAttempt',
      variables: {
        attemptId: 'attempt:one',
        answers: [{ questionId: single.id, optionIds: ['a'] }],
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
  });

  it('keeps the choice of all questions on one page for the next attempt', async () => {
    openAttempt(buildAttempt('one', { questions: [single, multiple] }));
    await userEvent.click(await screen.findByRole('radio', { name: 'All on one page' }));

    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Question 1 of 2',
      'Question 2 of 2',
    ]);
    expect(screen.queryByRole('button', { name: 'Next question' })).not.toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem('quiz-layout')).toBe('all'));
  });
});
