import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, buildUser } from '../../test/account-factory';
import { buildCourse, buildLesson, buildModule } from '../../test/course-factory';
import { buildAccreditation, buildDisclosures } from '../../test/disclosures-factory';
import { buildCourseProgress } from '../../test/progress-factory';
import { renderPage, stubClient, type ApiAnswer } from '../../test/render-page';

const course = buildCourse('botox-chronic-migraine', {
  title: 'Botulinum toxin for chronic migraine',
  accreditation: buildAccreditation(),
  disclosures: buildDisclosures(),
  modules: [buildModule('mechanism', { lessons: [buildLesson('what-it-is', { title: 'What botulinum toxin is' })] })],
});
const lessonAddress = '/courses/botox-chronic-migraine/lessons/what-it-is';
const ada = buildUser('Ada Lovelace');

/** A learner's view of the course, acknowledged once the mutation has been sent. */
function learnerClient(sendMutation: (request: { operationName: string }) => object) {
  let acknowledgedAt: string | null = null;
  return stubClient(
    () => ({ data: { me: ada, course: { ...course, disclosuresAcknowledgedAt: acknowledgedAt, myProgress: buildCourseProgress(course, { read: [] }) } } }),
    (request) => {
      const answer = sendMutation(request);
      acknowledgedAt = '2026-12-07T10:00:00.000Z';
      return answer;
    },
  );
}

describe('disclosures before the first lesson', () => {
  it('shows a learner the disclosures instead of the lesson until they acknowledge them, then the lesson', async () => {
    const sendMutation = vi.fn(() => ({ data: { acknowledgeDisclosures: { version: 1, acknowledgedAt: '2026-12-07T10:00:00.000Z' } } }));
    renderPage(lessonAddress, learnerClient(sendMutation));

    const disclosures = await screen.findByRole('region', { name: 'Disclosures' });
    expect(within(disclosures).getByText(/Dr Ada Author/).closest('li')).toHaveTextContent(
      'Dr Ada Author (planner, author): no relevant financial relationships.',
    );
    expect(within(disclosures).getByText(/A device maker/)).toHaveTextContent(
      'A device maker, Consulting fees. Mitigated: A second reviewer checked every lesson.',
    );
    expect(within(disclosures).getByText('This course received no commercial support.')).toBeVisible();
    expect(screen.queryByText(/What the lesson what-it-is teaches/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark as complete and continue' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'I have read the disclosures' }));

    expect(sendMutation).toHaveBeenCalledWith({ operationName: 'AcknowledgeDisclosures', variables: { courseSlug: 'botox-chronic-migraine', version: 1 } });
    expect(await screen.findByText(/What the lesson what-it-is teaches/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Disclosures' })).toBeNull();
  });

  it('shows the disclosures of a version released while the learner read, with why, rather than recording the old ones', async () => {
    const released = 'Version 2 of this course has been released since you opened it: read its disclosures, then acknowledge them.';
    const revised = { ...course, version: 2, disclosures: { ...buildDisclosures(), people: [{ name: 'Dr Nia Newcomer', roles: ['AUTHOR' as const], relationships: [] }] } };
    let shown = course;
    const send = vi.fn((): ApiAnswer => {
      shown = revised;
      return { error: apiError('BAD_USER_INPUT', released, { fields: { version: released } }) };
    });
    renderPage(
      lessonAddress,
      stubClient(() => ({ data: { me: ada, course: { ...shown, disclosuresAcknowledgedAt: null, myProgress: buildCourseProgress(course, { read: [] }) } } }), send),
    );

    await screen.findByRole('region', { name: 'Disclosures' });
    await userEvent.click(screen.getByRole('button', { name: 'I have read the disclosures' }));

    expect(send).toHaveBeenCalledWith({ operationName: 'AcknowledgeDisclosures', variables: { courseSlug: 'botox-chronic-migraine', version: 1 } });
    expect(await screen.findByText(/Dr Nia Newcomer/)).toBeVisible();
    expect(screen.queryByText(/Dr Rui Reviewer/)).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent(released);
    expect(screen.queryByText(/What the lesson what-it-is teaches/)).toBeNull();
  });

  it('shows anyone not signed in the disclosures above the lesson', async () => {
    renderPage(lessonAddress, stubClient({ data: { course } }));

    expect(await screen.findByRole('region', { name: 'Disclosures' })).toBeVisible();
    expect(screen.getByText(/What the lesson what-it-is teaches/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'I have read the disclosures' })).toBeNull();
  });

  it('states the credit offered and the disclosures on the course page, before enrolment', async () => {
    renderPage('/courses/botox-chronic-migraine', stubClient({ data: { course } }));

    const credit = await screen.findByRole('region', { name: 'Credit and accreditation' });
    expect(within(credit).getByText('Certificate of participation: up to 2 hours')).toBeVisible();
    expect(within(credit).getByText('Learners who complete the activity receive a certificate of participation.')).toBeVisible();
    expect(within(credit).getByText(/not an accredited provider of continuing education/)).toBeVisible();
    expect(within(credit).getByText('ptp-botox-chronic-migraine')).toBeVisible();
    expect(screen.getByRole('region', { name: 'Disclosures' })).toHaveTextContent('Dr Rui Reviewer (reviewer)');
  });
});
