import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCourse, buildLesson, buildModule, buildQuiz, buildReference } from '../../test/course-factory';
import { buildCourseProgress } from '../../test/progress-factory';
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
  it('says before enrolment who the course is for, what it does not qualify anyone to do, and what its source is worth', async () => {
    const appraised = buildCourse('botox-chronic-migraine', {
      title: 'Botulinum toxin for chronic migraine',
      audience: 'Physicians who manage chronic migraine.',
      scope: 'It is not training in injection technique.',
      sourceProvenance: { publisher: 'Not stated (a training vendor)', type: 'promotional article', date: 'undated' },
      estimatedMinutes: 90,
      references: [buildReference('botox-label', 1, { title: 'BOTOX prescribing information' })],
    });
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course: appraised } }));

    const about = within(await screen.findByRole('region', { name: 'About this course' }));
    expect(about.getByText('Physicians who manage chronic migraine.')).toBeVisible();
    expect(about.getByText('It is not training in injection technique.')).toBeVisible();
    expect(about.getByText(/promotional article, undated, published by Not stated \(a training vendor\)/)).toBeVisible();
    expect(about.getByText('References (1)')).toBeVisible();
    expect(screen.getByRole('list', { name: 'About this course' })).toHaveTextContent('About 90 minutes of study');
  });

  it('shows modules in teaching order with their objectives and lessons', async () => {
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course } }));

    const modules = await screen.findAllByRole('heading', { level: 2, name: /^Module \d/ });
    expect(modules.map((heading) => heading.textContent)).toEqual([
      'Module 1 How botulinum toxin works',
      'Module 2 The injection protocol',
    ]);
    const mechanism = within(modules[0].closest('section') as HTMLElement);
    expect(mechanism.getByText('Explain how botulinum toxin relaxes muscles.')).toBeVisible();
    expect(mechanism.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'What botulinum toxin is',
      'Pain pathways',
      'Mechanism check',
    ]);
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

  it('gives search results the course’s summary as the page’s description', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="description" content="Courses, quizzes and verifiable certificates for clinicians.">');
    onTestFinished(() => document.head.querySelector('meta[name="description"]')?.remove());
    const summary = 'When botulinum toxin helps chronic migraine, how it is given, and what to tell patients.';
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course: { ...course, summary } } }));

    await screen.findByRole('heading', { level: 1, name: 'Botulinum toxin for chronic migraine' });
    expect(document.head.querySelector('meta[name="description"]')).toHaveAttribute('content', summary);
  });

  it('says the course was not found when no course has the address’s slug', async () => {
    renderPage('/courses/no-such-course', stubClient({ data: { course: null } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Course not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Browse all courses' })).toHaveAttribute('href', '/');
  });
});

describe('course outline for a learner', () => {
  const ada = buildUser('Ada Lovelace');

  it('marks the lessons the learner has read, shows each module’s status and quiz score, and leads on', async () => {
    const myProgress = buildCourseProgress(course, { read: ['what-it-is', 'pain-pathways'], scores: { mechanism: 60 } });
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { me: ada, course: { ...course, myProgress } } }));

    expect(await screen.findByRole('progressbar', { name: 'Progress in Botulinum toxin for chronic migraine' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    const mechanism = within(screen.getByRole('region', { name: 'Module 1 How botulinum toxin works' }));
    expect(mechanism.getByText('In progress')).toBeVisible();
    expect(mechanism.getAllByRole('listitem').map((lesson) => lesson.textContent)).toEqual(
      expect.arrayContaining(['What botulinum toxin is✓ (completed)', 'Pain pathways✓ (completed)']),
    );
    expect(mechanism.getByText('Your best score: 60%, not passed yet')).toBeVisible();
    const protocol = within(screen.getByRole('region', { name: 'Module 2 The injection protocol' }));
    expect(protocol.getByText('Not started')).toBeVisible();
    expect(protocol.getByRole('listitem')).toHaveTextContent(/^Injection sites$/);
    expect(screen.getByRole('link', { name: 'Take the How botulinum toxin works quiz' })).toBeVisible();
  });

  it('enrols a signed-in reader who has not enrolled yet', async () => {
    const sendEnroll = vi.fn(() => ({ data: { enroll: { id: 'enrolment:1', course: { id: course.id } } } }));
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { me: ada, course: { ...course, myProgress: null } } }, sendEnroll));

    await userEvent.click(await screen.findByRole('button', { name: 'Enrol in this course' }));

    expect(sendEnroll).toHaveBeenCalledWith({ operationName: 'Enroll', variables: { courseSlug: 'botox-chronic-migraine' } });
  });

  it('states when the version was released, last reviewed and until when it holds', async () => {
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course } }));

    expect(await screen.findByRole('list', { name: 'Review dates' })).toHaveTextContent(
      'Released 15 January 2026Clinically reviewed 1 February 2026Valid until 1 February 2029',
    );
  });

  it('tells a reader of a terminated course that it takes no enrolments, and offers none', async () => {
    const terminated = { ...course, life: { ...course.life, lastReviewedAt: null, terminatesAt: '2026-11-01T09:00:00.000Z', terminated: true } };
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { me: ada, course: { ...terminated, myProgress: null } } }));

    expect(await screen.findByRole('note')).toHaveTextContent(
      'This course reached its termination date on 1 November 2026: it takes no new enrolments and grants no certificates',
    );
    expect(screen.getByRole('list', { name: 'Review dates' })).toHaveTextContent('Not yet signed off by a clinical reviewer');
    expect(screen.queryByRole('button', { name: 'Enrol in this course' })).not.toBeInTheDocument();
  });
});
