import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const ada = buildUser('Ada Lovelace');

/** The API before and after the person signs in; `signIn` answers the sign-in itself. */
function accountApi(signIn: (request: ApiRequest) => ApiAnswer | Promise<ApiAnswer>) {
  let me: typeof ada | null = null;
  const sendSignIn = vi.fn(async (request: ApiRequest) => {
    const answer = await signIn(request);
    if (!answer.error) me = ada;
    return answer;
  });
  return { sendSignIn, client: () => stubClient(() => ({ data: { me, courses: [] } }), sendSignIn) };
}

async function signIn(email: string, password: string) {
  if (email) await userEvent.type(await screen.findByLabelText('Email'), email);
  if (password) await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in', () => {
  it('offers a new confirmation link when the address is not confirmed yet, and sends it', async () => {
    const message = 'Confirm your email address first: follow the link in the message we sent you, or ask for a new one.';
    const api = accountApi(({ operationName }) =>
      operationName === 'SignIn' ? { error: apiError('EMAIL_NOT_CONFIRMED', message) } : { data: { resendConfirmation: true } },
    );
    renderPage('/sign-in', api.client);

    await signIn('ada.lovelace@example.com', 'correct horse battery');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    await userEvent.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByText(/a new link is on its way/)).toHaveRole('status');
    expect(api.sendSignIn).toHaveBeenLastCalledWith({ operationName: 'ResendConfirmation', variables: { email: 'ada.lovelace@example.com' } });
  });

  it('labels its fields so browsers and password managers can fill them in', async () => {
    renderPage('/sign-in', accountApi(() => ({})).client);

    expect(await screen.findByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(document.title).toBe('Sign in · Practitioner Training');
  });

  it('says what is missing next to each field and sends nothing', async () => {
    const api = accountApi(() => ({}));
    renderPage('/sign-in', api.client);

    await signIn('ada@example', '');

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(api.sendSignIn).not.toHaveBeenCalled();
  });

  it('signs in, shows the person’s name in the header and goes on to the page they asked for', async () => {
    const api = accountApi(() => ({ data: { signIn: { user: { id: ada.id }, secondFactorChallenge: null } } }));
    const { router } = renderPage('/sign-in?next=%2Fno-such-page', api.client);

    await signIn('ada.lovelace@example.com', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/no-such-page');
    expect(siteHeader()).toHaveTextContent('Signed in as Ada Lovelace');
    expect(screen.getByRole('button', { name: 'Signed in as Ada Lovelace' })).toBeVisible();
    expect(api.sendSignIn).toHaveBeenCalledWith({
      operationName: 'SignIn',
      variables: { email: 'ada.lovelace@example.com', password: 'correct horse battery' },
    });
  });

  it('shows the server’s answer to a wrong password as an alert', async () => {
    renderPage('/sign-in', accountApi(() => ({ error: apiError('UNAUTHENTICATED', 'The email or password is not right.') })).client);

    await signIn('ada.lovelace@example.com', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not right.');
    expect(screen.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('aria-disabled');
  });

  it('tells someone who tried too often when they can try again', async () => {
    const message = 'Too many failed sign-ins for this account. Try again in 15 minutes.';
    renderPage('/sign-in', accountApi(() => ({ error: apiError('RATE_LIMITED', message, { retryAfterSeconds: 900 }) })).client);

    await signIn('ada.lovelace@example.com', 'wrong password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    const retryAt = new Date(Date.now() + 900_000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
    expect(alert).toHaveTextContent(`That is at ${retryAt}.`);
  });

  it('cannot be sent twice while the server is answering', async () => {
    const api = accountApi(() => new Promise<ApiAnswer>(() => {}));
    renderPage('/sign-in', api.client);

    await signIn('ada.lovelace@example.com', 'correct horse battery');
    const pending = screen.getByRole('button', { name: 'Signing in…' });
    expect(pending).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(pending);

    expect(api.sendSignIn).toHaveBeenCalledTimes(1);
  });
});
