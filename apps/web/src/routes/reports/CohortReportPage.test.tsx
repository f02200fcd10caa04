import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildConnection, buildUser, type UserData } from '../../test/account-factory';
import { buildCourse, buildLesson, buildModule, buildQuiz } from '../../test/course-factory';
import { buildEvaluationResults } from '../../test/credit-report-factory';
import { buildCohortMember, buildCohortPage, buildLearningEvent, type CohortMemberData } from '../../test/progress-factory';
import { renderPage, stubClient, type ApiRequest } from '../../test/render-page';

const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  modules: [
    buildModule('mechanism', {
      title: 'How botulinum toxin works',
      position: 1,
      lessons: [buildLesson('what-it-is'), buildLesson('pain-pathways', { position: 2 })],
      quiz: buildQuiz('Mechanism check', { passingScore: 80 }),
    }),
    buildModule('protocol', { title: 'The injection protocol', position: 2, lessons: [buildLesson('injection-sites')] }),
  ],
  finalQuiz: buildQuiz('Final exam', { passingScore: 75 }),
});
const ada = buildCohortMember('Ada Lovelace', course, { read: ['what-it-is', 'pain-pathways'], scores: { mechanism: 60 } });
const alan = buildCohortMember('Alan Turing', course, {
  read: ['what-it-is', 'pain-pathways', 'injection-sites'],
  scores: { mechanism: 90, final: 85.5 },
});
const grace = buildUser('Grace Hopper', { roles: ['ADMIN'] });
const address = '/reports/courses/botox-chronic-migraine';

/** The API as `me` sees it: `pages` of learners in order, each after the cursor of the one before. */
function reportApi({ me = grace, pages = [[ada, alan]] }: { me?: UserData; pages?: CohortMemberData[][] } = {}) {
  const asked: ApiRequest[] = [];
  const client = stubClient((request) => {
    asked.push(request);
    const { after } = request.variables;
    const pageIndex = after ? pages.findIndex((page) => page.at(-1)?.learnerId === after) + 1 : 0;
    const cohortReport = buildCohortPage(pages[pageIndex] ?? [], pageIndex < pages.length - 1);
    const activityLog = buildConnection([buildLearningEvent('ada-read')]);
    const courseEvaluationResults = buildEvaluationResults(Number(request.variables.version ?? 2), ['Screen for medication overuse first.']);
    return { data: { me, course, courses: [course], cohortReport, activityLog, courseEvaluationResults } };
  });
  const lastCohortRequest = () => asked.filter(({ operationName }) => operationName === 'CohortReport').at(-1)?.variables;
  return { client, lastCohortRequest };
}

async function findRowOf(name: string) {
  return within((await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement);
}

describe('cohort report', () => {
  it('shows each learner against the modules, with statuses in words and best quiz scores', async () => {
    renderPage(address, reportApi().client);

    const adaRow = await findRowOf('Ada Lovelace');
    const cells = adaRow.getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(0, 7)).toEqual([
      'ada.lovelace@example.com',
      '◐In progress',
      '40%',
      '◐In progressQuiz 60%',
      '○Not started',
      'Not taken',
      'Not yet',
    ]);
    const alanRow = await findRowOf('Alan Turing');
    expect(alanRow.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(['✓Complete', '100%', '✓CompleteQuiz 90%', '85.5%', 'Eligible']),
    );
    expect(screen.getByRole('columnheader', { name: 'Module 1 How botulinum toxin works' })).toBeVisible();
    expect(document.title).toBe('Botulinum toxin for chronic migraine · Reports · Practitioner Training');
  });

  it('sorts by a column when its heading is pressed again and again, and says how with aria-sort', async () => {
    const api = reportApi();
    renderPage(address, api.client);
    await findRowOf('Ada Lovelace');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

    const progress = screen.getByRole('button', { name: 'Progress' });
    await userEvent.click(progress);
    expect(api.lastCohortRequest()).toMatchObject({ sort: { field: 'PERCENT', direction: 'ASC' }, after: null });
    expect(screen.getByRole('columnheader', { name: 'Progress' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');

    await userEvent.click(progress);
    expect(api.lastCohortRequest()).toMatchObject({ sort: { field: 'PERCENT', direction: 'DESC' } });
    expect(screen.getByRole('columnheader', { name: 'Progress' })).toHaveAttribute('aria-sort', 'descending');
    expect(progress).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/reports/courses/botox-chronic-migraine/cohort.csv?sort=PERCENT&direction=DESC',
    );
  });

  it('filters by status, eligibility and name or email, and downloads the same learners as a CSV', async () => {
    const api = reportApi();
    renderPage(address, api.client);
    await findRowOf('Ada Lovelace');

    await userEvent.click(screen.getByRole('button', { name: /Any status/ }));
    await userEvent.click(screen.getByRole('option', { name: 'In progress' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only learners eligible for a certificate' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name or email' }), ' ada ');

    await waitFor(() =>
      expect(api.lastCohortRequest()).toEqual({
        courseSlug: 'botox-chronic-migraine',
        filter: { status: 'IN_PROGRESS', eligible: true, search: 'ada' },
        sort: { field: 'NAME', direction: 'ASC' },
        first: 20,
        after: null,
      }),
    );
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/reports/courses/botox-chronic-migraine/cohort.csv?status=IN_PROGRESS&eligible=true&search=ada&sort=NAME&direction=ASC',
    );
  });

  it('loads the next learners after the last one shown', async () => {
    const api = reportApi({ pages: [[ada], [alan]] });
    renderPage(address, api.client);
    await findRowOf('Ada Lovelace');

    await userEvent.click(screen.getByRole('button', { name: 'Load more learners' }));

    expect(await screen.findByRole('rowheader', { name: 'Alan Turing' })).toBeVisible();
    expect(api.lastCohortRequest()).toMatchObject({ after: ada.learnerId });
    expect(screen.getByText('2 learners shown.')).toBeVisible();
  });

  it('shows an admin every learning event in the course, with its CSV', async () => {
    renderPage(address, reportApi().client);

    await userEvent.click(await screen.findByRole('tab', { name: 'Activity log' }));

    expect(await screen.findByRole('row', { name: /Completed What botulinum toxin is/ })).toHaveTextContent('Read for 6 minutes');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/reports/activity.csv?course=botox-chronic-migraine',
    );
  });

  it('shows an instructor the learners and the evaluations, without the activity log', async () => {
    renderPage(address, reportApi({ me: buildUser('Alan Turing', { roles: ['INSTRUCTOR', 'LEARNER'] }) }).client);

    await findRowOf('Ada Lovelace');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Learners', 'Evaluations']);
  });

  it('shows the published version’s evaluations without names, its CSV, and earlier versions on asking', async () => {
    const api = reportApi({ me: buildUser('Alan Turing', { roles: ['INSTRUCTOR', 'LEARNER'] }) });
    renderPage(address, api.client);

    await userEvent.click(await screen.findByRole('tab', { name: 'Evaluations' }));

    expect(await screen.findByRole('heading', { name: 'Version 2 · 1 response' })).toBeVisible();
    expect(screen.getByText('Screen for medication overuse first.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download version 2’s evaluations (CSV)' })).toHaveAttribute(
      'href',
      '/reports/courses/botox-chronic-migraine/evaluation.csv?version=2',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show version 1' }));
    expect(await screen.findByRole('heading', { name: 'Version 1 · 1 response' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Show version 0' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the published version' })).toBeVisible();
  });

  it('tells a learner the reports are for instructors and admins', async () => {
    renderPage(address, reportApi({ me: buildUser('Ada Lovelace') }).client);

    expect(await screen.findByText(/This page is for accounts with the Instructor or Admin role/)).toBeVisible();
  });
});

describe('reports', () => {
  it('lists the courses there are reports on', async () => {
    renderPage('/reports', reportApi().client);

    expect(await screen.findByRole('link', { name: 'Botulinum toxin for chronic migraine' })).toHaveAttribute('href', address);
    expect(screen.getByRole('link', { name: 'Download the activity log of every course (CSV)' })).toHaveAttribute(
      'href',
      '/reports/activity.csv',
    );
  });
});
