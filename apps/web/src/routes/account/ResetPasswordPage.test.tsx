import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const ada = buildUser('Ada Lovelace');

/** The API before and after the new password signs the person in. */
function resetApi(answer: ApiAnswer) {
  let me: typeof ada | null = null;
  const send = vi.fn(async (_request: ApiRequest) => {
    if (!answer.error) me = ada;
    return answer;
  });
  return { send, client: () => stubClient(() => ({ data: { me, courses: [] } }), send) };
}

async function choosePassword(password: string) {
  await userEvent.type(await screen.findByLabelText('New password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
}

describe('choosing a new password from a reset link', () => {
  it('goes on to the code of the authenticator app when the account has two-factor on', async () => {
    // Not signed in yet: the session starts only with the code.
    const client = stubClient({ data: { me: null, courses: [], signInProviders: [] } }, () => ({
      data: { resetPassword: { user: null, secondFactorChallenge: 'challenge-1' } },
    }));
    const { router } = renderPage('/account/reset-password?token=abc-123', client);
    await choosePassword('a brand new passphrase');
    expect(await screen.findByLabelText('Code')).toBeVisible();
    expect(router.state.location.search).toBe('?challenge=challenge-1');
  });

  it('sets the password with the link’s token and signs in', async () => {
    const api = resetApi({ data: { resetPassword: { user: { id: ada.id }, secondFactorChallenge: null } } });
    renderPage('/account/reset-password?token=abc-123', api.client);

    expect(await screen.findByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    await choosePassword('a brand new passphrase');

    expect(await screen.findByRole('heading', { level: 1, name: 'Courses' })).toBeVisible();
    expect(siteHeader()).toHaveTextContent('Signed in as Ada Lovelace');
    expect(api.send).toHaveBeenCalledWith({ operationName: 'ResetPassword', variables: { token: 'abc-123', password: 'a brand new passphrase' } });
  });

  it('says a short password is too short and sends nothing', async () => {
    const api = resetApi({});
    renderPage('/account/reset-password?token=abc-123', api.client);
    await choosePassword('short');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(expect.stringContaining('Choose a password of at least 10 characters.'));
    expect(api.send).not.toHaveBeenCalled();
  });

  it('shows the policy’s reason next to the field', async () => {
    const reason = 'This password is one of the most common ones, which attackers try first. Choose another.';
    renderPage('/account/reset-password?token=abc-123', resetApi({ error: apiError('BAD_USER_INPUT', reason, { fields: { password: reason } }) }).client);
    await choosePassword('password1234');
    expect(await screen.findByLabelText('New password')).toHaveAccessibleDescription(expect.stringContaining(reason));
  });

  it('offers a new link when this one was used or has expired', async () => {
    const message = 'This password reset link was already used. Sign in, or ask for a new link.';
    renderPage('/account/reset-password?token=abc-123', resetApi({ error: apiError('PASSWORD_RESET_LINK_USED', message) }).client);
    await choosePassword('a brand new passphrase');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/account/forgot-password');
  });
});
