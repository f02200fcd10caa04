import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { buildCourse, buildModule } from '../../test/course-factory';
import { renderPage, stubClient, type ApiAnswer } from '../../test/render-page';

const migraine = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  summary: 'Mechanism, evidence and the injection protocol.',
  creditHours: 2,
  modules: [buildModule('mechanism'), buildModule('evidence', { position: 2 }), buildModule('protocol', { position: 3 })],
});
const spasticity = buildCourse('spasticity', { title: 'Botulinum toxin for spasticity', creditHours: 1 });

describe('catalog', () => {
  it('lists each published course with its summary, credit hours and module count', async () => {
    renderPage('/', stubClient({ data: { courses: [migraine, spasticity] } }));

    const card = (await screen.findByRole('heading', { name: 'Botulinum toxin for chronic migraine' })).closest('article');
    expect(card).not.toBeNull();
    const migraineCard = within(card as HTMLElement);
    expect(migraineCard.getByText('Mechanism, evidence and the injection protocol.')).toBeVisible();
    expect(migraineCard.getByText('2 credit hours')).toBeVisible();
    expect(migraineCard.getByText('3 modules')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Botulinum toxin for spasticity' })).toHaveAttribute('href', '/courses/spasticity');
    expect(document.title).toBe('Courses · Practitioner Training');
  });

  it('opens a course outline from its card', async () => {
    renderPage('/', stubClient({ data: { courses: [migraine], course: migraine } }));

    await userEvent.click(await screen.findByRole('link', { name: 'Botulinum toxin for chronic migraine' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Botulinum toxin for chronic migraine' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Start the first lesson' })).toBeVisible();
  });

  it('says so when no course is published yet', async () => {
    renderPage('/', stubClient({ data: { courses: [] } }));

    expect(await screen.findByText('No courses are published yet.')).toBeVisible();
  });

  it('tells the reader courses are loading while the server has not answered', () => {
    renderPage('/', stubClient('loading'));

    expect(screen.getByRole('status')).toHaveTextContent('Loading courses…');
  });

  it('explains a failed load and loads the courses when the reader tries again', async () => {
    let answer: ApiAnswer = { error: new CombinedError({ networkError: new Error('Failed to fetch') }) };
    renderPage('/', stubClient(() => answer));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t load courses');
    expect(alert).toHaveTextContent('The server could not be reached. Check your connection, then try again.');

    answer = { data: { courses: [migraine] } };
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: 'Botulinum toxin for chronic migraine' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server’s explanation when it refuses the query', async () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'Too many requests. Wait a minute, then try again.' }] });
    renderPage('/', stubClient({ error }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Wait a minute, then try again.');
  });
});
