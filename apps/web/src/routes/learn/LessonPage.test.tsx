import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { buildCourse, buildLesson, buildModule, buildPassage, buildReference } from '../../test/course-factory';
import { buildCourseProgress } from '../../test/progress-factory';
import { renderPage, stubClient } from '../../test/render-page';

const whatItIs = buildLesson('what-it-is', {
  title: 'What botulinum toxin is',
  sourcePassages: [
    buildPassage('background-1', { section: 'Background', text: 'Botulinum toxin is produced by Clostridium botulinum.' }),
    buildPassage('injection-points', {
      section: 'Botox in migraine',
      text: 'There are 31 to 39 injection points.',
      appraisal: {
        verdict: 'OUTDATED',
        correctionHtml:
          '<p>The label gives 155 units at 31 sites <a class="reference-ref" href="#reference-botox-label" aria-label="Reference 2">[2]</a>.</p>',
        references: [buildReference('botox-label', 2, { title: 'BOTOX prescribing information', identifier: 'setid 33d066a9' })],
      },
    }),
  ],
  references: [buildReference('ichd-3', 1, { title: 'ICHD-3', url: null, identifier: 'doi:10.1177/0333102417738202' })],
});
const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  modules: [
    buildModule('mechanism', {
      title: 'How botulinum toxin works',
      position: 1,
      lessons: [whatItIs, buildLesson('pain-pathways', { title: 'Pain pathways', position: 2 })],
    }),
    buildModule('protocol', {
      title: 'The injection protocol',
      position: 2,
      lessons: [buildLesson('injection-sites', { title: 'Injection sites', position: 1 })],
    }),
  ],
});
const client = () => stubClient({ data: { course } });
const lessonAddress = (slug: string) => `/courses/botox-chronic-migraine/lessons/${slug}`;

describe('lesson reader', () => {
  it('shows the lesson text beside the passages it cites, numbered in citation order', async () => {
    renderPage(lessonAddress('what-it-is'), client());

    expect(await screen.findByRole('heading', { level: 1, name: 'What botulinum toxin is' })).toBeVisible();
    expect(screen.getByText(/What the lesson what-it-is teaches/)).toBeVisible();
    const passages = within(screen.getByRole('complementary', { name: 'Cited passages' })).getAllByRole('listitem');
    expect(passages.map((passage) => passage.textContent)).toEqual([
      'BackgroundBotulinum toxin is produced by Clostridium botulinum.Appraisal: Consistent with current evidence',
      'Botox in migraineThere are 31 to 39 injection points.Appraisal: OutdatedThe label gives 155 units at 31 sites [2].',
    ]);
    expect(document.title).toBe('What botulinum toxin is · Botulinum toxin for chronic migraine · Practitioner Training');
  });

  it('lists every reference the page cites, numbered as the course numbers them, where its citations lead', async () => {
    renderPage(lessonAddress('what-it-is'), client());

    const references = within(await screen.findByRole('region', { name: 'References' })).getAllByRole('listitem');
    expect(references.map((reference) => reference.textContent)).toEqual([
      '[1] ICHD-3. A journal, 2020. doi:10.1177/0333102417738202. Read on 7 December 2026.',
      '[2] BOTOX prescribing information. A journal, 2020. setid 33d066a9. Read on 7 December 2026.',
    ]);
    expect(screen.getByRole('link', { name: 'BOTOX prescribing information' })).toHaveAttribute('href', 'https://example.org/botox-label');
    const citation = screen.getByRole('link', { name: 'Reference 2' });
    expect(document.getElementById(citation.getAttribute('href')!.slice(1))).toBe(references[1]);
  });

  it('links each citation to the passage it cites', async () => {
    renderPage(lessonAddress('what-it-is'), client());

    const citation = await screen.findByRole('link', { name: 'Source passage 2' });
    const passageId = citation.getAttribute('href')?.slice(1) ?? '';
    expect(document.getElementById(passageId)).toHaveTextContent('There are 31 to 39 injection points.');
  });

  it('moves focus to the passage named in the address, so a shared citation link opens on it', async () => {
    renderPage(`${lessonAddress('what-it-is')}#passage-injection-points`, client());

    const passage = (await screen.findByText('There are 31 to 39 injection points.')).closest('li');
    expect(passage).toHaveFocus();
  });

  it('opens on the cited passage when another page links to it', async () => {
    const { router } = renderPage('/courses/botox-chronic-migraine', client());
    await screen.findByRole('heading', { level: 1, name: 'Botulinum toxin for chronic migraine' });

    await act(() => router.navigate(`${lessonAddress('what-it-is')}#passage-background-1`));

    const passage = (await screen.findByText('Botulinum toxin is produced by Clostridium botulinum.')).closest('li');
    expect(passage).toHaveFocus();
  });

  it('leads from the last lesson of a module to the first lesson of the next', async () => {
    renderPage(lessonAddress('pain-pathways'), client());

    const lessons = within(await screen.findByRole('navigation', { name: 'Lessons' }));
    expect(lessons.getByRole('link', { name: /Previous lesson/ })).toHaveTextContent('What botulinum toxin is');
    await userEvent.click(lessons.getByRole('link', { name: /Next lesson/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Injection sites' })).toBeVisible();
    expect(screen.getByText('Module 2: The injection protocol · Lesson 3 of 3')).toBeVisible();
  });

  it('offers the course outline after the last lesson', async () => {
    renderPage(lessonAddress('injection-sites'), client());

    const lessons = within(await screen.findByRole('navigation', { name: 'Lessons' }));
    expect(lessons.queryByRole('link', { name: /Next lesson/ })).not.toBeInTheDocument();
    expect(lessons.getByRole('link', { name: /Back to the course outline/ })).toHaveAttribute(
      'href',
      '/courses/botox-chronic-migraine',
    );
  });

  it('leads back to the course outline from the breadcrumb', async () => {
    renderPage(lessonAddress('what-it-is'), client());

    const breadcrumb = within(await screen.findByRole('navigation', { name: 'Breadcrumb' }));
    await userEvent.click(breadcrumb.getByRole('link', { name: 'Botulinum toxin for chronic migraine' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Botulinum toxin for chronic migraine' })).toBeVisible();
  });

  it('says the lesson was not found when the course has no lesson with the address’s slug', async () => {
    renderPage(lessonAddress('no-such-lesson'), client());

    expect(await screen.findByRole('heading', { level: 1, name: 'Lesson not found' })).toBeVisible();
  });
});

describe('lesson reader for a learner', () => {
  const ada = buildUser('Ada Lovelace');
  const signedInClient = (read: string[], sendCompletion = vi.fn(() => ({}))) =>
    stubClient({ data: { me: ada, course: { ...course, myProgress: buildCourseProgress(course, { read }) } } }, sendCompletion);

  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks the lesson complete with the time spent reading it, then opens the next lesson', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const sendCompletion = vi.fn(() => ({}));
    renderPage(lessonAddress('what-it-is'), signedInClient([], sendCompletion));
    const button = await screen.findByRole('button', { name: 'Mark as complete and continue' });

    vi.setSystemTime(Date.now() + 95_000);
    await userEvent.click(button);

    expect(sendCompletion).toHaveBeenCalledWith({
      operationName: 'CompleteLesson',
      variables: { lessonId: 'lesson:what-it-is', timeSpentSeconds: 95 },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pain pathways' })).toBeVisible();
  });

  it('counts at most an hour of reading, however long the lesson stayed open', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const sendCompletion = vi.fn(() => ({}));
    renderPage(lessonAddress('injection-sites'), signedInClient([], sendCompletion));
    const button = await screen.findByRole('button', { name: 'Mark as complete and continue' });

    vi.setSystemTime(Date.now() + 5 * 60 * 60_000);
    await userEvent.click(button);

    expect(sendCompletion).toHaveBeenCalledWith(expect.objectContaining({ variables: expect.objectContaining({ timeSpentSeconds: 3600 }) }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Botulinum toxin for chronic migraine' })).toBeVisible();
  });

  it('shows a lesson the learner has completed as completed', async () => {
    renderPage(lessonAddress('what-it-is'), signedInClient(['what-it-is']));

    expect(await screen.findByText('Completed')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mark as complete and continue' })).not.toBeInTheDocument();
  });

  it('invites a visitor to sign in to keep track, and still shows the lesson', async () => {
    renderPage(lessonAddress('what-it-is'), client());

    const lesson = within(await screen.findByRole('article', { name: 'What botulinum toxin is' }));
    expect(lesson.getByText(/to keep track of the lessons you have read/)).toBeVisible();
    expect(lesson.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fcourses%2Fbotox-chronic-migraine%2Flessons%2Fwhat-it-is',
    );
    expect(screen.queryByRole('button', { name: 'Mark as complete and continue' })).not.toBeInTheDocument();
  });
});
