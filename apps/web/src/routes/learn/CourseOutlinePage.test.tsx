import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCourse, buildLesson, buildModule, buildQuiz } from '../../test/course-factory';
import { renderPage, stubClient } from '../../test/render-page';

const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  modules: [
    buildModule('protocol', {
      title: 'The injection protocol',
      position: 2,
      lessons: [buildLesson('injection-sites', { title: 'Injection sites', position: 1 })],
    }),
    buildModule('mechanism', {
      title: 'How botulinum toxin works',
      position: 1,
      objectives: ['Explain how botulinum toxin relaxes muscles.'],
      lessons: [
        buildLesson('pain-pathways', { title: 'Pain pathways', position: 2 }),
        buildLesson('what-it-is', { title: 'What botulinum toxin is', position: 1 }),
      ],
      quiz: buildQuiz('Mechanism check', { questionCount: 6, passingScore: 80 }),
    }),
  ],
  finalQuiz: buildQuiz('Final exam: chronic migraine', { questionCount: 20, passingScore: 75, maxAttempts: null }),
});

describe('course outline', () => {
  it('shows modules in teaching order with their objectives and lessons', async () => {
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course } }));

    const modules = await screen.findAllByRole('heading', { level: 2, name: /^Module \d/ });
    expect(modules.map((heading) => heading.textContent)).toEqual([
      'Module 1 How botulinum toxin works',
      'Module 2 The injection protocol',
    ]);
    const mechanism = within(modules[0].closest('section') as HTMLElement);
    expect(mechanism.getByText('Explain how botulinum toxin relaxes muscles.')).toBeVisible();
    expect(mechanism.getAllByRole('link').map((link) => link.textContent)).toEqual(['What botulinum toxin is', 'Pain pathways']);
    expect(screen.getByRole('link', { name: 'Start the first lesson' })).toHaveAttribute(
      'href',
      '/courses/botox-chronic-migraine/lessons/what-it-is',
    );
    expect(document.title).toBe('Botulinum toxin for chronic migraine · Practitioner Training');
  });

  it('shows each module quiz and the final exam as steps after the lessons', async () => {
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course } }));

    const moduleQuiz = within((await screen.findByText('Mechanism check')).closest('div') as HTMLElement);
    expect(moduleQuiz.getByText('6 questions')).toBeVisible();
    expect(moduleQuiz.getByText('Pass mark 80%')).toBeVisible();
    const finalExam = within(screen.getByRole('region', { name: 'Final exam' }));
    expect(finalExam.getByText('Final exam: chronic migraine')).toBeVisible();
    expect(finalExam.getByText('20 questions')).toBeVisible();
    expect(finalExam.getByText('Unlimited attempts')).toBeVisible();
  });

  it('says the course was not found when no course has the address’s slug', async () => {
    renderPage('/courses/no-such-course', stubClient({ data: { course: null } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Course not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse all courses' })).toHaveAttribute('href', '/');
  });
});
