import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCourse, buildModule, buildQuiz } from '../../test/course-factory';
import { renderPage, stubClient } from '../../test/render-page';

const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  modules: [
    buildModule('mechanism', { title: 'How botulinum toxin works', quiz: buildQuiz('Mechanism check', { id: 'quiz-1' }) }),
  ],
  finalQuiz: buildQuiz('Final exam', { id: 'quiz-final', questionCount: 10 }),
});

describe('authoring', () => {
  // A separate download: loaded once up front, so the first test is not timed with it.
  beforeAll(() => import('./AuthorHomePage'));

  it('lists every quiz of each course, with its editor and its item analysis', async () => {
    const instructor = buildUser('Grace Hopper', { roles: ['INSTRUCTOR'] });
    renderPage('/author', stubClient({ data: { me: instructor, courses: [course] } }));

    const quizzes = within(await screen.findByRole('region', { name: 'Quizzes of Botulinum toxin for chronic migraine' }));
    const [, moduleQuiz, finalExam] = quizzes.getAllByRole('row');
    expect(within(moduleQuiz).getByRole('link', { name: 'Mechanism check' })).toHaveAttribute('href', '/author/quizzes/quiz-1');
    expect(moduleQuiz).toHaveTextContent('Module 1: How botulinum toxin works');
    expect(within(finalExam).getByRole('link', { name: 'Item analysis of Final exam' })).toHaveAttribute(
      'href',
      '/author/quizzes/quiz-final/analysis',
    );
    expect(finalExam).toHaveTextContent('10');
  });

  it('is closed to learners', async () => {
    renderPage('/author', stubClient({ data: { me: buildUser('Ada Lovelace'), courses: [course] } }));

    expect(await screen.findByText(/This page is for accounts with the Instructor or Admin role/)).toBeVisible();
  });
});
