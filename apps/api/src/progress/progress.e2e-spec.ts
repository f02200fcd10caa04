import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AttemptStatus } from '../attempts/attempts.types';
import { ContentImportService } from '../content-import/content-import.service';
import { createAccount, type TestAccount } from '../testing/factories';
import { createTestApp, fixturesRoot, type TestApp } from '../testing/test-app';
import { AttemptFollowers } from '../attempts/attempt-followers';
import { findAttempt } from '../attempts/attempt-records';

const ENROLL = `mutation($slug: String!) { enroll(courseSlug: $slug) { id enrolledAt course { slug } progress { status percent } } }`;
const COMPLETE = `mutation($lessonId: ID!, $seconds: Int) {
  completeLesson(lessonId: $lessonId, timeSpentSeconds: $seconds) { slug completed completedAt timeSpentSeconds courseProgress { percent } }
}`;
const PROGRESS = `query($slug: String!) { course(slug: $slug) { myProgress {
  status percent completedLessons totalLessons completedSteps totalSteps eligibleForCertificate completedAt
  finalExamPassed bestFinalExamScore finalExamAttemptsLeft
  modules { slug status complete completedLessons totalLessons quizRequired quizPassed bestQuizScore attemptsLeft lessons { slug completed } }
  resumeLesson { slug }
  nextStep { kind moduleSlug lesson { slug } quiz { slug title } }
} } }`;
const MY_COURSES = `{ myCourses { course { slug } percent bestFinalExamScore nextStep { kind } modules { slug bestQuizScore attemptsLeft } } }`;

describe('learner progress', () => {
  let api: TestApp;
  let followers: AttemptFollowers;
  let lessonIds: Record<string, string>;
  let learner: TestAccount;

  beforeAll(async () => {
    api = await createTestApp();
    await new ContentImportService(api.dataSource).importRoot(fixturesRoot);
    followers = api.app.get(AttemptFollowers);
    const lessons: { slug: string; id: string }[] = await api.dataSource.query(
      `SELECT l.slug, l.id FROM lesson l JOIN course c ON c.published_version_id = l.course_version_id WHERE c.slug = 'sample-course'`,
    );
    lessonIds = Object.fromEntries(lessons.map((lesson) => [lesson.slug, lesson.id]));
  });
  beforeEach(async () => {
    learner = await createAccount(api.dataSource);
  });
  afterAll(() => api.close());

  const myProgress = async (account = learner) => {
    const { data, errors } = await api.graphql(PROGRESS, { slug: 'sample-course' }, account.token);
    expect(errors).toBeUndefined();
    return data!.course.myProgress;
  };
  const complete = (slug: string, account = learner, seconds?: number) =>
    api.graphql(COMPLETE, { lessonId: lessonIds[slug], seconds }, account.token);

  /** What the quiz engine tells progress, in the transaction that starts or grades an attempt. */
  const tellProgress = async (manager: EntityManager, attemptId: string) => followers.tell(manager, (await findAttempt(manager, attemptId))!);

  /** An attempt as the quiz engine makes one: started, then graded, each in its own transaction. */
  async function gradedAttempt(quizSlug: string, score: number, account = learner): Promise<string> {
    const id = randomUUID();
    await api.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO quiz_attempt (id, quiz_id, quiz_version_id, user_id, attempt_number, questions)
         SELECT $1, q.id, q.published_version_id, $3,
                (SELECT count(*) + 1 FROM quiz_attempt a WHERE a.quiz_id = q.id AND a.user_id = $3), '[{}]'
           FROM quiz q WHERE q.slug = $2`,
        [id, quizSlug, account.id],
      );
      await tellProgress(manager, id);
    });
    await api.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE quiz_attempt a SET status = 'SUBMITTED', submitted_at = now(), score = $2::numeric, passed = $2::numeric >= v.passing_score
           FROM quiz_version v WHERE v.id = a.quiz_version_id AND a.id = $1`,
        [id, score],
      );
      await tellProgress(manager, id);
    });
    return id;
  }

  const eventCount = async (verb: string, account = learner) =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM learning_event WHERE actor_id = $1 AND verb = $2`, [account.id, verb]))[0].n;

  it('enrols a learner once however often they enrol', async () => {
    const first = await api.graphql(ENROLL, { slug: 'sample-course' }, learner.token);
    const second = await api.graphql(ENROLL, { slug: 'sample-course' }, learner.token);
    expect(first.errors).toBeUndefined();
    expect(second.data!.enroll).toEqual(first.data!.enroll);
    expect(first.data!.enroll).toMatchObject({ course: { slug: 'sample-course' }, progress: { status: 'NOT_STARTED', percent: 0 } });
    expect(await eventCount('ENROLLED')).toBe(1);
  });

  it('refuses to enrol in a course that does not exist', async () => {
    const { errors } = await api.graphql(ENROLL, { slug: 'no-such-course' }, learner.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('counts a lesson once when it is completed twice, keeping the first time spent', async () => {
    const first = await complete('first-lesson', learner, 120);
    const second = await complete('first-lesson', learner, 5);
    expect(first.errors).toBeUndefined();
    expect(second.data!.completeLesson).toEqual(first.data!.completeLesson);
    expect(first.data!.completeLesson).toMatchObject({ completed: true, timeSpentSeconds: 120, courseProgress: { percent: 20 } });
    expect(await myProgress()).toMatchObject({ completedLessons: 1, status: 'IN_PROGRESS' });
  });

  it('counts a lesson once when it is completed 20 times at the same time', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => complete('first-lesson')));
    expect(results.filter((result) => result.errors)).toEqual([]);
    const [summary] = await api.dataSource.query(`SELECT completed_lessons, percent::float8 FROM enrolment WHERE user_id = $1`, [learner.id]);
    expect(summary).toEqual({ completed_lessons: 1, percent: 20 });
    expect(await eventCount('COMPLETED')).toBe(1);
    expect(await eventCount('ENROLLED')).toBe(1);
  });

  it('counts every lesson when different lessons are completed at the same time', async () => {
    await Promise.all(['first-lesson', 'second-lesson', 'practising'].map((slug) => complete(slug)));
    const [summary] = await api.dataSource.query(`SELECT completed_lessons, percent::float8 FROM enrolment WHERE user_id = $1`, [learner.id]);
    expect(summary).toEqual({ completed_lessons: 3, percent: 60 });
  });

  it('refuses a time spent below zero or above a day', async () => {
    for (const seconds of [-1, 86_401]) {
      const { errors } = await complete('first-lesson', learner, seconds);
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a lesson that is not in a published course', async () => {
    const { errors } = await api.graphql(COMPLETE, { lessonId: randomUUID() }, learner.token);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('moves step by step through lessons, the module quiz and the final exam', async () => {
    await api.graphql(ENROLL, { slug: 'sample-course' }, learner.token);
    expect(await myProgress()).toMatchObject({
      status: 'NOT_STARTED', percent: 0, totalLessons: 3, totalSteps: 5,
      nextStep: { kind: 'READ_LESSON', moduleSlug: 'basics', lesson: { slug: 'first-lesson' }, quiz: null },
    });

    await complete('first-lesson');
    await complete('second-lesson');
    const lessonsRead = await myProgress();
    expect(lessonsRead).toMatchObject({ percent: 40, nextStep: { kind: 'TAKE_MODULE_QUIZ', quiz: { slug: 'basics-quiz', title: 'The basics' } } });
    expect(lessonsRead.modules[0]).toMatchObject({ status: 'IN_PROGRESS', complete: false, quizRequired: true, quizPassed: false, attemptsLeft: 3 });

    await gradedAttempt('basics-quiz', 50);
    expect((await myProgress()).modules[0]).toMatchObject({ complete: false, bestQuizScore: 50, attemptsLeft: 2 });

    await gradedAttempt('basics-quiz', 90);
    const modulePassed = await myProgress();
    expect(modulePassed.modules[0]).toMatchObject({ status: 'COMPLETE', complete: true, quizPassed: true, bestQuizScore: 90, attemptsLeft: 1 });
    expect(modulePassed).toMatchObject({ percent: 60, nextStep: { kind: 'READ_LESSON', moduleSlug: 'practice', lesson: { slug: 'practising' } } });

    await complete('practising');
    expect(await myProgress()).toMatchObject({
      percent: 80, status: 'IN_PROGRESS', eligibleForCertificate: false, finalExamPassed: false, finalExamAttemptsLeft: 2,
      nextStep: { kind: 'TAKE_FINAL_EXAM', moduleSlug: null, quiz: { slug: 'final-exam' } },
    });

    await gradedAttempt('final-exam', 75);
    expect(await myProgress()).toMatchObject({
      percent: 100, status: 'COMPLETE', completedSteps: 5, eligibleForCertificate: true, completedAt: expect.any(String),
      finalExamPassed: true, bestFinalExamScore: 75, finalExamAttemptsLeft: 1, nextStep: null,
    });
  });

  it('announces a completed course once, as course.completed naming the learner, the course and its version', async () => {
    const completions = () =>
      api.dataSource.query(`SELECT data FROM pgboss.job WHERE name = 'course.completed' AND data->>'userId' = $1`, [learner.id]);
    for (const slug of ['first-lesson', 'second-lesson', 'practising']) await complete(slug);
    await gradedAttempt('basics-quiz', 90);
    await gradedAttempt('final-exam', 40);
    expect(await completions()).toEqual([]);

    await gradedAttempt('final-exam', 80);
    const [{ id: courseId, versionId }] = await api.dataSource.query(
      `SELECT id, published_version_id AS "versionId" FROM course WHERE slug = 'sample-course'`,
    );
    const { completedAt } = await myProgress();
    expect(await completions()).toEqual([
      { data: { userId: learner.id, courseId, courseVersionId: versionId, completedAt: new Date(completedAt).toISOString() } },
    ]);
  });

  it('resumes at the lesson completed last', async () => {
    await complete('practising');
    await complete('first-lesson');
    expect((await myProgress()).resumeLesson).toEqual({ slug: 'first-lesson' });
  });

  it('records an attempt once when the quiz engine reports it twice', async () => {
    const attemptId = await gradedAttempt('final-exam', 40);
    await api.dataSource.transaction((manager) => tellProgress(manager, attemptId));
    await api.dataSource.transaction(async (manager) => {
      const graded = (await findAttempt(manager, attemptId))!;
      await followers.tell(manager, { ...graded, status: AttemptStatus.IN_PROGRESS, score: null, passed: null, submittedAt: null });
    });
    expect(await eventCount('STARTED')).toBe(1);
    expect(await eventCount('SUBMITTED')).toBe(1);
    const [event] = await api.dataSource.query(`SELECT result FROM learning_event WHERE object_id = $1 AND verb = 'SUBMITTED'`, [attemptId]);
    expect(event.result).toEqual({ score: 40, passed: false });
    expect((await myProgress()).finalExamAttemptsLeft).toBe(1);
  });

  it('enrols a learner who starts a quiz before enrolling', async () => {
    await gradedAttempt('basics-quiz', 100);
    expect(await myProgress()).toMatchObject({ status: 'IN_PROGRESS', percent: 20, modules: [{ quizPassed: true }, {}] });
  });

  it('shows no progress to anonymous visitors or to learners who have not enrolled', async () => {
    const anonymous = await api.graphql(`{ course(slug: "sample-course") { myProgress { percent } } }`);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.course.myProgress).toBeNull();
    expect(await myProgress()).toBeNull();
  });

  it('shows no progress through a session that has ended or expired, however far the learner got', async () => {
    await complete('first-lesson');
    for (const ended of [`revoked_at = now()`, `created_at = now() - interval '1 day', expires_at = now() - interval '1 second'`]) {
      const account = await createAccount(api.dataSource);
      await complete('first-lesson', account);
      await api.dataSource.query(`UPDATE session SET ${ended} WHERE user_id = $1`, [account.id]);
      expect(await myProgress(account)).toBeNull();
      expect((await api.graphql(`{ me { id } }`, {}, account.token)).data!.me).toBeNull();
    }
    expect(await myProgress()).toMatchObject({ completedLessons: 1 });
  });

  it('shows the same progress whether the page asked for the viewer before it or not', async () => {
    await complete('first-lesson');
    await complete('practising');
    const alone = await myProgress();
    const { data, errors } = await api.graphql(`query($slug: String!) { me { id } course(slug: $slug) { myProgress { percent completedLessons resumeLesson { slug } modules { slug lessons { slug completed } } } } }`, { slug: 'sample-course' }, learner.token);
    expect(errors).toBeUndefined();
    expect(data!.me).toEqual({ id: learner.id });
    expect(data!.course.myProgress).toEqual({
      percent: alone.percent,
      completedLessons: 2,
      resumeLesson: { slug: 'practising' },
      modules: alone.modules.map(({ slug, lessons }: { slug: string; lessons: unknown[] }) => ({ slug, lessons })),
    });
  });

  it("never shows one learner another's progress", async () => {
    await complete('first-lesson');
    const other = await createAccount(api.dataSource);
    expect(await myProgress(other)).toBeNull();
    await complete('practising', other);
    expect(await myProgress(other)).toMatchObject({ completedLessons: 1, resumeLesson: { slug: 'practising' } });
    expect(await myProgress()).toMatchObject({ completedLessons: 1, resumeLesson: { slug: 'first-lesson' } });
    const { data } = await api.graphql(MY_COURSES, {}, other.token);
    expect(data!.myCourses).toHaveLength(1);
    expect(data!.myCourses[0].percent).toBe(20);
  });

  it('lists my courses with progress, best scores, attempts left and the next step', async () => {
    await complete('first-lesson');
    await gradedAttempt('basics-quiz', 60);
    const { data, errors } = await api.graphql(MY_COURSES, {}, learner.token);
    expect(errors).toBeUndefined();
    expect(data!.myCourses).toEqual([
      {
        course: { slug: 'sample-course' },
        percent: 20,
        bestFinalExamScore: null,
        nextStep: { kind: 'READ_LESSON' },
        modules: [
          { slug: 'basics', bestQuizScore: 60, attemptsLeft: 2 },
          { slug: 'practice', bestQuizScore: null, attemptsLeft: null },
        ],
      },
    ]);
  });

  it('shows instructors the learner in the cohort report as they progress', async () => {
    await complete('first-lesson');
    await gradedAttempt('basics-quiz', 85);
    const instructor = await createAccount(api.dataSource, ['INSTRUCTOR']);
    const { data, errors } = await api.graphql(
      `query($search: String) { cohortReport(courseSlug: "sample-course", filter: { search: $search }) {
        edges { node { status percent completedLessons modules { status bestQuizScore } } } } }`,
      { search: learner.email },
      instructor.token,
    );
    expect(errors).toBeUndefined();
    expect(data!.cohortReport.edges).toEqual([
      {
        node: {
          status: 'IN_PROGRESS',
          percent: 40,
          completedLessons: 1,
          modules: [{ status: 'IN_PROGRESS', bestQuizScore: 85 }, { status: 'NOT_STARTED', bestQuizScore: null }],
        },
      },
    ]);
  });

  it('asks anonymous visitors to sign in before enrolling or completing lessons', async () => {
    const { errors } = await api.graphql(ENROLL, { slug: 'sample-course' });
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
