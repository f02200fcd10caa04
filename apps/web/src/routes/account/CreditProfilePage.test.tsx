import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { buildCreditProfile, type CreditProfileData } from '../../test/credit-profile-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const SAVED_WITH_CONSENT = buildCreditProfile({
  profession: 'NURSE_PRACTITIONER',
  licenceNumber: 'NP-558210',
  licenceJurisdiction: 'California',
  npi: '1245319599',
  boardReportingConsent: true,
  boardReportingConsentAt: '2026-11-02T10:00:00.000Z',
  boardIdentifier: 'AANPCB-40917',
  birthMonth: 2,
  birthDay: 29,
});

function profileApi(stored: CreditProfileData, saveAnswer: (request: ApiRequest) => ApiAnswer) {
  const save = vi.fn(saveAnswer);
  const client = stubClient({ data: { me: buildUser('Ada Lovelace'), courses: [], myCreditProfile: stored } }, save);
  return { save, client };
}

const savedAs = (profile: CreditProfileData): ApiAnswer => ({ data: { updateCreditProfile: profile } });

describe('credit profile', () => {
  it('is reached from the account menu of anyone signed in', async () => {
    renderPage('/', profileApi(buildCreditProfile(), () => ({})).client);

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: /^Signed in as / }));
    expect(within(siteHeader()).getByRole('link', { name: 'Credit profile' })).toHaveAttribute('href', '/account/credit-profile');
  });

  it('sends what the learner fills in, with consent, and says it is saved', async () => {
    const api = profileApi(buildCreditProfile(), () => savedAs(SAVED_WITH_CONSENT));
    renderPage('/account/credit-profile', api.client);

    await userEvent.click(await screen.findByRole('radio', { name: 'Nurse practitioner' }));
    await userEvent.type(screen.getByLabelText('Licence number'), 'NP-558210');
    await userEvent.type(screen.getByLabelText('Licence issued by (state or country)'), 'California');
    await userEvent.type(screen.getByLabelText('NPI'), '1245319599');
    expect(screen.getByLabelText('Board identifier')).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: /I consent to sharing my board identifier and birthday/ }));
    await userEvent.type(screen.getByLabelText('Board identifier'), 'AANPCB-40917');
    await userEvent.type(screen.getByLabelText('Birth month'), '2');
    await userEvent.type(screen.getByLabelText('Birth day'), '29');
    await userEvent.click(screen.getByRole('button', { name: 'Save credit profile' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your credit profile is saved.');
    expect(screen.getByText(/You gave consent on/)).toBeVisible();
    expect(api.save).toHaveBeenCalledWith({
      operationName: 'UpdateCreditProfile',
      variables: {
        input: {
          profession: 'NURSE_PRACTITIONER',
          licenceNumber: 'NP-558210',
          licenceJurisdiction: 'California',
          npi: '1245319599',
          boardReportingConsent: true,
          boardIdentifier: 'AANPCB-40917',
          birthMonth: 2,
          birthDay: 29,
        },
      },
    });
  }, 20_000);

  it('explains the consent, and unticking it clears the board details it covers', async () => {
    const withdrawn = buildCreditProfile({ ...SAVED_WITH_CONSENT, boardReportingConsent: false, boardReportingConsentAt: null, boardIdentifier: null, birthMonth: null, birthDay: null });
    const api = profileApi(SAVED_WITH_CONSENT, () => savedAs(withdrawn));
    renderPage('/account/credit-profile', api.client);

    const consent = await screen.findByRole('checkbox', { name: /I consent to sharing/ });
    expect(consent).toHaveAccessibleDescription(/kept only while you consent, used only for reporting your credit to your board/);
    expect(screen.getByLabelText('Board identifier')).toHaveValue('AANPCB-40917');

    await userEvent.click(consent);
    expect(screen.getByLabelText('Board identifier')).toHaveValue('');
    expect(screen.getByLabelText('Board identifier')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Save credit profile' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your credit profile is saved.');
    expect(api.save.mock.calls[0][0].variables.input).toMatchObject({ boardReportingConsent: false, boardIdentifier: null, birthMonth: null, birthDay: null });
  });

  it('places each of the server’s field errors next to its field and focuses the first', async () => {
    const fields = {
      npi: 'This is not a valid NPI: its check digit does not match. Check it for a typo.',
      birthDay: 'That month has days 1 to 30.',
    };
    const api = profileApi(SAVED_WITH_CONSENT, () => ({ error: apiError('BAD_USER_INPUT', Object.values(fields).join(' '), { fields }) }));
    renderPage('/account/credit-profile', api.client);

    await userEvent.clear(await screen.findByLabelText('NPI'));
    await userEvent.type(screen.getByLabelText('NPI'), '1245319590');
    await userEvent.click(screen.getByRole('button', { name: 'Save credit profile' }));

    const npi = await screen.findByLabelText('NPI');
    expect(npi).toHaveAccessibleDescription(`Your 10-digit National Provider Identifier, if you have one. ${fields.npi}`);
    expect(npi).toBeInvalid();
    expect(npi).toHaveFocus();
    expect(screen.getByLabelText('Birth day')).toHaveAccessibleDescription(fields.birthDay);
    expect(screen.getByRole('alert')).toHaveTextContent('Your credit profile was not saved.');
  }, 20_000);
});
