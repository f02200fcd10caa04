import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const ada = buildUser('Ada Lovelace');

/** The API before and after the address is confirmed; `confirm` answers confirmEmail itself. */
function accountApi(confirm: ApiAnswer) {
  let me: typeof ada | null = null;
  const send = vi.fn(async (request: ApiRequest): Promise<ApiAnswer> => {
    if (request.operationName === 'ResendConfirmation') return { data: { resendConfirmation: true } };
    if (!confirm.error) me = ada;
    return confirm;
  });
  return { send, client: () => stubClient(() => ({ data: { me, courses: [] } }), send) };
}

const confirmButton = () => screen.findByRole('button', { name: 'Confirm and sign in' });

describe('confirming an email address', () => {
  beforeEach(() => localStorage.clear());

  it('confirms with the token of the link, signs in and continues to the catalog', async () => {
    const api = accountApi({ data: { confirmEmail: { user: { id: ada.id } } } });
    renderPage('/account/confirm?token=abc-123', api.client);

    await userEvent.click(await confirmButton());

    expect(await screen.findByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    expect(siteHeader()).toHaveTextContent('Signed in as Ada Lovelace');
    expect(api.send).toHaveBeenCalledWith({ operationName: 'ConfirmEmail', variables: { token: 'abc-123' } });
  });

  it('goes back to the page the person signed up from in this browser', async () => {
    localStorage.setItem('return-after-confirmation', '/courses/botox');
    const { router } = renderPage('/account/confirm?token=abc-123', accountApi({ data: { confirmEmail: { user: { id: ada.id } } } }).client);

    await userEvent.click(await confirmButton());

    await waitFor(() => expect(router.state.location.pathname).toBe('/courses/botox'));
    expect(localStorage.getItem('return-after-confirmation')).toBeNull();
  });

  it('names the page and explains what pressing the button does', async () => {
    renderPage('/account/confirm?token=abc-123', accountApi({}).client);

    expect(await confirmButton()).toBeVisible();
    expect(document.title).toBe('Confirm your email address · Practitioner Training');
    expect(screen.getByText(/you are signed in straight away/)).toBeVisible();
  });

  it('says an expired link has expired and sends a new one to the address given', async () => {
    const message = 'This confirmation link has expired (links work for 24 hours). Ask for a new one.';
    const api = accountApi({ error: apiError('CONFIRMATION_LINK_EXPIRED', message) });
    renderPage('/account/confirm?token=old', api.client);

    await userEvent.click(await confirmButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await userEvent.type(screen.getByLabelText('Email'), 'ada.lovelace@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText(/a new link is on its way/)).toHaveTextContent(
      'If ada.lovelace@example.com is waiting to be confirmed, a new link is on its way. Check your inbox.',
    );
    expect(api.send).toHaveBeenLastCalledWith({ operationName: 'ResendConfirmation', variables: { email: 'ada.lovelace@example.com' } });
    expect(siteHeader()).not.toHaveTextContent('Signed in as');
  });

  it('sends someone whose link was already used to sign in, without a new-link form', async () => {
    const message = 'This confirmation link was already used: your address is confirmed, so sign in.';
    renderPage('/account/confirm?token=used', accountApi({ error: apiError('CONFIRMATION_LINK_USED', message) }).client);

    await userEvent.click(await confirmButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByRole('button', { name: 'Send a new link' })).not.toBeInTheDocument();
  });

  it('offers a new link when the address has no token in it, and confirms nothing', async () => {
    const api = accountApi({});
    renderPage('/account/confirm', api.client);

    expect(await screen.findByText(/this address has no link in it/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Confirm and sign in' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send a new link' })).toBeVisible();
    expect(api.send).not.toHaveBeenCalled();
  });
});
