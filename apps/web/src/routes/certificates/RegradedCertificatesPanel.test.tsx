import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import type { RegradedCertificatesQuery } from '../../gql/graphql';
import { stubClient, type ApiAnswer } from '../../test/render-page';
import { RegradedCertificatesPanel } from './RegradedCertificatesPanel';

const inDoubt: RegradedCertificatesQuery['certificatesAfterRegrades'] = [
  {
    certificateId: 'certificate:1',
    code: '7KQ2-M9XD-4TRB-HW3N-F',
    holderName: 'Priya Raman',
    holderEmail: 'priya@example.org',
    courseTitle: 'Botulinum toxin for chronic migraine',
    issuedAt: '2026-11-02T09:00:00.000Z',
    quizTitle: 'Final exam',
    regradeId: 'regrade:1',
    regradedAt: '2026-12-07T10:00:00.000Z',
    oldScore: 80,
    newScore: 70,
  },
];

// The panel's own operations are not among the whole app's stub answers; their shapes come from the generated types above.
const answer = (data: object) => ({ data }) as ApiAnswer;

describe('certificates after regrades', () => {
  it('lists each certificate a regrade put in doubt and keeps one only with a written reason', async () => {
    const sendMutation = vi.fn(() => answer({ decideRegradedCertificate: { certificateId: 'certificate:1', decision: 'KEEP' } }));
    render(
      <Provider value={stubClient(answer({ certificatesAfterRegrades: inDoubt }), sendMutation)}>
        <RegradedCertificatesPanel />
      </Provider>,
    );
    const row = within(await screen.findByRole('table', { name: 'Certificates awaiting a decision' })).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Priya Raman (priya@example.org)');
    expect(row).toHaveTextContent('80% → 70%');

    await userEvent.click(within(row).getByRole('button', { name: "Keep… Priya Raman's certificate" }));
    const dialog = screen.getByRole('dialog', { name: 'Keep this certificate?' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Why it stands' }), 'short');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(sendMutation).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Why it stands' }), ' of it: passed the practical in person.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(sendMutation).toHaveBeenCalledWith({
      operationName: 'DecideRegradedCertificate',
      variables: { certificateId: 'certificate:1', regradeId: 'regrade:1', decision: 'KEEP', reason: 'short of it: passed the practical in person.' },
    });
  });
});
