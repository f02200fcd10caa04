import * as path from 'node:path';
import { loadCoursePackage } from '@ptp/content';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount } from '../testing/factories';
import { eventually } from '../testing/sample-course-learner';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';

const COURSE = `{ course(slug: "sample-course") {
  version disclosuresAcknowledgedAt
  accreditation { provider accredited statement format activityId credits { type maximum designation } }
  disclosures { collectedOn people { name roles relationships { company nature mitigation } } commercialSupport { supporter kind } }
} }`;
const TODAY = new Date().toISOString().slice(0, 10);
const ACKNOWLEDGE = `mutation($slug: String!) { acknowledgeDisclosures(courseSlug: $slug) { courseSlug version acknowledgedAt } }`;
const ACKNOWLEDGE_SEEN = `mutation($slug: String!, $version: Int) { acknowledgeDisclosures(courseSlug: $slug, version: $version) { version } }`;

describe('accreditation and disclosures of a course', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
  });
  afterAll(() => api.close());

  it('are shown to anyone before enrolment, as the package states them', async () => {
    const { data, errors } = await api.graphql(COURSE);

    expect(errors).toBeUndefined();
    expect(data!.course).toEqual({
      version: 1,
      disclosuresAcknowledgedAt: null,
      accreditation: {
        provider: 'The test provider',
        accredited: false,
        statement: 'The test provider is not accredited to award continuing education credit.',
        format: 'ENDURING_MATERIAL',
        activityId: 'sample-course-1',
        credits: [{ type: 'PARTICIPATION', maximum: 1.5, designation: 'A certificate of participation for up to 1.5 hours.' }],
      },
      disclosures: {
        collectedOn: TODAY,
        people: [
          { name: 'Dr Sam Planner', roles: ['PLANNER', 'AUTHOR'], relationships: [] },
          {
            name: 'Dr Kim Reviewer',
            roles: ['REVIEWER'],
            relationships: [{ company: 'A device maker', nature: "Speaker's fees", mitigation: 'A reviewer without relationships checked the lessons.' }],
          },
        ],
        commercialSupport: [],
      },
    });
  });

  it('are acknowledged once per learner and version, and a new version asks again', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER'], 'Dr Ada Acknowledger');
    const acknowledgedAt = async () => (await api.graphql(COURSE, {}, learner.token)).data!.course.disclosuresAcknowledgedAt;
    expect(await acknowledgedAt()).toBeNull();

    const first = await api.graphql(ACKNOWLEDGE, { slug: 'sample-course' }, learner.token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.acknowledgeDisclosures).toEqual({ courseSlug: 'sample-course', version: 1, acknowledgedAt: expect.any(String) });
    expect(await acknowledgedAt()).toBe(first.data!.acknowledgeDisclosures.acknowledgedAt);
    const again = await api.graphql(ACKNOWLEDGE, { slug: 'sample-course' }, learner.token);
    expect(again.data!.acknowledgeDisclosures).toEqual(first.data!.acknowledgeDisclosures);
    const [recorded] = await api.dataSource.query(
      `SELECT count(*)::int AS rows, min(v.version) AS version FROM disclosure_acknowledgement a
       JOIN course_version v ON v.id = a.course_version_id WHERE a.user_id = $1`,
      [learner.id],
    );
    expect(recorded).toEqual({ rows: 1, version: 1 });

    const { package: original } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    await new ContentImportService(api.dataSource).importPackage({ ...original!, summary: 'Revised.', contentHash: `${original!.contentHash}-ack` });
    // The process keeps the published course until it hears of the change.
    const revised = await eventually(async () => (await api.graphql(COURSE, {}, learner.token)).data!.course, (course) => course.version === 2);
    expect(revised).toMatchObject({ version: 2, disclosuresAcknowledgedAt: null });
  });

  it('refuses an unknown course and changes nothing', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const { errors } = await api.graphql(ACKNOWLEDGE, { slug: 'no-such-course' }, learner.token);

    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [{ rows }] = await api.dataSource.query(`SELECT count(*)::int AS rows FROM disclosure_acknowledgement WHERE user_id = $1`, [learner.id]);
    expect(rows).toBe(0);
  });

  it('refuses, under `version`, the disclosures of a version that is no longer the one published, and records nothing', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    const seen: number = (await api.graphql(COURSE, {}, learner.token)).data!.course.version;
    const { package: original } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    await new ContentImportService(api.dataSource).importPackage({ ...original!, summary: 'Revised again.', contentHash: `${original!.contentHash}-seen` });

    const refused = await api.graphql(ACKNOWLEDGE_SEEN, { slug: 'sample-course', version: seen }, learner.token);

    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { version: `Version ${seen + 1} of this course has been released since you opened it: read its disclosures, then acknowledge them.` },
    });
    const [{ rows }] = await api.dataSource.query(`SELECT count(*)::int AS rows FROM disclosure_acknowledgement WHERE user_id = $1`, [learner.id]);
    expect(rows).toBe(0);
    const current = await api.graphql(ACKNOWLEDGE_SEEN, { slug: 'sample-course', version: seen + 1 }, learner.token);
    expect(current.data!.acknowledgeDisclosures).toEqual({ version: seen + 1 });
  });

  it('are told for a list of courses in one statement, for one course as for three', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    type Listed = { slug: string; disclosuresAcknowledgedAt: string | null }[];
    const listed = async (): Promise<Listed> => (await api.graphql('{ courses { slug disclosuresAcknowledgedAt } }', {}, learner.token)).data!.courses;
    /** The statements that read acknowledgements while the list is read. */
    const acknowledgementReads = async () => {
      const statements: string[] = [];
      api.dataSource.subscribers.push({ beforeQuery: (event) => void statements.push(event.query) });
      try {
        await listed();
      } finally {
        api.dataSource.subscribers.pop();
      }
      return statements.filter((statement) => statement.includes('disclosure_acknowledgement')).length;
    };
    expect(await listed()).toHaveLength(1);
    const ofOne = await acknowledgementReads();

    const { package: original } = loadCoursePackage(path.join(fixturesRoot, 'courses/sample-course'));
    for (const slug of ['sample-course-copy-1', 'sample-course-copy-2']) {
      await new ContentImportService(api.dataSource).importPackage({ ...original!, slug, contentHash: `${original!.contentHash}-${slug}` });
    }
    await api.graphql(ACKNOWLEDGE, { slug: 'sample-course' }, learner.token);
    await api.graphql(ACKNOWLEDGE, { slug: 'sample-course-copy-2' }, learner.token);
    // The process keeps the catalog until it hears of the new courses.
    const courses = await eventually(listed, (found) => found.length === 3);
    const ofThree = await acknowledgementReads();

    expect(courses.map(({ slug, disclosuresAcknowledgedAt }) => [slug, disclosuresAcknowledgedAt !== null]).sort()).toEqual([
      ['sample-course', true],
      ['sample-course-copy-1', false],
      ['sample-course-copy-2', true],
    ]);
    expect([ofOne, ofThree]).toEqual([1, 1]);
  });

  it('cannot be changed or deleted once recorded', async () => {
    const learner = await createAccount(api.dataSource, ['LEARNER']);
    await api.graphql(ACKNOWLEDGE, { slug: 'sample-course' }, learner.token);

    await expect(api.dataSource.query(`DELETE FROM disclosure_acknowledgement WHERE user_id = $1`, [learner.id])).rejects.toThrow(/is a record/);
    await expect(
      api.dataSource.query(`UPDATE disclosure_acknowledgement SET acknowledged_at = now() WHERE user_id = $1`, [learner.id]),
    ).rejects.toThrow(/is a record/);
  });
});
