import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { buildDelivery, buildLearningRecordQueue } from '../../test/learning-record-factory';
import { renderPage, stubClient, type ApiAnswer, type ApiRequest } from '../../test/render-page';

const admin = buildUser('Ada Lovelace', { roles: ['ADMIN'] });
const store = { endpoint: 'https://lrs.stmarys.example.org/xapi/', authKey: 'training', enabled: true, sendsFrom: '2026-12-07T09:00:00.000Z' };

describe('the learning records page', () => {
  it('connects an LRS with its endpoint, key and secret', async () => {
    const send = vi.fn((_request: ApiRequest): ApiAnswer => ({ data: {} }));
    renderPage('/admin/learning-records', stubClient({ data: { me: admin, courses: [], learningRecordStore: null, learningRecordQueue: buildLearningRecordQueue() } }, send));

    await userEvent.type(await screen.findByLabelText('Endpoint'), store.endpoint);
    await userEvent.type(screen.getByLabelText('Key'), 'training');
    await userEvent.type(screen.getByLabelText('Secret'), 'an lrs secret');
    await userEvent.click(screen.getByRole('button', { name: 'Connect the LRS' }));

    expect(send).toHaveBeenCalledWith({
      operationName: 'SaveLearningRecordStore',
      variables: { input: { endpoint: store.endpoint, authKey: 'training', authSecret: 'an lrs secret', enabled: true } },
    });
    expect(await screen.findByText('Saved.')).toBeVisible();
  }, 20_000);

  it('keeps the stored secret unless one is typed, and shows a refused endpoint next to its field', async () => {
    const send = vi.fn((): ApiAnswer => ({ error: apiError('BAD_USER_INPUT', "The endpoint is the LRS's https:// address.", { field: 'endpoint' }) }));
    renderPage('/admin/learning-records', stubClient({ data: { me: admin, courses: [], learningRecordStore: store, learningRecordQueue: buildLearningRecordQueue() } }, send));

    const endpoint = await screen.findByLabelText('Endpoint');
    expect(endpoint).toHaveValue(store.endpoint);
    expect(screen.getByLabelText('Secret')).toHaveValue('');
    await userEvent.clear(endpoint);
    await userEvent.type(endpoint, 'http://lrs.example.org/');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ operationName: 'SaveLearningRecordStore', variables: { input: { endpoint: 'http://lrs.example.org/', authKey: 'training', authSecret: null, enabled: true } } }));
    await waitFor(() => expect(screen.getByLabelText('Endpoint')).toHaveAccessibleDescription(/https:\/\/ address/));
  }, 20_000);

  it('shows the counts, each failure with its error, and retries the failed statements', async () => {
    const queue = buildLearningRecordQueue({
      waiting: 3,
      retrying: 1,
      sent: 12,
      failed: 1,
      problems: [
        buildDelivery('1', { status: 'FAILED', lastError: 'The LRS holds a different statement with this id (409).', verb: 'ISSUED' }),
        buildDelivery('2', { status: 'WAITING', tries: 2, lastError: 'The LRS refused the key and secret (401).', settledAt: null, nextTryAt: '2026-12-07T09:31:00.000Z' }),
      ],
      recentlySent: [buildDelivery('3', { verb: 'COMPLETED', objectName: 'Injection sites' })],
    });
    const send = vi.fn((_request: ApiRequest): ApiAnswer => ({ data: { retryFailedLearningRecords: 1 } as ApiAnswer['data'] }));
    renderPage('/admin/learning-records', stubClient({ data: { me: admin, courses: [], learningRecordStore: store, learningRecordQueue: queue } }, send));

    const problems = await screen.findByRole('table', { name: 'Problems' });
    const failed = within(problems).getByRole('row', { name: /Certificate issued: Botulinum/ });
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('The LRS holds a different statement with this id (409).');
    expect(within(problems).getByRole('row', { name: /Enrolment/ })).toHaveTextContent('Retrying (2 tries)The LRS refused the key and secret (401).');
    expect(within(screen.getByRole('table', { name: 'Recently sent' })).getByRole('row', { name: /Lesson completed: Injection sites/ })).toHaveTextContent('statement:3');
    const counts = screen.getAllByRole('definition')[0].closest('dl')!;
    expect(counts).toHaveTextContent('Waiting3Retrying1Sent12Failed1');

    await userEvent.click(screen.getByRole('button', { name: 'Retry failed statements' }));
    expect(send).toHaveBeenCalledWith({ operationName: 'RetryFailedLearningRecords', variables: {} });
    expect(await screen.findByText('1 failed statement is tried again.')).toBeVisible();
  }, 20_000);
});
