import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildConnection, buildUser } from '../../test/account-factory';
import {
  buildBatch,
  buildCertificate,
  buildEligibleLearner,
  buildOutboxMessage,
  type BatchData,
  type EligibleLearnerData,
} from '../../test/certificate-factory';
import { buildCourse } from '../../test/course-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const grace = buildUser('Grace Hopper', { roles: ['ADMIN'] });
const botox = buildCourse('botox-chronic-migraine', { title: 'Botulinum toxin for chronic migraine' });
const redFlags = buildCourse('red-flags', { title: 'Headache red flags' });
const sam = buildEligibleLearner('Sam Okoro');
const noor = buildEligibleLearner('Noor Haddad');
const priyasCertificate = buildCertificate('Priya Raman', '7KQ2-M9XD-4TRB-HW3N-F');
const revokedPriya = {
  ...priyasCertificate,
  status: 'REVOKED' as const,
  revokedAt: '2026-12-05T16:20:00.000Z',
  revocationReason: 'Issued under the wrong name.',
};

interface AdminOptions {
  eligible?: EligibleLearnerData[];
  /** Successive answers to the bulk issue's progress. */
  batches?: BatchData[];
  mutation?: (request: ApiRequest) => ApiAnswer;
}

/** The API as an admin sees it, recording what the page asked and sent. */
function adminApi({ eligible = [sam, noor], batches = [], mutation = () => ({}) }: AdminOptions = {}) {
  const queries: ApiRequest[] = [];
  const sendMutation = vi.fn(mutation);
  const client = stubClient((request) => {
    queries.push(request);
    const batch = batches[Math.min(queries.filter((query) => query.operationName === 'CertificateBatch').length, batches.length) - 1];
    return {
      data: {
        me: grace,
        courses: [botox, redFlags],
        eligibleLearners: buildConnection(eligible),
        courseCertificates: buildConnection([priyasCertificate]),
        certificateBatch: batch,
        users: buildConnection([buildUser('Tomás Silva')]),
        outbox: [buildOutboxMessage('Your certificate for Botulinum toxin for chronic migraine')],
      },
    };
  }, sendMutation);
  const asked = (operationName: string) => queries.filter((query) => query.operationName === operationName);
  return { client, sendMutation, asked };
}

function rowOf(name: string) {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return within(row);
}

describe('admin certificates page', { timeout: 20_000 }, () => {
  it('lists the learners of the first course waiting for a certificate, and another course’s when chosen', async () => {
    const api = adminApi();
    const { router } = renderPage('/admin/certificates', api.client);

    expect(await screen.findByRole('rowheader', { name: 'Sam Okoro' })).toBeVisible();
    expect(rowOf('Sam Okoro').getByText('sam.okoro@example.com')).toBeVisible();
    expect(rowOf('Sam Okoro').getAllByText('20 November 2026')).toHaveLength(2);
    expect(api.asked('EligibleLearners')[0]?.variables.courseSlug).toBe('botox-chronic-migraine');

    await userEvent.click(screen.getByRole('button', { name: /Course/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Headache red flags' }));

    await waitFor(() => expect(api.asked('EligibleLearners').at(-1)?.variables.courseSlug).toBe('red-flags'));
    expect(router.state.location.search).toBe('?course=red-flags');
  });

  it('issues one learner’s certificate, says so and asks for the list again', async () => {
    const issued = buildCertificate('Sam Okoro', 'Q3WE-RT5Y-8UPA-SD2F-G');
    const api = adminApi({ mutation: () => ({ data: { issueCertificate: issued } }) });
    renderPage('/admin/certificates', api.client);

    await screen.findByRole('rowheader', { name: 'Sam Okoro' });
    const listsAsked = api.asked('EligibleLearners').length;
    await userEvent.click(rowOf('Sam Okoro').getByRole('button', { name: 'Issue a certificate to Sam Okoro' }));

    const [request] = api.sendMutation.mock.calls[0]!;
    expect(request).toMatchObject({
      operationName: 'IssueCertificate',
      variables: { userId: sam.id, courseSlug: 'botox-chronic-migraine', overrideReason: null },
    });
    expect(request.variables.idempotencyKey).toEqual(expect.any(String));
    expect(await screen.findByText('Issued certificate Q3WE-RT5Y-8UPA-SD2F-G to Sam Okoro.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(api.asked('EligibleLearners').length).toBeGreaterThan(listsAsked));
  });

  it('shows the server’s refusal to issue in the learner’s row', async () => {
    const refusal = 'Sam Okoro already holds a valid certificate for it.';
    renderPage('/admin/certificates', adminApi({ mutation: () => ({ error: apiError('ALREADY_CERTIFIED', refusal) }) }).client);

    const samRow = await screen.findByRole('rowheader', { name: 'Sam Okoro' }).then(() => rowOf('Sam Okoro'));
    await userEvent.click(samRow.getByRole('button', { name: 'Issue a certificate to Sam Okoro' }));

    expect(await samRow.findByRole('alert')).toHaveTextContent(refusal);
  });

  it('issues the selected learners in the background and follows the batch until it completes', async () => {
    const api = adminApi({
      batches: [buildBatch({ status: 'RUNNING', issued: 1 }), buildBatch({ status: 'COMPLETE', issued: 1, skipped: 1 })],
      mutation: () => ({ data: { issueCertificates: { id: 'batch:1' } } }),
    });
    renderPage('/admin/certificates', api.client);

    await screen.findByRole('rowheader', { name: 'Sam Okoro' });
    const issueSelected = screen.getByRole('button', { name: 'Issue to selected learners' });
    expect(issueSelected).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select every learner shown' }));
    await userEvent.click(screen.getByRole('button', { name: 'Issue to 2 selected learners' }));

    expect(api.sendMutation).toHaveBeenCalledWith({
      operationName: 'IssueCertificates',
      variables: { userIds: [sam.id, noor.id], courseSlug: 'botox-chronic-migraine' },
    });
    const progress = within(await screen.findByRole('region', { name: 'Bulk issue' }));
    expect(await progress.findByText('1 of 2 processed: 1 issued, 0 skipped, 0 failed.')).toHaveAttribute('aria-live', 'polite');
    expect(progress.getByRole('progressbar', { name: 'Learners processed' })).toHaveAttribute('aria-valuenow', '50');
    expect(await progress.findByText('2 of 2 processed: 1 issued, 1 skipped, 0 failed.')).toBeVisible();
    expect(progress.getByRole('heading', { name: 'Bulk issue finished' })).toBeVisible();
    expect(progress.getByText(/Skipped learners were no longer eligible/)).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(api.asked('CertificateBatch')).toHaveLength(2);
  });

  it('revokes a certificate only with a written reason, then shows it revoked', async () => {
    const api = adminApi({
      mutation: () => ({ data: { revokeCertificate: revokedPriya } }),
    });
    renderPage('/admin/certificates?tab=issued', api.client);

    await screen.findByRole('rowheader', { name: 'Priya Raman' });
    const revoke = rowOf('Priya Raman').getByRole('button', { name: 'Revoke… certificate 7KQ2-M9XD-4TRB-HW3N-F of Priya Raman' });
    await userEvent.click(revoke);
    const dialog = within(await screen.findByRole('dialog', { name: 'Revoke the certificate of Priya Raman?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Revoke certificate' }));
    expect(dialog.getByText('Write the reason in at least 10 characters.')).toBeVisible();
    await userEvent.type(dialog.getByRole('textbox', { name: 'Reason for revoking' }), 'Too short');
    await userEvent.click(dialog.getByRole('button', { name: 'Revoke certificate' }));
    expect(api.sendMutation).not.toHaveBeenCalled();

    await userEvent.clear(dialog.getByRole('textbox', { name: 'Reason for revoking' }));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Reason for revoking' }), '  Issued under the wrong name.  ');
    await userEvent.click(dialog.getByRole('button', { name: 'Revoke certificate' }));

    expect(api.sendMutation).toHaveBeenCalledWith({
      operationName: 'RevokeCertificate',
      variables: { certificateId: priyasCertificate.id, reason: 'Issued under the wrong name.' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rowOf('Priya Raman').getByText('Revoked on 5 December 2026')).toBeVisible();
    expect(rowOf('Priya Raman').queryByRole('button', { name: /^Revoke/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Revoked certificate 7KQ2-M9XD-4TRB-HW3N-F of Priya Raman/)).toHaveAttribute('role', 'status');
  });

  it('issues to a learner who is not on the list only with an override reason', async () => {
    const issued = buildCertificate('Tomás Silva', 'Q3WE-RT5Y-8UPA-SD2F-G');
    const api = adminApi({ mutation: () => ({ data: { issueCertificate: issued } }) });
    renderPage('/admin/certificates', api.client);

    await userEvent.type(await screen.findByRole('combobox', { name: 'Learner' }), 'tomás');
    await userEvent.click(await screen.findByRole('option', { name: /Tomás Silva/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Issue with an override…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Issue a certificate to Tomás Silva?' }));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Reason for the override' }), 'Completed the same course in person.');
    await userEvent.click(dialog.getByRole('button', { name: 'Issue certificate' }));

    expect(api.sendMutation).toHaveBeenCalledWith({
      operationName: 'IssueCertificate',
      variables: expect.objectContaining({ userId: 'user:tomás-silva', overrideReason: 'Completed the same course in person.' }),
    });
    expect(await screen.findByText('Issued certificate Q3WE-RT5Y-8UPA-SD2F-G to Tomás Silva.')).toBeVisible();
  });

  it('lists the outbox’s messages, each opening to its text', async () => {
    renderPage('/admin/certificates?tab=outbox', adminApi().client);

    const subject = await screen.findByText('Your certificate for Botulinum toxin for chronic migraine');
    expect(screen.getByText(/To priya.raman@example.com/)).toBeVisible();
    await userEvent.click(subject);

    expect(subject.closest('details')).toHaveAttribute('open');
    expect(screen.getByText(/Dear Priya Raman/)).toBeVisible();
  });
});
