import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../gql/graphql';
import { apiError, buildUser, type UserData } from '../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer } from '../test/render-page';

function mainLinks() {
  return within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('site header', () => {
  it.each<[string, Role[], string[]]>([
    ['a learner', ['LEARNER'], ['Courses', 'My learning', 'My certificates']],
    ['an instructor', ['INSTRUCTOR', 'LEARNER'], ['Courses', 'My learning', 'My certificates', 'Authoring', 'Reports']],
    ['a reviewer', ['REVIEWER'], ['Courses', 'My learning', 'My certificates', 'Reviews']],
    ['an admin', ['ADMIN'], ['Courses', 'My learning', 'My certificates', 'Authoring', 'Reports', 'Reviews', 'Users', 'Certificates']],
  ])('shows %s the areas of their roles and their name', async (_, roles, links) => {
    renderPage('/', stubClient({ data: { courses: [], me: buildUser('Ada Lovelace', { roles }) } }));

    expect(await within(siteHeader()).findByText('Ada Lovelace')).toBeVisible();
    expect(mainLinks()).toEqual(links);
  });

  it('offers a visitor sign-in and sign-up, each coming back to the page they are on', async () => {
    renderPage('/no-such-page', stubClient({ data: { me: null } }));

    const header = within(siteHeader());
    expect(await header.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Fno-such-page');
    expect(header.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up?next=%2Fno-such-page');
    expect(mainLinks()).toEqual(['Courses']);
  });

  it('signs out, forgets the person and shows the catalog', async () => {
    let me: UserData | null = buildUser('Ada Lovelace', { roles: ['ADMIN'] });
    const sendSignOut = vi.fn(async (): Promise<ApiAnswer> => {
      me = null;
      return { data: { signOut: true } };
    });
    const { router } = renderPage('/no-such-page', () => stubClient(() => ({ data: { me, courses: [] } }), sendSignOut));

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Sign out' }));

    expect(await within(siteHeader()).findByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
    expect(mainLinks()).toEqual(['Courses']);
    expect(router.state.location.pathname).toBe('/');
    expect(sendSignOut).toHaveBeenCalledWith({ operationName: 'SignOut', variables: {} });
  });

  it('treats a session that already ended elsewhere as signed out', async () => {
    let me: UserData | null = buildUser('Ada Lovelace');
    const sendSignOut = async (): Promise<ApiAnswer> => {
      me = null;
      return { error: apiError('UNAUTHENTICATED', 'Sign in to do this.') };
    };
    renderPage('/', () => stubClient(() => ({ data: { me, courses: [] } }), sendSignOut));

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Sign out' }));

    expect(await within(siteHeader()).findByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  it('says so when signing out fails, and keeps the person signed in', async () => {
    const offline = new CombinedError({ networkError: new Error('Failed to fetch') });
    renderPage('/', stubClient({ data: { me: buildUser('Ada Lovelace'), courses: [] } }, () => ({ error: offline })));

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t sign out. The server could not be reached. Check your connection, then try again.',
    );
    expect(within(siteHeader()).getByText('Ada Lovelace')).toBeVisible();
  });
});
