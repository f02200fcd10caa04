import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { citationReviewsPath } from '../../paths/author-paths';
import { apiError, buildUser } from '../../test/account-factory';
import { buildCitationReview } from '../../test/citation-review-factory';
import { buildCourse, buildLesson, buildModule } from '../../test/course-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  modules: [buildModule('mechanism', { lessons: [buildLesson('what-it-is', { title: 'What botulinum toxin is' })] })],
});
const lessonFlag = buildCitationReview('flag-lesson');
const questionFlag = buildCitationReview('flag-question', {
  citingKind: 'QUESTION',
  lessonSlug: null,
  quizSlug: 'mechanism-quiz',
  questionKey: 'injection-points',
  citedKind: 'REFERENCE',
  citedKey: 'botox-pi',
  reviewedText: 'BOTOX prescribing information\nAbbVie, 2023\nRead 2026-12-01',
  currentText: 'BOTOX prescribing information\nAbbVie, 2024\nRead 2026-12-07',
});
const clearedFlag = buildCitationReview('flag-cleared', {
  lessonSlug: 'candidates',
  clearance: { clearedAt: '2026-12-08T10:00:00.000Z', clearedBy: 'Dr Grace Package', clearedIn: 'PACKAGE', note: 'The lesson states the threshold the new text gives.' },
});
const page = citationReviewsPath('botox-chronic-migraine');

function openPage(roles: ('INSTRUCTOR' | 'REVIEWER' | 'LEARNER')[], mutationAnswer: (request: ApiRequest) => ApiAnswer = () => ({})) {
  const sendMutation = vi.fn(mutationAnswer);
  const me = buildUser('Ada Reviewer', { roles });
  renderPage(page, stubClient({ data: { me, course, citationReviews: [lessonFlag, questionFlag, clearedFlag] } }, sendMutation));
  return sendMutation;
}

describe('citations to review', () => {
  beforeAll(() => import('./CitationReviewsPage'));

  it('lists each flagged lesson and question with what it cites as last reviewed and as it is now', async () => {
    openPage(['INSTRUCTOR']);

    const lesson = within(await screen.findByRole('region', { name: 'Lesson “What botulinum toxin is” cites passage injection-points' }));
    expect(lesson.getByText('As last reviewed').closest('figure')).toHaveTextContent('The second fact, with 31 to 39 points.');
    expect(lesson.getByText('Now').closest('figure')).toHaveTextContent('The second fact, with 31 points at most.');
    const question = within(screen.getByRole('region', { name: 'Question injection-points of mechanism-quiz cites reference botox-pi' }));
    expect(question.getByText('Now').closest('figure')).toHaveTextContent('AbbVie, 2024');
    expect(screen.getByRole('heading', { name: 'Needs review (2)' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Cleared (1)' })).toBeVisible();
    const cleared = within(screen.getByRole('region', { name: 'Lesson “candidates” cites passage injection-points' }));
    expect(cleared.getByText(/^Cleared by Dr Grace Package on/)).toHaveTextContent(
      /^Cleared by Dr Grace Package on .+ in the course package: The lesson states the threshold the new text gives\.$/,
    );
  });

  it('lets an instructor read the flags but not clear them', async () => {
    openPage(['INSTRUCTOR']);

    await screen.findByRole('heading', { name: 'Needs review (2)' });
    expect(screen.queryByRole('button', { name: /clear the flag/ })).toBeNull();
    expect(screen.getAllByText('A reviewer or admin clears it.')).toHaveLength(2);
  });

  it('sends a reviewer’s note to clear a flag', async () => {
    const sendMutation = openPage(['REVIEWER'], () => ({ data: { clearCitationReview: { ...lessonFlag, clearance: { clearedAt: '2026-12-09T10:00:00.000Z', clearedBy: 'Ada Reviewer', clearedIn: 'PLATFORM', note: 'Still true.' } } } }));
    const lesson = within(await screen.findByRole('region', { name: 'Lesson “What botulinum toxin is” cites passage injection-points' }));

    await userEvent.type(lesson.getByRole('textbox', { name: /What you checked/ }), 'The lesson gives no count of points, so it still holds.');
    await userEvent.click(lesson.getByRole('button', { name: 'Still holds: clear the flag' }));

    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'ClearCitationReview',
      variables: { id: 'flag-lesson', note: 'The lesson gives no count of points, so it still holds.' },
    });
  });

  it('shows why the server refused a clearance, on the note', async () => {
    openPage(['REVIEWER'], () => ({ error: apiError('BAD_USER_INPUT', 'Say in 10 to 2000 characters what you checked.', { fields: { note: 'Say in 10 to 2000 characters what you checked.' } }) }));
    const lesson = within(await screen.findByRole('region', { name: 'Lesson “What botulinum toxin is” cites passage injection-points' }));

    await userEvent.type(lesson.getByRole('textbox', { name: /What you checked/ }), 'ok');
    await userEvent.click(lesson.getByRole('button', { name: 'Still holds: clear the flag' }));

    expect(await lesson.findByText('Say in 10 to 2000 characters what you checked.')).toBeVisible();
  });

  it('is closed to learners', async () => {
    openPage(['LEARNER']);

    expect(await screen.findByText(/This page is for accounts with the Instructor, Reviewer or Admin role/)).toBeVisible();
  });
});
