import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemAnalysisPath } from '../../paths/author-paths';
import { buildUser } from '../../test/account-factory';
import { buildAuthoredQuiz, type ItemAnalysisData } from '../../test/quiz-factory';
import { renderPage, stubClient } from '../../test/render-page';

/** Shares chosen by all, by the strongest 27% and by the weakest 27%. */
function option(optionId: string, text: string, correct: boolean, [chosenShare, upperChosenShare, lowerChosenShare]: number[]) {
  return { optionId, text, correct, chosenShare, upperChosenShare, lowerChosenShare };
}

const analysis: ItemAnalysisData = {
  version: 2,
  attempts: 40,
  questions: [
    {
      questionId: 'question:toxin-source',
      key: 'toxin-source',
      position: 1,
      prompt: 'Which organism produces botulinum toxin?',
      attempts: 40,
      shareCorrect: 0.625,
      discrimination: -0.214,
      upperLowerIndex: -0.3,
      flags: ['MISLEADS_STRONG_LEARNERS', 'DISTRACTOR_ATTRACTS_STRONG_LEARNERS'],
      options: [
        option('a', 'Clostridium botulinum', true, [0.625, 0.5, 0.8]),
        option('b', 'Clostridium difficile', false, [0.375, 0.5, 0.2]),
      ],
    },
    {
      questionId: 'question:organism-name',
      key: 'organism-name',
      position: 2,
      prompt: 'Name the bacterium that produces botulinum toxin.',
      attempts: 40,
      shareCorrect: 0.975,
      discrimination: null,
      upperLowerIndex: 0,
      flags: ['TOO_EASY'],
      options: [],
    },
  ],
};

function openAnalysis(path = itemAnalysisPath('quiz:mechanism')) {
  const me = buildUser('Grace Hopper', { roles: ['INSTRUCTOR'] });
  const quiz = buildAuthoredQuiz('How botulinum toxin works', { status: 'PUBLISHED', version: 2 });
  return renderPage(path, stubClient({ data: { me, quizForAuthoring: quiz, itemAnalysis: analysis } }));
}

describe('item analysis', () => {
  // A separate download: loaded once up front, so the first test is not timed with it.
  beforeAll(() => import('./ItemAnalysisPage'));

  it('shows each question’s attempts, share correct, discrimination and flags in words', async () => {
    openAnalysis();

    const table = within(await screen.findByRole('region', { name: 'Questions' }));
    const [, first, second] = table.getAllByRole('row');
    expect(within(first).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '40',
      '63%',
      '-0.21',
      '-0.30',
      'Misleads strong learnersA wrong option attracts strong learners',
      'Show options of question 1',
    ]);
    expect(within(first).getByRole('rowheader')).toHaveTextContent('1. toxin-sourceWhich organism produces botulinum toxin?');
    expect(within(second).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '40',
      '98%',
      '—',
      '0.00',
      'Too easy',
      '',
    ]);
    expect(screen.getByText('Version 2, from 40 graded attempts.', { exact: false })).toBeVisible();
  });

  it('opens a question to show how often strong and weak learners chose each option', async () => {
    openAnalysis();
    const toggle = await screen.findByRole('button', { name: 'Show options of question 1' });

    await userEvent.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('table', { name: 'Options of question 1' }));
    expect(options.getAllByRole('row').map((row) => row.textContent)).toEqual([
      'OptionChosen by allby strong learnersby weak learners',
      'Clostridium botulinum (correct)63%50%80%',
      'Clostridium difficile38%50%20%',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Hide options of question 1' }));
    expect(screen.queryByRole('table', { name: 'Options of question 1' })).not.toBeInTheDocument();
  });

  it('links to each published version’s analysis', async () => {
    openAnalysis();

    const versions = within(await screen.findByRole('navigation', { name: 'Versions' }));
    expect(versions.getByRole('link', { name: '1' })).toHaveAttribute(
      'href',
      '/author/quizzes/quiz%3Amechanism/analysis?version=1',
    );
    expect(versions.getByRole('link', { name: '2' })).toHaveAttribute('aria-current', 'page');
  });
});
