import type { Role } from '../auth/policy.decorators';
import { certificateTestApp, createCourse, eligibleLearner, ISSUE, type TestCourse } from '../certificates/certificate-fixtures';
import { createAccount, type TestAccount } from '../testing/factories';
import type { TestApp } from '../testing/test-app';

const SIGN_OFF = `mutation SignOff($versionId: ID!, $contentHash: String!, $note: String!, $terminatesAt: DateTime) {
  signOffCourseVersion(versionId: $versionId, contentHash: $contentHash, note: $note, terminatesAt: $terminatesAt) {
    id reviewerName reviewedAt note contentHash terminatesAt
  }
}`;
const LIFE = `query Life($slug: String!) { course(slug: $slug) { life { releasedAt lastReviewedAt terminatesAt terminated } } }`;
const DUE = `query Due($days: Int) { dueForReview(withinDays: $days) { courseSlug version contentHash lastReviewedAt terminatesAt daysLeft } }`;
const NOTE = 'Dosing and follow-up checked against the 2024 guideline.';
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe('clinical sign-off of a course version', () => {
  let api: TestApp;
  let reviewer: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    api = await certificateTestApp();
    reviewer = await createAccount(api.dataSource, ['REVIEWER'], 'Dr Rosa Reviewer');
    admin = await createAccount(api.dataSource, ['ADMIN'], 'Ada Admin');
  });
  afterAll(() => api.close());

  async function releasedCourse(): Promise<TestCourse> {
    const course = await createCourse(api.dataSource);
    await api.dataSource.query(`UPDATE course_version SET released_at = now() - interval '1 year' WHERE id = $1`, [course.versionId]);
    return course;
  }

  const reviewsOf = async (course: TestCourse) =>
    (await api.dataSource.query(`SELECT count(*)::int AS count FROM course_review WHERE course_version_id = $1`, [course.versionId]))[0].count;

  it('records who signed off which content, when and what they checked, audited, and dates the course by it', async () => {
    const course = await releasedCourse();
    const before = (await api.graphql(LIFE, { slug: course.slug })).data!.course.life;
    expect(before.lastReviewedAt).toBeNull();
    expect(before.terminatesAt).toBe(threeYearsAfter(before.releasedAt));

    const terminatesAt = new Date(Date.now() + YEAR_MS);
    const { data, errors } = await api.graphql(SIGN_OFF, { versionId: course.versionId, contentHash: 'test', note: `  ${NOTE} `, terminatesAt }, reviewer.token);
    expect(errors).toBeUndefined();
    expect(data!.signOffCourseVersion).toMatchObject({ reviewerName: 'Dr Rosa Reviewer', note: NOTE, contentHash: 'test', terminatesAt: terminatesAt.toISOString() });

    const after = (await api.graphql(LIFE, { slug: course.slug })).data!.course.life;
    expect(after).toEqual({ releasedAt: before.releasedAt, lastReviewedAt: data!.signOffCourseVersion.reviewedAt, terminatesAt: terminatesAt.toISOString(), terminated: false });

    const [entry] = await api.dataSource.query(`SELECT actor_id, details FROM audit_log WHERE action = 'COURSE_VERSION_SIGNED_OFF' ORDER BY created_at DESC LIMIT 1`);
    expect(entry).toMatchObject({ actor_id: reviewer.id, details: { versionId: course.versionId, contentHash: 'test' } });
  });

  it('is given by reviewers only', async () => {
    const course = await releasedCourse();
    const order = { versionId: course.versionId, contentHash: 'test', note: NOTE };
    for (const roles of [['LEARNER'], ['INSTRUCTOR'], ['ADMIN']] as Role[][]) {
      const someone = await createAccount(api.dataSource, roles);
      const { errors } = await api.graphql(SIGN_OFF, order, someone.token);
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await reviewsOf(course)).toBe(0);
    // The database holds the same rule for any statement that gets past the API.
    await expect(
      api.dataSource.query(`INSERT INTO course_review (course_version_id, content_hash, reviewer_id, note, terminates_at) VALUES ($1, 'test', $2, $3, now() + interval '1 year')`, [
        course.versionId,
        admin.id,
        NOTE,
      ]),
    ).rejects.toMatchObject({ code: 'PT403' });
  });

  it.each([
    ['content that changed since it was reviewed', 'BAD_USER_INPUT', { contentHash: 'an-older-hash' }],
    ['a note that says nothing', 'BAD_USER_INPUT', { note: 'ok' }],
    ['a termination more than three years away', 'BAD_USER_INPUT', { terminatesAt: new Date(Date.now() + 3.1 * YEAR_MS) }],
    ['a termination in the past', 'BAD_USER_INPUT', { terminatesAt: new Date(Date.now() - 60_000) }],
    ['an unknown version', 'NOT_FOUND', { versionId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses %s with %s and records nothing', async (_case, code, change) => {
    const course = await releasedCourse();
    const { errors } = await api.graphql(SIGN_OFF, { versionId: course.versionId, contentHash: 'test', note: NOTE, ...change }, reviewer.token);
    expect(errors![0].extensions!.code).toBe(code);
    expect(await reviewsOf(course)).toBe(0);
  });

  it('cannot be edited or deleted afterwards, whoever asks the database', async () => {
    const course = await releasedCourse();
    const { data } = await api.graphql(SIGN_OFF, { versionId: course.versionId, contentHash: 'test', note: NOTE }, reviewer.token);
    const id = data!.signOffCourseVersion.id;
    await expect(api.dataSource.query(`UPDATE course_review SET note = 'Changed later.' WHERE id = $1`, [id])).rejects.toThrow(/cannot be edited/);
    await expect(api.dataSource.query(`DELETE FROM course_review WHERE id = $1`, [id])).rejects.toThrow(/cannot be edited/);
    expect((await api.dataSource.query(`SELECT note FROM course_review WHERE id = $1`, [id]))[0].note).toBe(NOTE);
  });

  it('lists for reviewers and admins what terminates in the next 90 days, and nothing for others', async () => {
    const soon = await releasedCourse();
    await api.dataSource.query(`UPDATE course_version SET released_at = now() - interval '3 years' + interval '20 days' WHERE id = $1`, [soon.versionId]);
    const later = await releasedCourse();
    for (const viewer of [reviewer, admin]) {
      const due = (await api.graphql(DUE, { days: 90 }, viewer.token)).data!.dueForReview as { courseSlug: string; daysLeft: number }[];
      expect(due.find((row) => row.courseSlug === soon.slug)).toMatchObject({ daysLeft: 20 });
      expect(due.find((row) => row.courseSlug === later.slug)).toBeUndefined();
    }
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    expect((await api.graphql(DUE, {}, learner.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("issues certificates for a version nobody signed off only on an admin's approval, and names the sign-off once there is one", async () => {
    const course = await createCourse(api.dataSource, { issue: 'AUTOMATIC' });
    const unsigned = await eligibleLearner(api.dataSource, course, 'Dr Una Signed');
    // The database refuses an automatic certificate (no issuer) for it.
    await expect(
      api.dataSource.query(
        `INSERT INTO certificate (code, user_id, course_id, course_version_id, holder_name, course_title, credit_hours, status_list_id, status_index)
         VALUES ('TEST-CODE-0000-0000', $1, $2, $3, 'Dr Una Signed', 'x', 1, 1, 424242)`,
        [unsigned.id, course.id, course.versionId],
      ),
    ).rejects.toMatchObject({ code: 'PT403' });
    const approved = await api.graphql(ISSUE, { userId: unsigned.id, courseSlug: course.slug }, admin.token);
    expect(approved.errors).toBeUndefined();
    const [first] = await api.dataSource.query(`SELECT course_review_id FROM certificate WHERE user_id = $1`, [unsigned.id]);
    expect(first.course_review_id).toBeNull();

    const review = await api.graphql(SIGN_OFF, { versionId: course.versionId, contentHash: 'test', note: NOTE }, reviewer.token);
    const signed = await eligibleLearner(api.dataSource, course, 'Dr Sig Ned');
    await api.graphql(ISSUE, { userId: signed.id, courseSlug: course.slug }, admin.token);
    const [second] = await api.dataSource.query(`SELECT course_review_id FROM certificate WHERE user_id = $1`, [signed.id]);
    expect(second.course_review_id).toBe(review.data!.signOffCourseVersion.id);
  });
});

/** Three calendar years after an instant, as PostgreSQL adds `interval '3 years'`. */
function threeYearsAfter(instant: string): string {
  const end = new Date(instant);
  end.setUTCFullYear(end.getUTCFullYear() + 3);
  return end.toISOString();
}
