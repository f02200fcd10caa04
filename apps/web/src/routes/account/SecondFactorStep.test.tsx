import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const grace = buildUser('Grace Hopper');

/** The API of a person with two-factor on; `answer` answers the mutations. */
function twoStepApi(answer: (request: ApiRequest) => ApiAnswer, providers: ApiAnswer['data'] = {}) {
  let me: typeof grace | null = null;
  const send = vi.fn((request: ApiRequest) => {
    const answered = answer(request);
    if (request.operationName === 'CompleteSignIn' && !answered.error) me = grace;
    return answered;
  });
  return { send, client: () => stubClient(() => ({ data: { me, courses: [], signInProviders: [], ...providers } }), send) };
}

describe('signing in with two-factor on', () => {
  it('asks for the app’s code once the password is right, and signs in with it', async () => {
    const api = twoStepApi(({ operationName }) =>
      operationName === 'SignIn'
        ? { data: { signIn: { user: null, secondFactorChallenge: 'challenge-1' } } }
        : { data: { completeSignIn: { user: { id: grace.id } } } },
    );
    renderPage('/sign-in', api.client);
    await userEvent.type(await screen.findByLabelText('Email'), grace.email);
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = await screen.findByLabelText('Code');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await userEvent.type(code, '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Finish signing in' }));

    expect(await screen.findByText('Signed in as')).toBeInTheDocument();
    expect(siteHeader()).toHaveTextContent('Signed in as Grace Hopper');
    expect(api.send).toHaveBeenLastCalledWith({ operationName: 'CompleteSignIn', variables: { challenge: 'challenge-1', code: '123 456' } });
  });

  it('takes a recovery code, and says so when a code is wrong or used', async () => {
    const message = 'That code is not right, or it was used already. Enter the current code from your authenticator app, or an unused recovery code.';
    renderPage('/sign-in?challenge=from-provider', twoStepApi(() => ({ error: apiError('TWO_FACTOR_CODE_INVALID', message) })).client);

    await userEvent.type(await screen.findByLabelText('Code'), 'ABCD-EFGH-JKMN');
    await userEvent.click(screen.getByRole('button', { name: 'Finish signing in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('refuses to send what is neither six digits nor a recovery code', async () => {
    const api = twoStepApi(() => ({}));
    renderPage('/sign-in?challenge=from-provider', api.client);

    await userEvent.type(await screen.findByLabelText('Code'), '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Finish signing in' }));

    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(/Enter the 6 digits/);
    expect(api.send).not.toHaveBeenCalled();
  });

  it('goes back to the password when asked', async () => {
    renderPage('/sign-in?challenge=stale', twoStepApi(() => ({})).client);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in again with your password' }));
    expect(await screen.findByLabelText('Password')).toBeVisible();
  });
});

describe('signing in through an organisation', () => {
  it('offers each organisation’s sign-in as a link that leaves the app', async () => {
    const providers = { signInProviders: [{ slug: 'st-marys', displayName: "St Mary's Hospital", signInUrl: '/auth/sso/st-marys' }] };
    renderPage('/sign-in', twoStepApi(() => ({}), providers).client);
    expect(await screen.findByRole('link', { name: "Sign in with St Mary's Hospital" })).toHaveAttribute('href', '/auth/sso/st-marys');
  });

  it('says why the organisation’s sign-in came back refused', async () => {
    renderPage('/sign-in?sso-error=SSO_EMAIL_NOT_ALLOWED', twoStepApi(() => ({})).client);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your email address is not one your organisation signs in here.');
  });
});
