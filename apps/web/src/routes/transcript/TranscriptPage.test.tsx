import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { renderPage, siteHeader, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';
import { buildTranscriptEntry, type TranscriptData } from '../../test/transcript-factory';

const CLAIMED = buildTranscriptEntry();
const ELSEWHERE = buildTranscriptEntry({
  id: 'external:anaesthesia',
  source: 'SELF_REPORTED',
  activityTitle: 'Regional anaesthesia update',
  provider: 'Royal College of Anaesthetists',
  amount: 2.25,
  date: '2026-03-15',
  certificateCode: null,
});
const TRANSCRIPT: TranscriptData = {
  entries: [CLAIMED, ELSEWHERE],
  totals: [{ creditType: 'AMA_PRA_CATEGORY_1', platform: 1.5, selfReported: 2.25, combined: 3.75 }],
};

function transcriptApi(mutationAnswer: (request: ApiRequest) => ApiAnswer = () => ({})) {
  const asked = vi.fn((_request: ApiRequest): ApiAnswer => ({ data: { me: buildUser('Ada Lovelace'), courses: [], myTranscript: TRANSCRIPT } }));
  const mutated = vi.fn(mutationAnswer);
  return { asked, mutated, client: stubClient(asked, mutated) };
}

describe('transcript', () => {
  it('is reached from the account menu of anyone signed in', async () => {
    renderPage('/', transcriptApi().client);

    await userEvent.click(await within(siteHeader()).findByRole('button', { name: /^Signed in as / }));
    expect(within(siteHeader()).getByRole('link', { name: 'Transcript' })).toHaveAttribute('href', '/transcript');
  });

  it('lists every entry under column headers, marks self-reported ones, and totals each credit type', async () => {
    renderPage('/transcript', transcriptApi().client);

    const [entries, totals] = await screen.findAllByRole('table');
    expect(within(entries!).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Date',
      'Activity',
      'Provider',
      'Credit type',
      'Hours',
      'Certificate',
    ]);
    const claimedRow = within(entries!).getByRole('row', { name: /Hand hygiene/ });
    expect(claimedRow).toHaveTextContent('10 March 2026');
    expect(within(claimedRow).getByRole('link', { name: CLAIMED.certificateCode! })).toHaveAttribute('href', `/verify/${CLAIMED.certificateCode}`);
    expect(within(claimedRow).queryByText('Self-reported')).toBeNull();
    const elsewhereRow = within(entries!).getByRole('row', { name: /Regional anaesthesia update/ });
    expect(within(elsewhereRow).getByText('Self-reported')).toBeVisible();
    expect(within(elsewhereRow).getByRole('button', { name: 'Remove Regional anaesthesia update' })).toBeVisible();

    const total = within(totals!).getByRole('row', { name: /AMA PRA Category 1 Credit/ });
    expect(within(total).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1.50', '2.25', '3.75']);
  });

  it('asks for the dates in the address, and offers the PDF of the same dates', async () => {
    const api = transcriptApi();
    const { router } = renderPage('/transcript', api.client);

    await userEvent.type(await screen.findByLabelText('From'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('To'), '2026-03-31');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    expect(router.state.location.search).toBe('?from=2026-03-01&to=2026-03-31');
    expect(await screen.findByRole('link', { name: 'Download PDF of these dates' })).toHaveAttribute('href', '/transcript.pdf?from=2026-03-01&to=2026-03-31');
    expect(api.asked).toHaveBeenLastCalledWith({ operationName: 'MyTranscript', variables: { from: '2026-03-01', to: '2026-03-31' } });
  });

  it('keeps the dates shown when the range is written wrongly or ends before it starts', async () => {
    const { router } = renderPage('/transcript?from=2026-01-01', transcriptApi().client);

    await userEvent.type(await screen.findByLabelText('To'), '31/03/2026');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/Write the end of the range as YYYY-MM-DD/);

    await userEvent.clear(screen.getByLabelText('To'));
    await userEvent.type(screen.getByLabelText('To'), '2025-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/before its start/);
    expect(router.state.location.search).toBe('?from=2026-01-01');
  });

  it('sends a credit earned elsewhere and says it is on the transcript', async () => {
    const api = transcriptApi(() => ({ data: { addExternalCredit: { id: 'external:airway', activityTitle: 'Airway skills' } } }));
    renderPage('/transcript', api.client);

    await userEvent.type(await screen.findByLabelText('Activity title'), 'Airway skills');
    await userEvent.type(screen.getByLabelText('Provider'), 'Resuscitation Council');
    await userEvent.click(screen.getByRole('radio', { name: 'Nursing contact hours' }));
    await userEvent.type(screen.getByLabelText('Amount (hours)'), '1.25');
    await userEvent.type(screen.getByLabelText('Completed on'), '2026-02-14');
    await userEvent.click(screen.getByRole('button', { name: 'Add credit' }));

    expect(await screen.findByText('“Airway skills” is on your transcript, marked as self-reported.')).toBeVisible();
    expect(api.mutated).toHaveBeenCalledWith({
      operationName: 'AddExternalCredit',
      variables: {
        input: { activityTitle: 'Airway skills', provider: 'Resuscitation Council', creditType: 'NURSING_CONTACT_HOURS', amount: 1.25, completedOn: '2026-02-14' },
      },
    });
  }, 20_000);

  it("shows the API's reasons under their fields and moves focus to the first", async () => {
    const refused = apiError('BAD_USER_INPUT', 'The date it was completed cannot be in the future.', {
      fields: { amount: 'Give the amount in quarter hours, e.g. 1, 1.25, 1.5 or 1.75.', completedOn: 'The date it was completed cannot be in the future.' },
    });
    renderPage('/transcript', transcriptApi(() => ({ error: refused })).client);

    await userEvent.type(await screen.findByLabelText('Activity title'), 'Airway skills');
    await userEvent.type(screen.getByLabelText('Provider'), 'Resuscitation Council');
    await userEvent.click(screen.getByRole('radio', { name: 'Participation hours' }));
    await userEvent.type(screen.getByLabelText('Amount (hours)'), '1.3');
    await userEvent.type(screen.getByLabelText('Completed on'), '2999-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Add credit' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The credit was not added.');
    expect(screen.getByLabelText('Amount (hours)')).toHaveAccessibleDescription(/quarter hours, e.g. 1, 1.25/);
    expect(screen.getByLabelText('Amount (hours)')).toHaveFocus();
    expect(screen.getByLabelText('Completed on')).toHaveAccessibleDescription(/cannot be in the future/);
  }, 20_000);

  it('removes a self-reported credit once the learner confirms', async () => {
    const api = transcriptApi(() => ({ data: { removeExternalCredit: true } }));
    renderPage('/transcript', api.client);

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Regional anaesthesia update' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove credit' }));

    expect(api.mutated).toHaveBeenCalledWith({ operationName: 'RemoveExternalCredit', variables: { id: ELSEWHERE.id } });
  });
});
