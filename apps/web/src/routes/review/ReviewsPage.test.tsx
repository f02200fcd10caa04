import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, type UserData } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiRequest } from '../../test/render-page';
import { buildDueReview } from '../../test/review-factory';

const migraine = buildDueReview('botox-chronic-migraine', { courseTitle: 'Botulinum toxin for chronic migraine' });
const lapsed = buildDueReview('hand-hygiene', { courseTitle: 'Hand hygiene', version: 1, daysLeft: -3, lastReviewedAt: '2023-11-01T10:00:00.000Z' });
const rosa = buildUser('Rosa Reviewer', { roles: ['REVIEWER'] });
const ada = buildUser('Ada Admin', { roles: ['ADMIN'] });

function reviewsApi(me: UserData) {
  const signOffs: ApiRequest[] = [];
  const queries: ApiRequest[] = [];
  const client = stubClient(
    (request) => {
      queries.push(request);
      return { data: { me, dueForReview: [migraine, lapsed] } };
    },
    (request) => {
      signOffs.push(request);
      return { data: { signOffCourseVersion: { id: 'review:1', reviewedAt: '2026-12-07T10:00:00.000Z', terminatesAt: '2029-12-07T10:00:00.000Z' } } };
    },
  );
  return { client, signOffs, queries };
}

const rowOf = async (title: string) =>
  within((await screen.findByRole('rowheader', { name: new RegExp(`^${title}`) })).closest('tr') as HTMLElement);

describe('reviews', () => {
  it('lists what is due with its dates, says which version has terminated, and is in the reviewer’s navigation', async () => {
    renderPage('/reviews', reviewsApi(rosa).client);

    const row = await rowOf('Botulinum toxin for chronic migraine, version 2');
    expect(row.getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '15 January 2024',
      'never signed off',
      '15 January 2027 (in 20 days)',
      'Sign off',
    ]);
    expect((await rowOf('Hand hygiene, version 1')).getAllByRole('cell')[2].textContent).toBe('15 January 2027 (terminated)');
    expect(row.getByRole('link', { name: 'Read the course' })).toHaveAttribute('href', '/courses/botox-chronic-migraine');
    expect(row.getByRole('link', { name: 'Citations to review' })).toHaveAttribute('href', '/author/courses/botox-chronic-migraine/citation-reviews');
    expect(within(siteHeader()).getByRole('link', { name: 'Reviews' })).toBeInTheDocument();
  });

  it('signs a version off with what the reviewer checked and the content hash they saw', async () => {
    const api = reviewsApi(rosa);
    renderPage('/reviews', api.client);
    const user = userEvent.setup();

    await user.click((await rowOf('Botulinum toxin for chronic migraine, version 2')).getByRole('button', { name: 'Sign off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign off Botulinum toxin for chronic migraine, version 2' });
    await user.type(within(dialog).getByRole('textbox', { name: /What you checked/ }), 'Doses checked against the 2024 label.');
    await user.click(within(dialog).getByRole('button', { name: 'Sign off' }));

    expect(api.signOffs).toEqual([
      {
        operationName: 'SignOffCourseVersion',
        variables: { versionId: migraine.versionId, contentHash: migraine.contentHash, note: 'Doses checked against the 2024 label.' },
      },
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('it now terminates on 7 December 2029');
  });

  it('shows admins the dates without a sign-off button, and the wider window on request', async () => {
    const api = reviewsApi(ada);
    renderPage('/reviews', api.client);
    const user = userEvent.setup();

    const row = await rowOf('Botulinum toxin for chronic migraine, version 2');
    expect(row.queryByRole('button', { name: 'Sign off' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Show every published course/ }));
    expect(api.queries.filter((request) => request.operationName === 'DueForReview').at(-1)?.variables).toEqual({ withinDays: 1_100 });
  });

  it('is not for learners', async () => {
    renderPage('/reviews', reviewsApi(buildUser('Lee Learner')).client);
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Reviews');
  });
});
