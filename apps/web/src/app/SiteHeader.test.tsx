import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../gql/graphql';
import { apiError, buildUser, type UserData } from '../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer } from '../test/render-page';

function mainNavigation() {
  return screen.getByRole('navigation', { name: 'Main' });
}

function mainLinks() {
  return within(mainNavigation())
    .getAllByRole('link')
    .map((link) => link.textContent);
}

/** The row of the main navigation: its links and the buttons of its menus, as a person reads them. */
function mainItems() {
  return within(mainNavigation())
    .getAllByRole('listitem')
    .filter((item) => item.parentElement?.classList.contains('site-nav'))
    .map((item) => item.querySelector('a, button')?.textContent);
}

describe('site header', () => {
  it.each<[string, Role[], string[]]>([
    ['a learner', ['LEARNER'], ['Courses', 'My learning', 'My certificates']],
    ['an instructor', ['INSTRUCTOR', 'LEARNER'], ['Courses', 'My learning', 'My certificates', 'Teaching']],
    ['a reviewer', ['REVIEWER'], ['Courses', 'My learning', 'My certificates', 'Reviews']],
    ['an admin', ['ADMIN'], ['Courses', 'My learning', 'My certificates', 'Teaching', 'Administration']],
  ])('shows %s the areas of their roles, other roles\' areas grouped in menus, and their name', async (_, roles, items) => {
    renderPage('/', stubClient({ data: { courses: [], me: buildUser('Ada Lovelace', { roles }) } }));

    expect(await within(siteHeader()).findByText('Ada Lovelace')).toBeVisible();
    expect(mainItems()).toEqual(items);
  });

  it('opens a menu of the main navigation to show its links, and closes it with Escape, back on its button', async () => {
    renderPage('/', stubClient({ data: { courses: [], me: buildUser('Ada Lovelace', { roles: ['ADMIN'] }) } }));
    const administration = await within(mainNavigation()).findByRole('button', { name: 'Administration' });
    expect(administration).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(administration);
    expect(administration).toHaveAttribute('aria-expanded', 'true');
    expect(mainLinks()).toEqual(['Courses', 'My learning', 'My certificates', 'Users', 'Certificates', 'Sign-in providers', 'LMS (LTI 1.3)', 'Learning records']);

    await userEvent.keyboard('{Tab}');
    expect(within(mainNavigation()).getByRole('link', { name: 'Users' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(administration).toHaveAttribute('aria-expanded', 'false');
    expect(administration).toHaveFocus();
    expect(mainLinks()).toEqual(['Courses', 'My learning', 'My certificates']);
  });

  it('closes a menu once one of its links is followed', async () => {
    const { router } = renderPage('/', stubClient({ data: { courses: [], me: buildUser('Ada Lovelace', { roles: ['ADMIN'] }) } }));
    const teaching = await within(mainNavigation()).findByRole('button', { name: 'Teaching' });

    await userEvent.click(teaching);
    await userEvent.click(within(mainNavigation()).getByRole('link', { name: 'Authoring' }));

    expect(router.state.location.pathname).toBe('/author');
    expect(teaching).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes an open menu when another is opened', async () => {
    renderPage('/', stubClient({ data: { courses: [], me: buildUser('Ada Lovelace', { roles: ['ADMIN'] }) } }));
    const teaching = await within(mainNavigation()).findByRole('button', { name: 'Teaching' });

    await userEvent.click(teaching);
    await userEvent.click(within(mainNavigation()).getByRole('button', { name: 'Administration' }));

    expect(teaching).toHaveAttribute('aria-expanded', 'false');
    expect(mainLinks()).toEqual(['Courses', 'My learning', 'My certificates', 'Users', 'Certificates', 'Sign-in providers', 'LMS (LTI 1.3)', 'Learning records']);
  });

  it('lists the person\'s own pages and sign-out in a menu under their name', async () => {
    renderPage('/', stubClient({ data: { courses: [], me: buildUser('Ada Lovelace') } }));

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Signed in as Ada Lovelace' }));

    const accountLinks = within(siteHeader())
      .getAllByRole('link')
      .filter((link) => !mainNavigation().contains(link) && link.textContent !== 'Practitioner Training');
    expect(accountLinks.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Account', '/account'],
      ['Credit profile', '/account/credit-profile'],
      ['Transcript', '/transcript'],
      ['Two-factor sign-in', '/account/two-factor'],
    ]);
    expect(within(siteHeader()).getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  it('folds the navigation behind a Menu button that says whether it is shown', async () => {
    renderPage('/', stubClient({ data: { courses: [], myCourses: [], me: buildUser('Ada Lovelace') } }));
    const menu = await within(siteHeader()).findByRole('button', { name: 'Menu' });
    const panel = document.getElementById(menu.getAttribute('aria-controls')!);
    expect(panel).toContainElement(mainNavigation());
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-open');

    await userEvent.click(within(mainNavigation()).getByRole('link', { name: 'My learning' }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
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

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Signed in as Ada Lovelace' }));
    await userEvent.click(within(siteHeader()).getByRole('button', { name: 'Sign out' }));

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

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Signed in as Ada Lovelace' }));
    await userEvent.click(within(siteHeader()).getByRole('button', { name: 'Sign out' }));

    expect(await within(siteHeader()).findByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  it('says so when signing out fails, and keeps the person signed in', async () => {
    const offline = new CombinedError({ networkError: new Error('Failed to fetch') });
    renderPage('/', stubClient({ data: { me: buildUser('Ada Lovelace'), courses: [] } }, () => ({ error: offline })));

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Signed in as Ada Lovelace' }));
    await userEvent.click(within(siteHeader()).getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Couldn’t sign out. The server could not be reached. Check your connection, then try again.',
    );
    expect(within(siteHeader()).getByText('Ada Lovelace')).toBeVisible();
  });
});
