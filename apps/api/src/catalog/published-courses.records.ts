import { sql } from 'kysely';
import { typedSql, type Database } from '../database/typed-sql';
import type { Course, CourseModule } from './catalog.types';
import { courseContent } from './course-content';

export interface CompletionRules {
  requireModuleQuizzes: boolean;
  requireFinalExam: boolean;
}

/** What a learner must do in a course, as its published version has it. */
export interface PublishedOutline {
  modules: CourseModule[];
  finalQuizId: string | null;
  rules: CompletionRules;
  /** Attempts allowed per quiz id, as its published version says; null means unlimited. */
  maxAttempts: Record<string, number | null>;
}

export interface PublishedCourse {
  course: Course;
  outline: PublishedOutline;
}

/** The course as its published version presents it; courses with no published version are not found. */
function publishedVersions(db: Database) {
  return typedSql(db)
    .selectFrom('course as c')
    .innerJoin('courseVersion as v', 'v.id', 'c.publishedVersionId')
    .select((published) => [
      'c.id',
      'c.slug',
      'v.id as versionId',
      'v.version',
      'v.title',
      'v.summary',
      published.cast<number>('v.creditHours', 'float8').as('creditHours'),
      'v.sourceTitle',
      'v.finalQuizId',
      sql<string>`${published.ref('v.certificatePolicy')}->>'attestation'`.as('attestation'),
    ]);
}

/** Every published course, by title. */
export function listPublishedCourses(db: Database): Promise<Course[]> {
  return publishedVersions(db).orderBy('v.title').orderBy('c.slug').execute();
}

/**
 * Published courses with their modules, lessons, completion rules and quiz limits, keyed by course
 * id: everything the progress rules need, in one statement (the content is read once per process).
 */
async function readPublishedCourses(
  db: Database,
  which: (query: ReturnType<typeof publishedVersions>) => ReturnType<typeof publishedVersions>,
): Promise<Map<string, PublishedCourse>> {
  const rows = await which(publishedVersions(db))
    .select((published) => [
      published.ref('v.completionRules').$castTo<CompletionRules>().as('rules'),
      // A quiz's published version changes without a new course version, so its limit is read every time.
      published.fn
        .coalesce(
          published
            .selectFrom('quiz as q')
            .innerJoin('quizVersion as qv', 'qv.id', 'q.publishedVersionId')
            .whereRef('q.courseId', '=', 'c.id')
            .select((quizzes) => quizzes.fn<Record<string, number | null>>('json_object_agg', ['q.id', 'qv.maxAttempts']).as('limits'))
            .$asScalar(),
          sql<Record<string, number | null>>`'{}'`,
        )
        .as('maxAttempts'),
    ])
    .execute();
  const content = await courseContent(db, rows.map((row) => row.versionId));
  return new Map(
    rows.map(({ rules, maxAttempts, ...course }) => [
      course.id,
      { course, outline: { modules: content.get(course.versionId)!, finalQuizId: course.finalQuizId, rules, maxAttempts } },
    ]),
  );
}

export function publishedCoursesById(db: Database, courseIds: readonly string[]): Promise<Map<string, PublishedCourse>> {
  return readPublishedCourses(db, (query) => query.where('c.id', '=', sql<string>`ANY(${[...courseIds]}::uuid[])`));
}

export async function publishedCourseBySlug(db: Database, slug: string): Promise<PublishedCourse | null> {
  const [course] = (await readPublishedCourses(db, (query) => query.where('c.slug', '=', slug))).values();
  return course ?? null;
}
