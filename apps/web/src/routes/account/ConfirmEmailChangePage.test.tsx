import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError } from '../../test/account-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

function confirmApi(answer: ApiAnswer) {
  const send = vi.fn(async (_request: ApiRequest) => answer);
  return { send, client: stubClient(() => ({ data: { me: null, courses: [] } }), send) };
}

describe('confirming a new email address', () => {
  it('moves the account only when the button is pressed, then says where to', async () => {
    const api = confirmApi({ data: { confirmEmailChange: 'ada@new.example.com' } });
    renderPage('/account/confirm-email-change?token=abc-123', api.client);

    const confirm = await screen.findByRole('button', { name: 'Confirm new address' });
    expect(api.send).not.toHaveBeenCalled();
    await userEvent.click(confirm);

    expect(await screen.findByRole('status')).toHaveTextContent('Your account’s email address is now ada@new.example.com.');
    expect(api.send).toHaveBeenCalledWith({ operationName: 'ConfirmEmailChange', variables: { token: 'abc-123' } });
  });

  it('says why a link is refused', async () => {
    const message = 'Another account already uses this email address, so this account keeps its current one.';
    renderPage('/account/confirm-email-change?token=abc-123', confirmApi({ error: apiError('EMAIL_IN_USE', message) }).client);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm new address' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});
