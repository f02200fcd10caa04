import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildAuditEntry, buildConnection, buildUser, type UserData } from '../../test/account-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const grace = buildUser('Grace Hopper', { roles: ['ADMIN'] });
const ada = buildUser('Ada Lovelace');
const alan = buildUser('Alan Turing', { roles: ['INSTRUCTOR', 'LEARNER'] });

interface AdminApiOptions {
  /** Pages of accounts in order; a page after the first is asked for with the cursor of the one before. */
  pages?: UserData[][];
  setUserRoles?: (request: ApiRequest) => ApiAnswer | Promise<ApiAnswer>;
  /** The server never answers for pages after the first. */
  laterPagesPending?: boolean;
}

/** The API as an admin sees it, recording what the page asked. */
function adminApi({ pages = [[grace, ada]], setUserRoles = () => ({}), laterPagesPending = false }: AdminApiOptions = {}) {
  const queries: ApiRequest[] = [];
  const sendMutation = vi.fn(setUserRoles);
  const client = stubClient((request) => {
    queries.push(request);
    if (laterPagesPending && request.variables.after) return 'loading';
    const { after } = request.variables;
    const pageIndex = after ? pages.findIndex((page) => page.at(-1)?.id === after) + 1 : 0;
    const users = buildConnection(pages[pageIndex] ?? [], pageIndex < pages.length - 1);
    const auditLog = buildConnection([buildAuditEntry('ada-made-instructor')]);
    return { data: { me: grace, users, auditLog } };
  }, sendMutation);
  const asked = (operationName: string) => queries.filter((query) => query.operationName === operationName);
  return { client, sendMutation, asked };
}

/** The row of an account, once the page shows it. */
async function findRowOf(name: string) {
  return rowOf((await screen.findByRole('rowheader', { name })).textContent ?? name);
}

function rowOf(name: string) {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return within(row);
}

describe('admin users page', () => {
  it('lists each account with its name, email and roles as checkboxes', async () => {
    renderPage('/admin/users', adminApi().client);

    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    const adaRow = rowOf('Ada Lovelace');
    expect(adaRow.getByText('ada.lovelace@example.com')).toBeVisible();
    expect(adaRow.getByRole('group', { name: 'Roles of Ada Lovelace' })).toBeVisible();
    expect(adaRow.getByRole('checkbox', { name: 'Learner' })).toBeChecked();
    expect(adaRow.getByRole('checkbox', { name: 'Instructor' })).not.toBeChecked();
    expect(rowOf('Grace Hopper').getByRole('checkbox', { name: 'Admin' })).toBeChecked();
    expect(adaRow.getByRole('button', { name: 'Save roles of Ada Lovelace' })).toBeDisabled();
    expect(screen.getByText('2 accounts shown.')).toBeVisible();
    expect(document.title).toBe('Users · Practitioner Training');
  });

  it('saves the roles chosen for an account and announces it', async () => {
    const api = adminApi({ setUserRoles: () => ({ data: { setUserRoles: { id: ada.id, roles: ['INSTRUCTOR', 'LEARNER'] } } }) });
    renderPage('/admin/users', api.client);

    const adaRow = await findRowOf('Ada Lovelace');
    await userEvent.click(adaRow.getByRole('checkbox', { name: 'Instructor' }));
    await userEvent.click(adaRow.getByRole('button', { name: 'Save roles of Ada Lovelace' }));

    expect(api.sendMutation).toHaveBeenCalledWith({
      operationName: 'SetUserRoles',
      variables: { userId: ada.id, roles: ['LEARNER', 'INSTRUCTOR'] },
    });
    expect(await adaRow.findByRole('status')).toHaveTextContent('Saved: Ada Lovelace has the Learner and Instructor roles.');
    expect(adaRow.getByRole('checkbox', { name: 'Instructor' })).toBeChecked();
    expect(adaRow.getByRole('button', { name: 'Save roles of Ada Lovelace' })).toBeDisabled();
  });

  it('shows the server’s refusal to remove the only admin in that account’s row', async () => {
    const refusal = 'This is the only admin; make another account admin before removing this role.';
    renderPage('/admin/users', adminApi({ setUserRoles: () => ({ error: apiError('BAD_USER_INPUT', refusal) }) }).client);

    const graceRow = await findRowOf('Grace Hopper');
    await userEvent.click(graceRow.getByRole('checkbox', { name: 'Learner' }));
    await userEvent.click(graceRow.getByRole('checkbox', { name: 'Admin' }));
    await userEvent.click(graceRow.getByRole('button', { name: 'Save roles of Grace Hopper' }));

    expect(await graceRow.findByRole('alert')).toHaveTextContent(refusal);
    expect(graceRow.getByRole('checkbox', { name: 'Admin' })).not.toBeChecked();
    expect(graceRow.getByRole('button', { name: 'Save roles of Grace Hopper' })).toBeEnabled();
  });

  it('searches by name or email once typing pauses, not at every key', async () => {
    const api = adminApi();
    renderPage('/admin/users', api.client);

    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search by name or email' }), 'lovelace');

    await waitFor(() => expect(api.asked('Users').at(-1)?.variables.search).toBe('lovelace'));
    expect(api.asked('Users').map(({ variables }) => variables.search)).toEqual([null, 'lovelace']);
  });

  it('loads the next page of accounts below the ones shown', async () => {
    const api = adminApi({ pages: [[grace, ada], [alan]] });
    renderPage('/admin/users', api.client);

    await findRowOf('Ada Lovelace');
    await userEvent.click(screen.getByRole('button', { name: 'Load more accounts' }));

    expect(await screen.findByRole('rowheader', { name: 'Alan Turing' })).toBeVisible();
    const names = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing']);
    expect(api.asked('Users').at(-1)?.variables.after).toBe(ada.id);
    expect(screen.getByText('3 accounts shown.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Load more accounts' })).not.toBeInTheDocument();
  });

  it('keeps the accounts shown, once each, while the next page loads', async () => {
    renderPage('/admin/users', adminApi({ pages: [[grace, ada], [alan]], laterPagesPending: true }).client);

    await findRowOf('Ada Lovelace');
    await userEvent.click(screen.getByRole('button', { name: 'Load more accounts' }));

    expect(screen.getByRole('button', { name: 'Loading more accounts…' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Grace Hopper', 'Ada Lovelace']);
  });

  it('lists the audit log: when, who, what, whom and the change of roles', async () => {
    renderPage('/admin/users', adminApi().client);

    const log = within(await screen.findByRole('region', { name: 'Audit log' }));
    const cells = log.getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(1)).toEqual([
      'admin@example.com',
      'Changed roles',
      'ada.lovelace@example.com',
      'Learner → Learner and Instructor',
    ]);
    expect(log.getByRole('cell', { name: /2026/ }).querySelector('time')).toHaveAttribute(
      'datetime',
      '2026-11-03T14:30:00.000Z',
    );
  });

  it('reloads the audit log from its newest entry after a change is saved', async () => {
    const api = adminApi({ setUserRoles: () => ({ data: { setUserRoles: { id: ada.id, roles: ['INSTRUCTOR', 'LEARNER'] } } }) });
    renderPage('/admin/users', api.client);

    const adaRow = await findRowOf('Ada Lovelace');
    const before = api.asked('AuditLog').length;
    await userEvent.click(adaRow.getByRole('checkbox', { name: 'Instructor' }));
    await userEvent.click(adaRow.getByRole('button', { name: 'Save roles of Ada Lovelace' }));

    await waitFor(() => expect(api.asked('AuditLog').length).toBeGreaterThan(before));
    expect(api.asked('AuditLog').at(-1)?.variables.after).toBeNull();
  });
});
