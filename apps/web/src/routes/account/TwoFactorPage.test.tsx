import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../test/account-factory';
import { renderPage, stubClient, type ApiRequest } from '../../test/render-page';

const codes = Array.from({ length: 10 }, (_, index) => `AB${index}D-EFGH-JKMN`);

describe('the two-factor sign-in page', () => {
  it('sets up with the QR code or the key, turns on with a first code and shows the recovery codes once', async () => {
    let enabled = false;
    const send = vi.fn(({ operationName }: ApiRequest) => {
      if (operationName === 'StartTwoFactorSetup') {
        return { data: { startTwoFactorSetup: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', qrCode: 'data:image/png;base64,AAAA' } } };
      }
      enabled = true;
      return { data: { confirmTwoFactorSetup: { codes } } };
    });
    const me = buildUser('Ada Lovelace', { roles: ['ADMIN'] });
    const client = stubClient(() => ({ data: { me, courses: [], myTwoFactor: { enabled, required: true, recoveryCodesLeft: enabled ? 10 : 0 } } }), send);
    renderPage('/account/two-factor', client);

    expect(await screen.findByText(/Admins and reviewers use their role only with two-factor sign-in on/)).toHaveRole('status');
    await userEvent.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));
    expect(await screen.findByRole('img', { name: 'QR code that adds this account to an authenticator app' })).toHaveAttribute('src', 'data:image/png;base64,AAAA');
    expect(screen.getByLabelText('Setup key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP');

    await userEvent.type(screen.getByLabelText('Code from the app'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));

    const heading = await screen.findByRole('heading', { name: 'Your recovery codes' });
    expect(heading).toHaveFocus();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(expect.arrayContaining(codes));
    expect(send).toHaveBeenLastCalledWith({ operationName: 'ConfirmTwoFactorSetup', variables: { code: '123456' } });
    await userEvent.click(screen.getByRole('button', { name: 'I have saved my codes' }));
    expect(await screen.findByRole('heading', { name: 'Two-factor sign-in is on' })).toBeVisible();
    expect(screen.queryByText(codes[0])).toBeNull();
  });
});

describe('the pages of the admin role', () => {
  it('lead an admin without two-factor sign-in to set it up first', async () => {
    const me = buildUser('Ada Lovelace', { roles: ['ADMIN'] });
    const { router } = renderPage('/admin/users', stubClient({ data: { me, courses: [], myTwoFactor: { enabled: false, required: true, recoveryCodesLeft: 0 } } }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Turn on two-factor sign-in first' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Set up two-factor sign-in' }));
    expect(router.state.location.pathname).toBe('/account/two-factor');
    expect(router.state.location.search).toBe('?next=%2Fadmin%2Fusers');
  });
});
