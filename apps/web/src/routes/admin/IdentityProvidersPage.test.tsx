import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const admin = buildUser('Ada Lovelace', { roles: ['ADMIN'] });

async function fillInProvider() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add a provider' }));
  await userEvent.type(screen.getByLabelText('Name on the sign-in page'), "St Mary's Hospital");
  await userEvent.type(screen.getByLabelText('Short name'), 'st-marys');
  await userEvent.type(screen.getByLabelText('Issuer URL'), 'https://login.stmarys.example.org');
  await userEvent.type(screen.getByLabelText('Client id'), 'training');
  await userEvent.type(screen.getByLabelText('Client secret'), 'a client secret');
  await userEvent.type(screen.getByLabelText('Allowed email domains'), 'stmarys.example.org{Enter}nurses.example.org');
}

describe('the sign-in providers page', () => {
  it('adds a provider with its domains and the roles of its groups typed one a line', async () => {
    const send = vi.fn((_request: ApiRequest): ApiAnswer => ({ data: { saveIdentityProvider: { id: 'provider-1' } } }));
    renderPage('/admin/sign-in-providers', stubClient({ data: { me: admin, courses: [], identityProviders: [] } }, send));

    expect(await screen.findByText('No provider yet: everyone signs in with a password.')).toBeVisible();
    await fillInProvider();
    await userEvent.type(screen.getByLabelText('Roles of groups'), 'educators = instructor');
    await userEvent.click(screen.getByRole('button', { name: 'Add provider' }));

    expect(send).toHaveBeenCalledWith({
      operationName: 'SaveIdentityProvider',
      variables: {
        input: {
          displayName: "St Mary's Hospital",
          slug: 'st-marys',
          issuer: 'https://login.stmarys.example.org',
          clientId: 'training',
          clientSecret: 'a client secret',
          allowedDomains: ['stmarys.example.org', 'nurses.example.org'],
          groupsClaim: 'groups',
          groupRoles: [{ group: 'educators', role: 'INSTRUCTOR' }],
          enabled: true,
        },
      },
    });
  }, 20_000);

  it('shows what the server refused next to its field, and a group line it cannot read before sending', async () => {
    const send = vi.fn((): ApiAnswer => ({ error: apiError('BAD_USER_INPUT', 'Another provider already has the short name "st-marys".', { field: 'slug' }) }));
    renderPage('/admin/sign-in-providers', stubClient({ data: { me: admin, courses: [], identityProviders: [] } }, send));
    await fillInProvider();
    await userEvent.type(screen.getByLabelText('Roles of groups'), 'educators teach');
    await userEvent.click(screen.getByRole('button', { name: 'Add provider' }));
    expect(screen.getByLabelText('Roles of groups')).toHaveAccessibleDescription(/is not “group = role”/);
    expect(send).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Roles of groups'));
    await userEvent.click(screen.getByRole('button', { name: 'Add provider' }));
    await waitFor(() => expect(send).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByLabelText('Short name')).toHaveAccessibleDescription(/Another provider already has the short name/));
  }, 20_000);
});
