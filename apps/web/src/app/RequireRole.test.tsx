import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildUser } from '../test/account-factory';
import { renderPage, stubClient } from '../test/render-page';

describe('pages for one role', () => {
  it('sends a visitor to sign in first, then back to the page', async () => {
    const { router } = renderPage('/admin/users', stubClient({ data: { me: null } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fusers');
  });

  it('tells a signed-in person without the role that they have no access, and why', async () => {
    const learner = buildUser('Ada Lovelace', { roles: ['LEARNER', 'INSTRUCTOR'] });
    renderPage('/admin/users', stubClient({ data: { me: learner } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You don’t have access' })).toBeVisible();
    expect(screen.getByText(/This page is for accounts with the Admin role/)).toHaveTextContent(
      'You are signed in as Ada Lovelace (ada.lovelace@example.com) with the Learner and Instructor roles.',
    );
    expect(document.title).toBe('You don’t have access · Practitioner Training');
  });

  it('waits for the server to say who is signed in before deciding', () => {
    renderPage('/admin/users', stubClient('loading'));

    expect(screen.getByRole('status')).toHaveTextContent('Loading your account…');
  });
});
