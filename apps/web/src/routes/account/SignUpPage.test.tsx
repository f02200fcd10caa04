import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer } from '../../test/render-page';

const ada = buildUser('Ada Lovelace');

function accountApi(signUpAnswer: ApiAnswer) {
  let me: typeof ada | null = null;
  const sendSignUp = vi.fn(async () => {
    if (!signUpAnswer.error) me = ada;
    return signUpAnswer;
  });
  return { sendSignUp, client: () => stubClient(() => ({ data: { me, courses: [] } }), sendSignUp) };
}

async function signUp({ name = '', email = '', password = '' }) {
  if (name) await userEvent.type(await screen.findByLabelText('Name'), name);
  if (email) await userEvent.type(await screen.findByLabelText('Email'), email);
  if (password) await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(await screen.findByRole('button', { name: 'Create account' }));
}

describe('sign-up', () => {
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

  it('creates the account, signs in and shows the new name in the header', async () => {
    const api = accountApi({ data: { signUp: { user: { id: ada.id } } } });
    renderPage('/sign-up', api.client);

    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    expect(siteHeader()).toHaveTextContent('Signed in as Ada Lovelace');
    expect(api.sendSignUp).toHaveBeenCalledWith({
      operationName: 'SignUp',
      variables: { input: { name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' } },
    });
  });

  it('shows a taken email next to the email field and moves there', async () => {
    const taken = 'An account with this email already exists; sign in instead.';
    renderPage('/sign-up', accountApi({ error: apiError('BAD_USER_INPUT', taken, { field: 'email' }) }).client);

    await signUp({ name: 'Ada Lovelace', email: 'ada.lovelace@example.com', password: 'correct horse battery' });

    const email = await screen.findByLabelText('Email');
    expect(email).toHaveAccessibleDescription(taken);
    expect(email).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
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
