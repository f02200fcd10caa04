import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { RegradePreviewQuery, RegradeQuery } from '../../gql/graphql';
import { buildAuthoredQuestion, buildAuthoredQuiz } from '../../test/quiz-factory';
import { stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';
import { RegradePanel } from './RegradePanel';

const quiz = buildAuthoredQuiz('How botulinum toxin works', {
  status: 'PUBLISHED',
  version: 2,
  questions: [buildAuthoredQuestion('toxin-source', { prompt: 'Which organism produces botulinum toxin?' })],
});

const preview: RegradePreviewQuery['regradePreview'] = {
  mode: 'CORRECTED_KEYS',
  questionKey: null,
  keyVersion: 2,
  attemptsExamined: 40,
  attemptsOpen: 1,
  nowPassing: 1,
  nowFailing: 1,
  changes: [
    { attemptId: 'a1', learnerName: 'Ann Lee', learnerEmail: 'ann@example.org', attemptNumber: 1, quizVersion: 1, oldScore: 100, newScore: 50, oldPassed: true, newPassed: false },
    { attemptId: 'a2', learnerName: 'Ben Ode', learnerEmail: 'ben@example.org', attemptNumber: 2, quizVersion: 1, oldScore: 50, newScore: 100, oldPassed: false, newPassed: true },
  ],
};

const running: RegradeQuery['regrade'] = {
  id: 'regrade:1',
  status: 'RUNNING',
  attemptsTotal: 41,
  attemptsDone: 20,
  attemptsOpen: 0,
  resultsChanged: 1,
  nowPassing: 1,
  nowFailing: 0,
};

// The panel's own operations are not among the whole app's stub answers; their shapes come from the generated types above.
const answer = (data: object) => ({ data }) as ApiAnswer;

function renderPanel() {
  const queries: ApiRequest[] = [];
  const sendMutation = vi.fn(() => answer({ startRegrade: { id: 'regrade:1' } }));
  const client = stubClient((request) => {
    queries.push(request);
    return request.operationName === 'RegradePreview' ? answer({ regradePreview: preview }) : answer({ regrade: running });
  }, sendMutation);
  render(
    <Provider value={client}>
      <RegradePanel quiz={quiz} />
    </Provider>,
  );
  return { queries, sendMutation };
}

describe('the regrade panel of the quiz editor', () => {
  it('shows a dry run as a table of who would change before anything is started', async () => {
    const { queries, sendMutation } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'See who would change' }));

    const table = await screen.findByRole('table', { name: 'Attempts whose result would change' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ann Lee (ann@example.org)1 (version 1)100%50%PassedNot passed');
    expect(rows[2]).toHaveTextContent('Ben Ode');
    expect(screen.getByText(/40 graded attempts looked at; 2 results would change: 1 would now pass, 1 would no longer pass\./)).toBeVisible();
    expect(queries.at(-1)).toEqual({ operationName: 'RegradePreview', variables: { input: { quizId: quiz.id, mode: 'CORRECTED_KEYS', questionKey: null } } });
    expect(sendMutation).not.toHaveBeenCalled();
  });

  it('asks which question gets everyone credit, then starts the regrade and follows it', async () => {
    const { queries, sendMutation } = renderPanel();
    await userEvent.click(screen.getByRole('radio', { name: 'Give everyone who was shown one question full credit for it' }));
    expect(screen.getByRole('button', { name: 'See who would change' })).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Which organism produces botulinum toxin?' }));
    await userEvent.click(screen.getByRole('button', { name: 'See who would change' }));
    expect(queries.at(-1)!.variables).toEqual({ input: { quizId: quiz.id, mode: 'CREDIT_ALL', questionKey: 'toxin-source' } });

    await userEvent.click(await screen.findByRole('button', { name: 'Regrade 40 attempts' }));

    expect(sendMutation).toHaveBeenCalledWith({ operationName: 'StartRegrade', variables: { input: { quizId: quiz.id, mode: 'CREDIT_ALL', questionKey: 'toxin-source' } } });
    expect(await screen.findByText('20 of 41 attempts looked at: 1 changed, 1 now pass, 0 no longer pass.')).toBeVisible();
  });
});
