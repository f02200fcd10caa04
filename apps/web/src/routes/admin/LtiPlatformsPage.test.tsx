import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LtiPlatformsQuery } from '../../gql/graphql';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const admin = buildUser('Ada Lovelace', { roles: ['ADMIN'] });
const tool = {
  loginUrl: 'https://training.example.org/lti/login',
  launchUrl: 'https://training.example.org/lti/launch',
  keySetUrl: 'https://training.example.org/lti/jwks',
  deepLinkingUrl: 'https://training.example.org/lti/launch',
};
const page = (ltiPlatforms: LtiPlatformsQuery['ltiPlatforms'] = []) => ({ data: { me: admin, courses: [], ltiPlatforms, ltiToolConfiguration: tool } });

async function fillInLms() {
  await userEvent.click(await screen.findByRole('button', { name: 'Register an LMS' }));
  await userEvent.type(screen.getByLabelText('Name'), 'Trust Moodle');
  await userEvent.type(screen.getByLabelText('Platform issuer'), 'https://moodle.example.org');
  await userEvent.type(screen.getByLabelText('Client id'), 'tool-1');
  await userEvent.type(screen.getByLabelText('Authentication request URL'), 'https://moodle.example.org/mod/lti/auth.php');
  await userEvent.type(screen.getByLabelText('Access token URL'), 'https://moodle.example.org/mod/lti/token.php');
  await userEvent.type(screen.getByLabelText('Public key set URL'), 'https://moodle.example.org/mod/lti/certs.php');
  await userEvent.type(screen.getByLabelText('Deployment ids'), '1{Enter} 2 {Enter}');
}

describe('the LMS (LTI 1.3) page', () => {
  it('shows the addresses to enter at the LMS, and registers one with its deployment ids typed one a line', async () => {
    const send = vi.fn((_request: ApiRequest): ApiAnswer => ({ data: { saveLtiPlatform: { id: 'platform-1' } } }));
    renderPage('/admin/lti', stubClient(page(), send));
    expect(await screen.findByText('No LMS is registered yet.')).toBeVisible();
    expect(screen.getByText(tool.loginUrl)).toBeVisible();
    expect(screen.getByText(tool.keySetUrl)).toBeVisible();

    await fillInLms();
    await userEvent.click(screen.getByRole('button', { name: 'Register LMS' }));
    expect(send).toHaveBeenCalledWith({
      operationName: 'SaveLtiPlatform',
      variables: {
        input: {
          name: 'Trust Moodle',
          issuer: 'https://moodle.example.org',
          clientId: 'tool-1',
          loginUrl: 'https://moodle.example.org/mod/lti/auth.php',
          accessTokenUrl: 'https://moodle.example.org/mod/lti/token.php',
          keySetUrl: 'https://moodle.example.org/mod/lti/certs.php',
          deploymentIds: ['1', '2'],
        },
      },
    });
  }, 20_000);

  it('shows what the server refused next to its field', async () => {
    const send = vi.fn((): ApiAnswer => ({ error: apiError('BAD_USER_INPUT', 'Enter an https:// address.', { field: 'keySetUrl' }) }));
    renderPage('/admin/lti', stubClient(page(), send));
    await fillInLms();
    await userEvent.click(screen.getByRole('button', { name: 'Register LMS' }));
    await waitFor(() => expect(screen.getByLabelText('Public key set URL')).toHaveAccessibleDescription(/Enter an https:\/\/ address/));
  }, 20_000);

  it('asks before removing a registration, and removes it only when told to', async () => {
    const platform = { id: 'platform-1', name: 'Trust Moodle', issuer: 'https://moodle.example.org', clientId: 'tool-1', loginUrl: 'https://moodle.example.org/auth', accessTokenUrl: 'https://moodle.example.org/token', keySetUrl: 'https://moodle.example.org/certs', deploymentIds: ['1'] };
    const send = vi.fn((_request: ApiRequest): ApiAnswer => ({ data: { removeLtiPlatform: true } }));
    renderPage('/admin/lti', stubClient(page([platform]), send));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Trust Moodle' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(send).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Trust Moodle' }));
    expect(screen.getByRole('alertdialog', { name: 'Remove Trust Moodle?' })).toHaveTextContent(/registering the LMS again makes new accounts/);
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ operationName: 'RemoveLtiPlatform', variables: { id: 'platform-1' } }));
  }, 20_000);
});
