import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../test/account-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

function resetApi(answer: ApiAnswer) {
  const send = vi.fn(async (_request: ApiRequest) => answer);
  return { send, client: stubClient(() => ({ data: { me: null, courses: [] } }), send) };
}

describe('asking for a password reset', () => {
  it('is reached from the sign-in page', async () => {
    renderPage('/sign-in', resetApi({}).client);
    await userEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  });

  it('sends the address and says the same whatever the address, with how long the link works', async () => {
    const api = resetApi({ data: { requestPasswordReset: true } });
    renderPage('/account/forgot-password', api.client);

    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your inbox' })).toHaveFocus();
    expect(screen.getByText(/If the address has an account/)).toHaveTextContent('The link works once, within 30 minutes.');
    expect(screen.queryByRole('button', { name: 'Send the link again' })).toBeNull();
    expect(api.send).toHaveBeenCalledWith({ operationName: 'RequestPasswordReset', variables: { email: 'ada@example.com' } });
  });

  it('shows when to try again once the address has asked too often', async () => {
    const message = 'Too many password resets were asked for this email address. Try again in 40 minutes.';
    renderPage('/account/forgot-password', resetApi({ error: apiError('RATE_LIMITED', message, { retryAfterSeconds: 2400 }) }).client);

    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});
