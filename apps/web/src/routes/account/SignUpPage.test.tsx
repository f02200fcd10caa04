import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const CONFIRMATION_SENT: ApiAnswer = { data: { signUp: { confirmationRequired: true } } };

/** The API as sign-up sees it: nobody is signed in until an address is confirmed. */
function accountApi(signUpAnswer: ApiAnswer, resendAnswer: ApiAnswer = { data: { resendConfirmation: true } }) {
  const sendSignUp = vi.fn(async (request: ApiRequest) => (request.operationName === 'SignUp' ? signUpAnswer : resendAnswer));
  return { sendSignUp, client: () => stubClient(() => ({ data: { me: null, courses: [] } }), sendSignUp) };
}

async function signUp({ name = '', email = '', password = '' }) {
  if (name) await userEvent.type(await screen.findByLabelText('Name'), name);
  if (email) await userEvent.type(await screen.findByLabelText('Email'), email);
  if (password) await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(await screen.findByRole('button', { name: 'Create account' }));
}

describe('sign-up', () => {
  beforeEach(() => localStorage.clear());

  it('labels its fields for autofill and says how long a password must be', async () => {
    renderPage('/sign-up', accountApi({}).client);

    expect(await screen.findByLabelText('Name')).toHaveAttribute('autocomplete', 'name');
    expect(screen.getByLabelText('Email')).toHaveAttribute('autocomplete', 'email');
    const password = screen.getByLabelText('Password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(password).toHaveAccessibleDescription('At least 10 characters.');
  });

  it('checks each field as the server would, next to the field, and sends nothing', async () => {
    const api = accountApi({});
    renderPage('/sign-up', api.client);

    await signUp({ name: '   ', email: 'ada@example', password: 'short' });

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      'As it should appear on your certificates. Enter your name as it should appear on certificates.',
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. Choose a password of at least 10 characters.',
    );
    expect(screen.getByLabelText('Name')).toBeInvalid();
    expect(api.sendSignUp).not.toHaveBeenCalled();
  });

  it('refuses a name longer than the 100 characters a certificate prints, before sending it', async () => {
    const api = accountApi({});
    renderPage('/sign-up', api.client);

    await signUp({ name: `Dr ${'a'.repeat(98)}`, email: 'ada@example.com', password: 'correct horse battery' });

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('As it should appear on your certificates. A name has at most 100 characters.');
    expect(api.sendSignUp).not.toHaveBeenCalled();
  });

  it('asks the new practitioner to check their inbox, with focus on that news, and signs no one in', async () => {
    const api = accountApi(CONFIRMATION_SENT);
    renderPage('/sign-up', api.client);

    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    const heading = await screen.findByRole('heading', { level: 1, name: 'Check your inbox' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Check your inbox · Practitioner Training');
    expect(screen.getByText(/We sent a message to/)).toHaveTextContent('We sent a message to ada.lovelace@example.com.');
    expect(screen.getByText(/If the address already has an account, the message says so/)).toBeVisible();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(siteHeader()).not.toHaveTextContent('Signed in as');
    expect(api.sendSignUp).toHaveBeenCalledWith({
      operationName: 'SignUp',
      variables: { input: { name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' } },
    });
  });

  it('remembers in this browser the page signed up from, for the confirmation to return to', async () => {
    renderPage('/sign-up?next=%2Fcourses%2Fbotox', accountApi(CONFIRMATION_SENT).client);

    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    await screen.findByRole('heading', { level: 1, name: 'Check your inbox' });
    expect(localStorage.getItem('return-after-confirmation')).toBe('/courses/botox');
  });

  it('sends the link again on request, and says so whatever the address', async () => {
    const api = accountApi(CONFIRMATION_SENT);
    renderPage('/sign-up', api.client);
    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    await userEvent.click(await screen.findByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByText(/is waiting to be confirmed/)).toHaveTextContent(
      'If ada.lovelace@example.com is waiting to be confirmed, a new link is on its way; earlier links no longer work.',
    );
    expect(screen.getByText(/is waiting to be confirmed/)).toHaveRole('status');
    expect(api.sendSignUp).toHaveBeenLastCalledWith({ operationName: 'ResendConfirmation', variables: { email: 'ada.lovelace@example.com' } });
  });

  it('shows a refused resend, such as too many requests, as an alert', async () => {
    const message = 'Too many confirmation links were asked for from this address. Try again in 40 minutes.';
    renderPage('/sign-up', accountApi(CONFIRMATION_SENT, { error: apiError('RATE_LIMITED', message) }).client);
    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    await userEvent.click(await screen.findByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('places each of the server’s field messages next to its field', async () => {
    const fields = { password: 'A password has at most 200 characters.' };
    const error = apiError('BAD_USER_INPUT', fields.password, { fields });
    renderPage('/sign-up', accountApi({ error }).client);

    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    expect(await screen.findByLabelText('Password')).toHaveAccessibleDescription(
      'At least 10 characters. A password has at most 200 characters.',
    );
  });

  it('shows a refusal about the whole form, such as too many new accounts, as an alert', async () => {
    const message = 'Too many accounts were created from this address. Try again in 40 minutes.';
    renderPage('/sign-up', accountApi({ error: apiError('RATE_LIMITED', message, { retryAfterSeconds: 2400 }) }).client);

    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});
