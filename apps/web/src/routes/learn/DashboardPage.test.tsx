import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCourse, buildLesson, buildModule, buildQuiz } from '../../test/course-factory';
import { buildCourseProgress, type Standing } from '../../test/progress-factory';
import { renderPage, stubClient } from '../../test/render-page';

const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  modules: [
    buildModule('mechanism', {
      title: 'How botulinum toxin works',
      position: 1,
      lessons: [
        buildLesson('what-it-is', { title: 'What botulinum toxin is', position: 1 }),
        buildLesson('pain-pathways', { title: 'Pain pathways', position: 2 }),
      ],
      quiz: buildQuiz('Mechanism check', { passingScore: 80, maxAttempts: 3 }),
    }),
    buildModule('protocol', {
      title: 'The injection protocol',
      position: 2,
      lessons: [buildLesson('injection-sites', { title: 'Injection sites' })],
    }),
  ],
  finalQuiz: buildQuiz('Final exam', { passingScore: 75, maxAttempts: null }),
});
const ada = buildUser('Ada Lovelace');

function showDashboard(standing: Standing) {
  renderPage('/my-learning', stubClient({ data: { me: ada, myCourses: [buildCourseProgress(course, standing)] } }));
}

async function findCourseCard() {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Botulinum toxin for chronic migraine' });
  return within(heading.closest('article') as HTMLElement);
}

describe('learner dashboard', () => {
  it('shows how far the learner is in each course and the lesson to read next', async () => {
    showDashboard({ read: ['what-it-is'] });

    const card = await findCourseCard();
    const progress = card.getByRole('progressbar', { name: 'Progress in Botulinum toxin for chronic migraine' });
    expect(progress).toHaveAttribute('aria-valuenow', '20');
    expect(card.getByText('20% complete · 1 of 3 lessons')).toBeVisible();
    expect(card.getAllByText('In progress')[0]).toBeVisible();
    expect(card.getByRole('link', { name: 'Continue reading Pain pathways' })).toHaveAttribute(
      'href',
      '/courses/botox-chronic-migraine/lessons/pain-pathways',
    );
    expect(document.title).toBe('My learning · Practitioner Training');
  });

  it('sends the learner to the module quiz once its lessons are read, with their best score and attempts left', async () => {
    showDashboard({ read: ['what-it-is', 'pain-pathways'], scores: { mechanism: 60 } });

    const card = await findCourseCard();
    expect(card.getByRole('link', { name: 'Take the How botulinum toxin works quiz' })).toHaveAttribute(
      'href',
      '/courses/botox-chronic-migraine/quizzes/quiz%3AMechanism%20check',
    );
    const mechanism = within(card.getByText('Module 1: How botulinum toxin works').closest('li') as HTMLElement);
    expect(mechanism.getByText('2 of 2 lessons read')).toBeVisible();
    expect(mechanism.getByText('Quiz: Best score 60% · 3 attempts left')).toBeVisible();
    const finalExam = within(card.getByText('Final exam').closest('li') as HTMLElement);
    expect(finalExam.getByText('Not started')).toBeVisible();
    expect(finalExam.getByText('Not taken yet · Unlimited attempts')).toBeVisible();
  });

  it('says a learner who has completed the course is eligible for a certificate, with nothing left to do', async () => {
    showDashboard({ read: ['what-it-is', 'pain-pathways', 'injection-sites'], scores: { mechanism: 90, final: 80 } });

    const card = await findCourseCard();
    expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(card.getByText('Eligible for a certificate')).toBeVisible();
    expect(card.getByText('Quiz: Passed with 90%')).toBeVisible();
    expect(card.getByText('Passed with 80%')).toBeVisible();
    expect(card.getAllByRole('link').map((link) => link.textContent)).toEqual(['Botulinum toxin for chronic migraine']);
  });

  it('invites a learner with no courses yet to the catalog', async () => {
    renderPage('/my-learning', stubClient({ data: { me: ada, myCourses: [] } }));

    expect(await screen.findByRole('heading', { name: 'You haven’t started a course yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse all courses' })).toHaveAttribute('href', '/');
  });

  it('sends a visitor to sign in first, then back to the dashboard', async () => {
    const { router } = renderPage('/my-learning', stubClient({ data: { me: null } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.search).toBe('?next=%2Fmy-learning');
  });
});
