import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { RegradeNotes, RegradeNotesFragment } from './RegradeNotes';

const note = {
  regradeId: 'regrade:1',
  regradedAt: '2026-12-07T10:00:00.000Z',
  reason: 'An answer key was corrected in version 2 of the quiz, and attempts at earlier versions were graded again by it.',
  oldScore: 50,
  newScore: 100,
  oldPassed: false,
  newPassed: true,
};

describe("a regraded attempt's note", () => {
  it('says when and why the attempt was regraded and what its result became', () => {
    render(<RegradeNotes attempt={makeFragmentData({ regrades: [note] }, RegradeNotesFragment)} />);
    expect(screen.getByRole('complementary', { name: 'This attempt was regraded' })).toHaveTextContent(
      'An answer key was corrected in version 2 of the quiz, and attempts at earlier versions were graded again by it. Your score went from 50% to 100%, and the attempt is now passed (it was not passed).',
    );
  });

  it('shows nothing for an attempt no regrade changed', () => {
    const { container } = render(<RegradeNotes attempt={makeFragmentData({ regrades: [] }, RegradeNotesFragment)} />);
    expect(container).toBeEmptyDOMElement();
  });
});
