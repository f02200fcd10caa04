import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { buildClaimOptions, evaluationForm, participationDesignation, type CreditClaimOptionsData } from '../../test/credit-claim-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const PAGE = '/courses/botox-chronic-migraine/credit';

function claimApi(options: CreditClaimOptionsData, mutate: (request: ApiRequest) => ApiAnswer = () => ({})) {
  const send = vi.fn(mutate);
  const client = stubClient({ data: { me: buildUser('Ada Lovelace'), creditClaimOptions: options, courseEvaluation: evaluationForm } }, send);
  return { send, client };
}

describe('claiming credit for a course', () => {
  it('says credit waits for the certificate when there is none', async () => {
    renderPage(PAGE, claimApi(buildClaimOptions({ certificateCode: null, blocker: 'NO_CERTIFICATE', offers: [] })).client);

    expect(await screen.findByText(/Credit is claimed on the certificate you earn by completing the course/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the course' })).toHaveAttribute('href', '/courses/botox-chronic-migraine');
  });

  it('asks for the evaluation first, sends each answer in the API’s shape, and shows refusals beside their question', async () => {
    const api = claimApi(buildClaimOptions({ blocker: 'EVALUATION_REQUIRED' }), () => ({
      error: apiError('BAD_USER_INPUT', 'Some answers need attention.', { fields: { 'free-of-bias': 'This question needs an answer.' } }),
    }));
    renderPage(PAGE, api.client);

    expect(await screen.findByText('Evaluate the course', { selector: 'li' })).toHaveAttribute('aria-current', 'step');
    await userEvent.click(await screen.findByRole('radio', { name: 'Agree' }));
    await userEvent.type(screen.getByLabelText(/What is one change you will make in your practice\? \(optional\)/), 'Count headache days');
    await userEvent.click(screen.getByRole('button', { name: 'Send evaluation' }));

    expect(api.send).toHaveBeenCalledWith({
      operationName: 'SubmitEvaluation',
      variables: {
        input: {
          courseSlug: 'botox-chronic-migraine',
          answers: [
            { itemId: 'objectives-met', rating: 3 },
            { itemId: 'change', comment: 'Count headache days' },
          ],
        },
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your evaluation was not sent. Some answers need attention.');
    expect(screen.getByText('This question needs an answer.')).toBeVisible();
  });

  it('sends the learner to the credit profile when it states no profession', async () => {
    renderPage(PAGE, claimApi(buildClaimOptions({ blocker: 'CREDIT_PROFILE_REQUIRED' })).client);

    expect(await screen.findByRole('link', { name: 'State it in your credit profile' })).toHaveAttribute('href', '/account/credit-profile');
  });

  it('offers only the credit the profession may claim, shows the time measured, and asks for an attestation beyond it', async () => {
    const api = claimApi(buildClaimOptions(), () => ({ data: { claimCredit: { claimedAt: '2026-12-07T10:00:00.000Z' } } }));
    renderPage(PAGE, api.client);

    expect(await screen.findByText('45 minutes')).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Certificate of participation: up to 2 hours' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: /AMA PRA/ })).toBeNull();
    expect(screen.getByText('Not open to your profession: AMA PRA Category 1 Credit™.')).toBeVisible();
    expect(screen.getByText(participationDesignation)).toBeVisible();

    await userEvent.type(screen.getByLabelText('Hours to claim'), '0.5');
    expect(screen.queryByRole('checkbox')).toBeNull();
    await userEvent.clear(screen.getByLabelText('Hours to claim'));
    await userEvent.type(screen.getByLabelText('Hours to claim'), '1.5');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('checkbox', { name: /I attest that I spent 1.5 hours on this activity/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Claim credit' }));

    expect(api.send).toHaveBeenCalledWith({
      operationName: 'ClaimCredit',
      variables: { input: { courseSlug: 'botox-chronic-migraine', creditType: 'PARTICIPATION', amount: 1.5, attest: true } },
    });
  });

  it('shows the claim once made, and where the certificate states it', async () => {
    const claim = { creditType: 'PARTICIPATION' as const, amount: 1.5, designation: participationDesignation, claimedAt: '2026-12-07T10:00:00.000Z', measuredMinutes: 45, attested: true };
    renderPage(PAGE, claimApi(buildClaimOptions({ blocker: 'ALREADY_CLAIMED', claim })).client);

    expect(await screen.findByRole('heading', { name: 'Credit claimed' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('1.5 hours of participation claimed on 7 December 2026, attested beyond the 45 minutes the platform measured.');
    expect(screen.getByRole('link', { name: 'download it from My certificates' })).toHaveAttribute('href', '/my-certificates');
  });
});
