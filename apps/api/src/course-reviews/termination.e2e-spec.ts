import { certificateTestApp, createCourse, eligibleLearner, ISSUE, publishedVersionOf, type TestCourse } from '../certificates/certificate-fixtures';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { eventually, learnerBeforeFinalExam } from '../testing/sample-course-learner';
import { fixturesRoot, type TestApp } from '../testing/test-app';
import { CourseReviewRemindersService } from './course-review-reminders.service';

const ENROL = `mutation Enrol($slug: String!) { enroll(courseSlug: $slug) { id } }`;
const COURSE = `query Course($slug: String!) { course(slug: $slug) { life { terminated terminatesAt } myProgress { percent } } }`;
const OUTBOX = `{ outbox(first: 100) { to subject text } }`;

describe('a course version past its termination date', () => {
  let api: TestApp;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await certificateTestApp();
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Ada Admin');
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
  });
  afterAll(() => api.close());

  /** Released more than three years ago and never signed off since. */
  const terminate = (course: TestCourse) =>
    api.dataSource.query(`UPDATE course_version SET released_at = now() - interval '3 years 1 day' WHERE id = $1`, [course.versionId]);

  const count = async (table: 'enrolment' | 'certificate', course: TestCourse) =>
    (await api.dataSource.query(`SELECT count(*)::int AS count FROM ${table} WHERE course_id = $1`, [course.id]))[0].count;

  it('takes no new enrolments, says so, and leaves the enrolled as they were', async () => {
    const course = await createCourse(api.dataSource);
    const enrolled = await createAccount(api.dataSource, ['LEARNER']);
    expect((await api.graphql(ENROL, { slug: course.slug }, enrolled.token)).errors).toBeUndefined();
    await terminate(course);

    const newcomer = await createAccount(api.dataSource, ['LEARNER']);
    const refused = await api.graphql(ENROL, { slug: course.slug }, newcomer.token);
    expect(refused.errors![0].extensions!.code).toBe('COURSE_TERMINATED');
    expect(refused.errors![0].message).toMatch(/termination date/);
    expect(await count('enrolment', course)).toBe(1);

    const seen = await api.graphql(COURSE, { slug: course.slug }, enrolled.token);
    expect(seen.data!.course.life.terminated).toBe(true);
    expect(seen.data!.course.myProgress).not.toBeNull();
    expect((await api.graphql(ENROL, { slug: course.slug }, enrolled.token)).errors).toBeUndefined();
  });

  it('grants no certificate, even on an admin\'s approval, and the database refuses one written directly', async () => {
    const course = await createCourse(api.dataSource);
    const learner = await eligibleLearner(api.dataSource, course);
    await terminate(course);
    const { errors } = await api.graphql(ISSUE, { userId: learner.id, courseSlug: course.slug, overrideReason: 'Finished before it ended.' }, admin.token);
    expect(errors![0].extensions!.code).toBe('COURSE_TERMINATED');
    expect(await count('certificate', course)).toBe(0);
    await expect(
      api.dataSource.query(
        `INSERT INTO certificate (code, user_id, course_id, course_version_id, holder_name, course_title, credit_hours, status_list_id, status_index, issued_by)
         VALUES ('TERM-CODE-0000-0000', $1, $2, $3, 'x', 'x', 1, 1, 434343, $4)`,
        [learner.id, course.id, course.versionId, admin.id],
      ),
    ).rejects.toMatchObject({ code: 'PT410' });
  });

  it('grades an attempt started before the date passed and submitted after, and issues no certificate for it', async () => {
    const versionId = await publishedVersionOf(api.dataSource, 'sample-course');
    const reviewer = await createAccount(api.dataSource, ['REVIEWER']);
    // A sign-off that holds for three more seconds: long enough to start the exam.
    await api.dataSource.query(
      `INSERT INTO course_review (course_version_id, content_hash, reviewer_id, note, terminates_at)
       SELECT id, content_hash, $2, 'Checked, due again at once.', now() + interval '3 seconds' FROM course_version WHERE id = $1`,
      [versionId, reviewer.id],
    );
    const { learner, progress, startFinalExam } = await learnerBeforeFinalExam(api, 'Dr Late Submitter');
    const submit = await startFinalExam();
    await eventually(
      async () => (await api.graphql(COURSE, { slug: 'sample-course' })).data!.course.life.terminated as boolean,
      (terminated) => terminated,
    );

    expect(await submit()).toMatchObject({ passed: true });
    expect(await progress()).toMatchObject({ status: 'COMPLETE', certificate: null });
    // The completion's certificate job has run by the time a later job on the same queue has.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await progress()).certificate).toBeNull();
    const [{ count: certificates }] = await api.dataSource.query(`SELECT count(*)::int AS count FROM certificate WHERE user_id = $1`, [learner.id]);
    expect(certificates).toBe(0);
  });

  it('is announced to every reviewer and admin once, 30 days ahead', async () => {
    const course = await createCourse(api.dataSource);
    await api.dataSource.query(`UPDATE course_version SET released_at = now() - interval '3 years' + interval '10 days' WHERE id = $1`, [course.versionId]);
    const reviewer = await createAccount(api.dataSource, ['REVIEWER'], 'Dr Remi Reviewer');
    const reminders = api.app.get(CourseReviewRemindersService);
    await reminders.queueReminders();
    await reminders.queueReminders();

    const about = (message: { subject: string }) => message.subject.includes(course.title);
    const messages = await eventually(
      async () => ((await api.graphql(OUTBOX, {}, admin.token)).data!.outbox as { to: string; subject: string; text: string }[]).filter(about),
      (found) => found.some((message) => message.to.includes(reviewer.email)),
    );
    const recipients = messages.map((message) => message.to);
    expect(recipients.filter((to) => to.includes(reviewer.email))).toHaveLength(1);
    expect(recipients.filter((to) => to.includes(admin.email))).toHaveLength(1);
    expect(messages[0].subject).toMatch(/Review due: .* terminates on/);
  });
});
