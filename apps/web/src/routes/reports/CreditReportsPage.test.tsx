import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, type UserData } from '../../test/account-factory';
import { buildCreditActivity, buildCreditSummary } from '../../test/credit-report-factory';
import { renderPage, stubClient, type ApiRequest } from '../../test/render-page';

const migraine = buildCreditActivity('EMS-2026-0042', 'Botulinum toxin for chronic migraine');
const hygiene = buildCreditActivity('EMS-2026-0007', 'Hand hygiene');
const grace = buildUser('Grace Hopper', { roles: ['ADMIN'] });

function creditReportApi({ me = grace }: { me?: UserData } = {}) {
  const asked: ApiRequest[] = [];
  const client = stubClient((request) => {
    asked.push(request);
    const activityId = String(request.variables.activityId ?? migraine.activityId);
    return { data: { me, courses: [], creditActivities: [migraine, hygiene], activityCreditSummary: buildCreditSummary(activityId) } };
  });
  const summaryRequests = () => asked.filter(({ operationName }) => operationName === 'CreditSummary').map(({ variables }) => variables);
  return { client, summaryRequests };
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => row.textContent);

describe('credit reports', () => {
  it("shows the first activity's learners by profession, credit by type and evaluations, with its completion file", async () => {
    const api = creditReportApi();
    renderPage('/reports/credit', api.client);

    expect(rowsOf(await screen.findByRole('table', { name: 'Learners by profession' }))).toEqual(['Physician2', 'Nurse practitioner1']);
    expect(rowsOf(screen.getByRole('table', { name: 'Credit by type' }))).toEqual(['AMA PRA Category 1 Credit™22.75', 'Nursing contact hours11']);
    expect(screen.getByText('3 learners claimed credit on these days.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download the completion file (CSV)' })).toHaveAttribute('href', '/reports/activities/EMS-2026-0042/completions.csv');
    expect(api.summaryRequests().at(-1)).toEqual({ activityId: 'EMS-2026-0042', from: null, to: null });
    expect(document.title).toBe('Credit reports · Practitioner Training');
  }, 20_000);

  it('lists each evaluation item: the spread of a rating, the yes and no, and the commitments to change without names', async () => {
    renderPage('/reports/credit', creditReportApi().client);

    expect(await screen.findByRole('heading', { name: 'Version 2 · 2 responses' })).toBeVisible();
    expect(rowsOf(screen.getByRole('table', { name: 'The activity met its stated learning objectives.' }))).toEqual(['Disagree0', 'Agree2']);
    expect(screen.getByText('Yes: 2 · No: 0')).toBeVisible();
    const commitments = screen.getByRole('heading', { name: 'Commitments to change: What will you change in your practice?' });
    const comments = within(commitments.parentElement as HTMLElement).getAllByRole('listitem').map((item) => item.textContent);
    expect(comments).toEqual(['Inject at the occipital sites too.', 'Review the follow-up interval.']);
  });

  it('reports on the activity and days chosen, and downloads the completion file for the same days', async () => {
    const api = creditReportApi();
    renderPage('/reports/credit', api.client);
    await screen.findByRole('table', { name: 'Learners by profession' });

    await userEvent.click(screen.getByRole('button', { name: /Activity/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Hand hygiene (EMS-2026-0007)' }));
    await userEvent.type(screen.getByLabelText('From'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('To'), '2026-03-31');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    expect(await screen.findByRole('link', { name: 'Download the completion file (CSV)' })).toHaveAttribute(
      'href',
      '/reports/activities/EMS-2026-0007/completions.csv?from=2026-03-01&to=2026-03-31',
    );
    expect(api.summaryRequests().at(-1)).toEqual({ activityId: 'EMS-2026-0007', from: '2026-03-01', to: '2026-03-31' });
  }, 20_000);

  it('asks for an end on or after the start before reporting on those days', async () => {
    const api = creditReportApi();
    renderPage('/reports/credit?activity=EMS-2026-0007', api.client);
    await screen.findByRole('table', { name: 'Learners by profession' });

    await userEvent.type(screen.getByLabelText('From'), '2026-04-01');
    await userEvent.type(screen.getByLabelText('To'), '2026-03-31');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(/before its start/);
    expect(api.summaryRequests()).toEqual([{ activityId: 'EMS-2026-0007', from: null, to: null }]);
  }, 20_000);

  it('opens on the activity and days in the address', async () => {
    const api = creditReportApi();
    renderPage('/reports/credit?activity=EMS-2026-0007&from=2026-01-01&to=2026-06-30', api.client);

    expect(await screen.findByLabelText('From')).toHaveValue('2026-01-01');
    expect(api.summaryRequests()).toEqual([{ activityId: 'EMS-2026-0007', from: '2026-01-01', to: '2026-06-30' }]);
    expect(await screen.findByRole('link', { name: 'Download the completion file (CSV)' })).toHaveAttribute(
      'href',
      '/reports/activities/EMS-2026-0007/completions.csv?from=2026-01-01&to=2026-06-30',
    );
  });

  it('is for admins only: an instructor is told so', async () => {
    renderPage('/reports/credit', creditReportApi({ me: buildUser('Alan Turing', { roles: ['INSTRUCTOR'] }) }).client);

    expect(await screen.findByText(/This page is for accounts with the Admin role/)).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is linked from the reports page for admins', async () => {
    renderPage('/reports', creditReportApi().client);
    expect(await screen.findByRole('link', { name: 'Credit reports' })).toHaveAttribute('href', '/reports/credit');
  });

  it('is not linked from the reports page for instructors', async () => {
    renderPage('/reports', creditReportApi({ me: buildUser('Alan Turing', { roles: ['INSTRUCTOR'] }) }).client);
    expect(await screen.findByText('No courses are published yet.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Credit reports' })).not.toBeInTheDocument();
  });
});
