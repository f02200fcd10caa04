import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildAuditEntry, buildConnection, buildUser } from '../../test/account-factory';
import { renderPage, stubClient, type ApiRequest } from '../../test/render-page';

const grace = buildUser('Grace Hopper', { roles: ['ADMIN'] });
const ada = buildUser('Ada Lovelace', { roles: ['REVIEWER'] });

describe('resetting another account’s two-factor sign-in', () => {
  it('asks first, resets it and says so; an admin has no such button on their own row', async () => {
    const send = vi.fn((_request: ApiRequest) => ({ data: { resetTwoFactor: true } }));
    const users = buildConnection([grace, ada]);
    renderPage('/admin/users', stubClient({ data: { me: grace, users, auditLog: buildConnection([buildAuditEntry('reset')]) } }, send));

    const adaRow = (await screen.findByRole('rowheader', { name: 'Ada Lovelace' })).closest('tr')!;
    const graceRow = screen.getByRole('rowheader', { name: 'Grace Hopper' }).closest('tr')!;
    expect(within(graceRow).queryByRole('button', { name: /Reset two-factor/ })).toBeNull();

    await userEvent.click(within(adaRow).getByRole('button', { name: 'Reset two-factor of Ada Lovelace' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Reset the two-factor sign-in of Ada Lovelace?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset two-factor' }));

    expect(await within(adaRow).findByText('Two-factor sign-in of Ada Lovelace is off; they set it up again.')).toHaveRole('status');
    expect(send).toHaveBeenCalledWith({ operationName: 'ResetTwoFactor', variables: { userId: ada.id } });
  });
});
