import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const ada = buildUser('Ada Lovelace');
const laptop = { id: 'session:laptop', device: 'Firefox on Linux', address: '203.0.113.7', signedInAt: '2026-12-01T09:00:00.000Z', lastSeenAt: '2026-12-07T10:00:00.000Z', current: true };
const phone = { id: 'session:phone', device: 'Safari on iOS', address: '198.51.100.4', signedInAt: '2026-12-02T09:00:00.000Z', lastSeenAt: '2026-12-06T08:00:00.000Z', current: false };

/** Ada's account as the API answers it; `answer` answers the mutations. */
function accountApi(answer: (request: ApiRequest) => ApiAnswer = () => ({})) {
  let me: typeof ada | null = ada;
  let sessions = [laptop, phone];
  const send = vi.fn(async (request: ApiRequest) => {
    const answered = answer(request);
    if (request.operationName === 'EndSession' && !answered.error) sessions = sessions.filter((session) => session.id !== request.variables.sessionId);
    if (request.operationName === 'DeleteMyAccount' && !answered.error) me = null;
    return answered;
  });
  const query = vi.fn(({ operationName }: ApiRequest): ApiAnswer => {
    if (operationName === 'MyData') return { data: { myData: { account: { email: ada.email } } } };
    return { data: { me, courses: [], mySessions: sessions } };
  });
  return { send, query, client: () => stubClient(query, send) };
}

afterEach(() => vi.restoreAllMocks());

describe('the account page', () => {
  it('is in the account menu', async () => {
    renderPage('/', accountApi().client);
    await userEvent.click(await within(siteHeader()).findByRole('button', { name: 'Signed in as Ada Lovelace' }));
    await userEvent.click(within(siteHeader()).getByRole('link', { name: 'Account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  });

  it('lists the sessions with device, address and last use, marks this browser and signs out another', async () => {
    const api = accountApi(() => ({ data: { endSession: true } }));
    renderPage('/account', api.client);

    const sessionList = () => screen.findByRole('list', { name: 'Where you are signed in' });
    const sessions = within(await sessionList());
    expect(sessions.getAllByRole('listitem')[0]).toHaveTextContent('Firefox on Linux (this browser)');
    expect(sessions.getAllByRole('listitem')[1]).toHaveTextContent('198.51.100.4');
    expect(sessions.getAllByRole('button')).toHaveLength(1);
    await userEvent.click(sessions.getByRole('button', { name: /^Sign out Safari on iOS, last used/ }));

    expect(await screen.findByRole('status')).toHaveTextContent('Safari on iOS is signed out.');
    expect(api.send).toHaveBeenCalledWith({ operationName: 'EndSession', variables: { sessionId: 'session:phone' } });
    await vi.waitFor(async () => expect(within(await sessionList()).getAllByRole('listitem')).toHaveLength(1));
  });

  it('changes the email with the current password and says the account moves once the link is followed', async () => {
    const api = accountApi(() => ({ data: { changeEmail: true } }));
    renderPage('/account', api.client);

    await userEvent.type(await screen.findByLabelText('New email address'), 'ada@new.example.com');
    await userEvent.type(screen.getAllByLabelText('Current password')[0], 'my password');
    await userEvent.click(screen.getByRole('button', { name: 'Change email address' }));

    expect(await screen.findByRole('status')).toHaveTextContent(`We sent a link to ada@new.example.com. Your account moves to that address once you follow it, and we tell ${ada.email}.`);
    expect(api.send).toHaveBeenCalledWith({ operationName: 'ChangeEmail', variables: { newEmail: 'ada@new.example.com', currentPassword: 'my password' } });
  });

  it('shows a wrong current password next to its field', async () => {
    const message = 'Your current password is not right.';
    renderPage('/account', accountApi(() => ({ error: apiError('WRONG_PASSWORD', message, { fields: { currentPassword: message } }) })).client);

    await userEvent.type(await screen.findByLabelText('New email address'), 'ada@new.example.com');
    await userEvent.type(screen.getAllByLabelText('Current password')[0], 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Change email address' }));

    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getAllByLabelText('Current password')[0]).toHaveFocus();
  });

  it('downloads everything held about the person as a JSON file', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:my-data'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage('/account', accountApi().client);

    await userEvent.click(await screen.findByRole('button', { name: 'Download my data' }));

    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    expect(JSON.parse(await created[0].text())).toEqual({ account: { email: ada.email } });
    expect(created[0].type).toBe('application/json');
  });

  it('deletes the account only after asking, with the password, then signs out', async () => {
    const api = accountApi(() => ({ data: { deleteMyAccount: true } }));
    renderPage('/account', api.client);

    const deleteSection = within(await screen.findByRole('region', { name: 'Delete your account' }));
    await userEvent.click(deleteSection.getByRole('button', { name: 'Delete my account' }));
    expect(deleteSection.getByLabelText('Current password')).toHaveAccessibleDescription('Enter your password.');

    await userEvent.type(deleteSection.getByLabelText('Current password'), 'my password');
    await userEvent.click(deleteSection.getByRole('button', { name: 'Delete my account' }));
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Delete your account?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Keep my account' }));
    expect(api.send).not.toHaveBeenCalled();

    await userEvent.click(deleteSection.getByRole('button', { name: 'Delete my account' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete my account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is deleted' })).toBeVisible();
    expect(await within(siteHeader()).findByRole('link', { name: 'Sign in' })).toBeVisible();
    expect(api.send).toHaveBeenCalledWith({ operationName: 'DeleteMyAccount', variables: { currentPassword: 'my password' } });
  });
});
