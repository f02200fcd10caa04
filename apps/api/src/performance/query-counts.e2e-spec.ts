import { rmSync } from 'node:fs';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { ContentImportService } from '../content-import/content-import.service';
import { QUEUE_INSTALLED_CHECK } from '../jobs/job-queue.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { writeSizedCourse } from '../testing/sized-course';
import { createTestApp, type TestApp } from '../testing/test-app';

const SMALL = 10;
const LARGE = 1_000;
const SIZES = [SMALL, LARGE] as const;
/** The most answers one request may carry. */
const MAX_ANSWERS = 200;

const COURSE_PAGE = `query CoursePage($slug: String!) {
  course(slug: $slug) {
    id title
    modules { slug lessons { slug html sourcePassages { anchor text } } quiz { id title questionCount myAttempts { id } } }
    finalQuiz { id title }
    myProgress { percent modules { slug status lessons { slug completed } } nextStep { kind quiz { id } } }
  }
}`;
const MY_COURSES = `{ myCourses { percent course { slug modules { lessons { slug } } } modules { slug lessons { completed } } nextStep { kind } } }`;
const COHORT = `query Cohort($slug: String!, $first: Int, $after: String) {
  cohortReport(courseSlug: $slug, first: $first, after: $after) {
    edges { node { name status percent modules { slug title status bestQuizScore } } } pageInfo { endCursor }
  }
}`;
const USERS = `query Users($first: Int) { users(first: $first) { edges { node { email name roles createdAt } } } }`;
const ATTEMPT_FIELDS = `id status score questions { id prompt options { id text } } savedAnswers { questionId optionIds }`;
const START = `mutation Start($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT_FIELDS} } }`;
const SAVE = `mutation Save($attemptId: ID!, $answers: [AnswerInput!]!) {
  saveQuizAnswers(attemptId: $attemptId, answers: $answers) { ${ATTEMPT_FIELDS} }
}`;
const SUBMIT = `mutation Submit($attemptId: ID!, $answers: [AnswerInput!]!) {
  submitQuizAttempt(attemptId: $attemptId, answers: $answers) { ${ATTEMPT_FIELDS} feedback { questionId correct passage { anchor } } }
}`;
/**
 * Was 15 before grading stopped re-reading the attempt and progress stopped reading it a third
 * time, 13 before progress read the published course with the enrolment, and 12 before the
 * attempt's learning event was recorded in the statement that takes the enrolment's lock.
 */
const SUBMIT_STATEMENTS = 11;
const READ = `query Read($id: ID!) { attempt(id: $id) { ${ATTEMPT_FIELDS} feedback { questionId correct } } }`;

const slugOf = (size: number) => `size-${size}`;
/** Where a version's modules, lessons and passages live. */
const CONTENT_TABLES = /\b(course_module|lesson|lesson_passage|source_passage)\b/;

/** Every statement the application's data source sends, caught before it runs. */
function statementLog(dataSource: DataSource) {
  const statements: string[] = [];
  // The job queue's look for its tables runs on a timer, not for any request.
  const subscriber: EntitySubscriberInterface = {
    beforeQuery: (event) => void (event.query !== QUEUE_INSTALLED_CHECK && statements.push(event.query)),
  };
  dataSource.subscribers.push(subscriber);
  return async (work: () => Promise<unknown>): Promise<string[]> => {
    statements.length = 0;
    await work();
    return statements.splice(0);
  };
}

/** Published courses `name`-1 to `name`-`copies` with the modules and lessons of `slug`, each with the learner enrolled. */
async function copyCourse(dataSource: DataSource, slug: string, name: string, copies: number, learnerId: string): Promise<void> {
  const [source] = await dataSource.query(`SELECT published_version_id AS id FROM course WHERE slug = $1`, [slug]);
  const copySlugs = `${name}-%`;
  await dataSource.query(
    `WITH copies AS (INSERT INTO course (slug) SELECT $1 || '-' || g FROM generate_series(1, $3) g RETURNING id)
     INSERT INTO course_version (course_id, version, content_hash, title, summary, credit_hours, source_title, completion_rules, certificate_policy)
     SELECT copies.id, 1, v.content_hash, v.title, v.summary, v.credit_hours, v.source_title, v.completion_rules, v.certificate_policy
       FROM copies, course_version v WHERE v.id = $2`,
    [name, source.id, copies],
  );
  await dataSource.query(
    `UPDATE course c SET published_version_id = v.id FROM course_version v WHERE v.course_id = c.id AND c.slug LIKE $1`,
    [copySlugs],
  );
  await dataSource.query(
    `INSERT INTO course_module (course_version_id, slug, title, position, objectives)
     SELECT c.published_version_id, m.slug, m.title, m.position, m.objectives
       FROM course c CROSS JOIN course_module m WHERE c.slug LIKE $1 AND m.course_version_id = $2`,
    [copySlugs, source.id],
  );
  await dataSource.query(
    `INSERT INTO lesson (course_version_id, module_id, slug, title, position, markdown, html)
     SELECT copy.course_version_id, copy.id, l.slug, l.title, l.position, l.markdown, l.html
       FROM course c
       JOIN course_module copy ON copy.course_version_id = c.published_version_id
       JOIN course_module original ON original.course_version_id = $2 AND original.slug = copy.slug
       JOIN lesson l ON l.module_id = original.id
      WHERE c.slug LIKE $1`,
    [copySlugs, source.id],
  );
  await dataSource.query(
    `INSERT INTO enrolment (user_id, course_id, summary_version_id)
     SELECT $2, id, published_version_id FROM course WHERE slug LIKE $1`,
    [copySlugs, learnerId],
  );
}

describe(`SQL statements per operation, with lists of ${SMALL} and of ${LARGE}`, () => {
  let api: TestApp;
  let statementsOf: ReturnType<typeof statementLog>;
  const learners: Record<number, TestAccount> = {};
  const firstVisits: Record<number, { first: string[]; again: string[] }> = {};

  async function expectNoErrors(query: string, variables: Record<string, unknown>, token: string) {
    const response = await api.graphql(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  /** The statements one request sends, and its answer. */
  async function measured(query: string, variables: Record<string, unknown>, token: string) {
    let data: Record<string, any> = {};
    const statements = await statementsOf(async () => (data = await expectNoErrors(query, variables, token)));
    return { statements, data };
  }

  beforeAll(async () => {
    api = await createTestApp();
    statementsOf = statementLog(api.dataSource);
    for (const size of SIZES) {
      const contentRoot = writeSizedCourse(slugOf(size), size);
      await new ContentImportService(api.dataSource).importRoot(contentRoot);
      rmSync(contentRoot, { recursive: true });
      learners[size] = await createAccount(api.dataSource);
      // Before anything reads the new version: the first page reads its content, the second must not.
      const first = await measured(COURSE_PAGE, { slug: slugOf(size) }, learners[size].token);
      const again = await measured(COURSE_PAGE, { slug: slugOf(size) }, learners[size].token);
      firstVisits[size] = { first: first.statements, again: again.statements };
      await expectNoErrors(`mutation { enroll(courseSlug: "${slugOf(size)}") { id } }`, {}, learners[size].token);
      const [lesson] = await api.dataSource.query(
        `SELECT l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id WHERE c.slug = $1 AND l.slug = 'lesson-1'`,
        [slugOf(size)],
      );
      await expectNoErrors(`mutation { completeLesson(lessonId: "${lesson.id}") { completed } }`, {}, learners[size].token);
    }
    await api.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, roles)
       SELECT 'cohort-' || g || '@example.test', 'Learner ' || g, 'no-password', ARRAY['LEARNER'] FROM generate_series(1, $1) g`,
      [LARGE],
    );
  }, 300_000);

  afterAll(() => api.close());

  it('a course page costs the same statements however many modules, lessons, passages and quizzes it shows', async () => {
    const [small, large] = SIZES.map((size) => firstVisits[size]);
    expect(large.first).toHaveLength(small.first.length);
    expect(large.again).toHaveLength(small.again.length);
    // A published version's content is read once; after that, only the viewer's own rows are.
    expect(small.again.length).toBeLessThan(small.first.length);
    expect(small.again.join('\n')).not.toMatch(CONTENT_TABLES);

    const enrolled = [];
    for (const size of SIZES) {
      // Importing a course made every process forget which versions courses publish; one page reads it again.
      await expectNoErrors(COURSE_PAGE, { slug: slugOf(size) }, learners[size].token);
      const page = await measured(COURSE_PAGE, { slug: slugOf(size) }, learners[size].token);
      expect(page.data.course.modules).toHaveLength(size);
      expect(page.data.course.myProgress.modules[0].lessons[0].completed).toBe(true);
      enrolled.push(page.statements);
    }
    expect(enrolled[1]).toHaveLength(enrolled[0].length);
    expect(enrolled[0].join('\n')).not.toMatch(CONTENT_TABLES);
    // Which version a course publishes is known from memory until a course changes.
    expect(enrolled[0].filter((statement) => /\bFROM "?course"?( AS)? "?c"?\s/i.test(statement))).toHaveLength(0);
    // Nothing asked for the viewer before their progress, so one statement finds both.
    const viewerStatements = enrolled[0].filter((statement) => /\bFROM "?session"?/i.test(statement));
    expect(viewerStatements).toHaveLength(1);
    expect(viewerStatements[0]).toMatch(/\bFROM "?enrolment"?/i);
  });

  it(`a page of the cohort report costs the same statements for 10 learners as for 100, and for ${SMALL} modules as for ${LARGE}`, async () => {
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    await api.dataSource.query(
      `INSERT INTO enrolment (user_id, course_id, summary_version_id)
       SELECT u.id, c.id, c.published_version_id FROM app_user u, course c WHERE u.email LIKE 'cohort-%' AND c.slug = ANY($1)`,
      [SIZES.map(slugOf)],
    );
    const counts = [];
    for (const [size, first] of [[SMALL, SMALL], [SMALL, 100], [LARGE, SMALL]]) {
      const page = await measured(COHORT, { slug: slugOf(size), first }, instructor.token);
      expect(page.data.cohortReport.edges).toHaveLength(first);
      expect(page.data.cohortReport.edges[0].node.modules).toHaveLength(size);
      const next = await measured(COHORT, { slug: slugOf(size), first, after: page.data.cohortReport.pageInfo.endCursor }, instructor.token);
      counts.push(page.statements.length, next.statements.length);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it(`the learner dashboard costs the same statements for ${SMALL} courses as for ${LARGE}`, async () => {
    const counts = [];
    for (const size of SIZES) {
      const learner = await createAccount(api.dataSource);
      await copyCourse(api.dataSource, slugOf(SMALL), `dashboard-of-${size}`, size, learner.id);
      const dashboard = await measured(MY_COURSES, {}, learner.token);
      expect(dashboard.data.myCourses).toHaveLength(size);
      counts.push(dashboard.statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it(`a quiz attempt costs the same statements with ${SMALL} questions as with ${LARGE}`, async () => {
    const steps = [];
    for (const size of SIZES) {
      const learner = learners[size];
      const [{ finalQuizId }] = await api.dataSource.query(
        `SELECT v.final_quiz_id AS "finalQuizId" FROM course c JOIN course_version v ON v.id = c.published_version_id WHERE c.slug = $1`,
        [slugOf(size)],
      );
      const start = await measured(START, { quizId: finalQuizId }, learner.token);
      const attempt = start.data.startQuizAttempt;
      expect(attempt.questions).toHaveLength(size);
      // Some questions left unanswered at both sizes, so both submits also read the answers saved before.
      const answers = attempt.questions
        .slice(0, Math.min(MAX_ANSWERS, size - 1))
        .map((question: { id: string; options: { id: string }[] }) => ({ questionId: question.id, optionIds: [question.options[0].id] }));
      const save = await measured(SAVE, { attemptId: attempt.id, answers }, learner.token);
      const submit = await measured(SUBMIT, { attemptId: attempt.id, answers }, learner.token);
      expect(submit.data.submitQuizAttempt.feedback).toHaveLength(size);
      const read = await measured(READ, { id: attempt.id }, learner.token);
      steps.push([start, save, submit, read].map((step) => step.statements.length));
      // A published quiz version's questions and answer keys are read once, when its first attempt starts.
      expect([save, submit, read].flatMap((step) => step.statements).join('\n')).not.toMatch(/\bFROM "?question"?\s/i);
    }
    expect(steps[1]).toEqual(steps[0]);
    // Submitting: the viewer's session; in one transaction the attempt's lock, the answers saved
    // before (some questions are left unanswered), one statement closing the attempt with every
    // answer's credit, then progress: the enrolment's lock with the learning event, the published
    // course with the learner's records, and the summary; then the answer's saved answers and the
    // passages its feedback cites. The attempt is not read again: the transaction knows it.
    expect(steps[0][2]).toBe(SUBMIT_STATEMENTS);
  });

  it('a page of the users list costs the same statements for 10 accounts as for 100', async () => {
    const admin = await createAccount(api.dataSource, ['ADMIN']);
    const counts = [];
    for (const first of [SMALL, 100]) {
      const page = await measured(USERS, { first }, admin.token);
      expect(page.data.users.edges).toHaveLength(first);
      counts.push(page.statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
