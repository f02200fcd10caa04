import type { Accreditation, CertificatePolicy, Disclosures, EvaluationForm } from '@ptp/content';
import { expressionBuilder, sql, type Expression, type Insertable, type NotNull } from 'kysely';
import { jsonBuildObject } from 'kysely/helpers/postgres';
import { deepFreeze, writtenInThisTransaction } from '../common/immutable-cache';
import { asJsonb, asJsonText } from '../database/json-text';
import type { DB } from '../database/schema';
import { compiledOnce, typedSql, type Database, type TypedSql } from '../database/typed-sql';
import type { Accreditation as AccreditationShown, Disclosures as DisclosuresShown } from './accreditation.types';
import type { CourseAbout, CourseModule, SourceProvenance, Course } from './catalog.types';
import { courseContent } from './course-content';
import { referencesOfVersion, type VersionContent } from './course-content.records';

/** Statements on course and course_version: a course's identity, its versions, and which one is published. */

export interface CompletionRules {
  requireModuleQuizzes: boolean;
  requireFinalExam: boolean;
}

/** What a learner must do in a course, as its published version has it. */
export interface PublishedOutline {
  modules: CourseModule[];
  finalQuizId: string | null;
  rules: CompletionRules;
}

export interface PublishedCourse {
  course: Course;
  outline: PublishedOutline;
}

/** Published courses with their published version's id, to join: `courseId`, `courseSlug`, `versionId`. */
export const publishedCourseVersions = () =>
  expressionBuilder<DB, never>()
    .selectFrom('course')
    .where('publishedVersionId', 'is not', null)
    .select(['id as courseId', 'slug as courseSlug', 'publishedVersionId as versionId'])
    .$narrowType<{ versionId: NotNull }>();

/** Courses as other features' statements join them: the one way those read `course`. */
export const coursesToJoin = () => expressionBuilder<DB, never>().selectFrom('course').select(['id', 'slug']);

/** Course versions as other features' statements join them: the one way those read `course_version`. */
export const courseVersionsToJoin = () =>
  expressionBuilder<DB, never>().selectFrom('courseVersion').select(['id', 'courseId', 'version', 'title', 'summary', 'contentHash', 'releasedAt', 'accreditation']);

/** Courses (`c`) with their published version (`v`): the one place that says which version a course publishes. */
function coursesAsPublished(db: TypedSql) {
  return db.selectFrom('course as c').innerJoin('courseVersion as v', 'v.id', 'c.publishedVersionId');
}

/** The version number a course publishes now, for another feature's statement; null when it publishes none. */
export function publishedVersionNumberOf(courseId: Expression<string>) {
  return expressionBuilder<DB, never>()
    .selectFrom('course as pc')
    .innerJoin('courseVersion as pv', 'pv.id', 'pc.publishedVersionId')
    .select('pv.version')
    .where('pc.id', '=', courseId)
    .$asScalar();
}

/** The course as its published version presents it; courses with no published version are not found. */
function publishedVersions(db: TypedSql) {
  return coursesAsPublished(db).select((published) => [
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
  return publishedVersions(typedSql(db)).orderBy('v.title').orderBy('c.slug').execute();
}

/** Published courses with their completion rules, to be narrowed to some. */
function publishedCoursesWithRules(db: TypedSql) {
  return publishedVersions(db).select((published) => published.ref('v.completionRules').$castTo<CompletionRules>().as('rules'));
}

const publishedCoursesWithIds = compiledOnce((db, { courseIds }: { courseIds: string[] }) =>
  publishedCoursesWithRules(db).where('c.id', '=', sql<string>`ANY(${courseIds}::uuid[])`),
);

const publishedCourseWithSlug = compiledOnce((db, { slug }: { slug: string }) => publishedCoursesWithRules(db).where('c.slug', '=', slug));

export type PublishedCourseRow = Awaited<ReturnType<typeof publishedCourseWithSlug>>[number];

/**
 * The row of the course `courseId` as it publishes now (as publishedCourseRowBySlug answers it),
 * for another feature's statement; no row when it publishes nothing. Complete it with
 * withPublishedContent.
 */
export function publishedCourseRowOf(db: TypedSql, courseId: Expression<string>) {
  return publishedCoursesWithRules(db).where('c.id', '=', courseId);
}

/**
 * Published courses with their modules, lessons and completion rules, keyed by course id, in one
 * statement (the content is read once per process).
 */
async function withContent(db: Database, rows: PublishedCourseRow[]): Promise<Map<string, PublishedCourse>> {
  const content = await courseContent(db, rows.map((row) => row.versionId));
  return new Map(
    rows.map(({ rules, ...course }) => [
      course.id,
      { course, outline: { modules: content.get(course.versionId) ?? [], finalQuizId: course.finalQuizId, rules } },
    ]),
  );
}

export async function publishedCoursesById(db: Database, courseIds: readonly string[]): Promise<Map<string, PublishedCourse>> {
  return withContent(db, await publishedCoursesWithIds(db, { courseIds: [...courseIds] }));
}

export async function publishedCourseBySlug(db: Database, slug: string): Promise<PublishedCourse | null> {
  const row = await publishedCourseRowBySlug(db, slug);
  return row && withPublishedContent(db, row);
}

/** The course with this slug as its published version presents it, without the content; null when unknown or unpublished. */
export async function publishedCourseRowBySlug(db: Database, slug: string): Promise<PublishedCourseRow | null> {
  const [row] = await publishedCourseWithSlug(db, { slug });
  return row ? deepFreeze(row) : null;
}

/** The row completed with its version's modules, lessons and completion rules. */
export async function withPublishedContent(db: Database, row: PublishedCourseRow): Promise<PublishedCourse> {
  return (await withContent(db, [row])).get(row.id)!;
}

/** The rows completed so, keyed by course id. */
export function withPublishedContents(db: Database, rows: PublishedCourseRow[]): Promise<Map<string, PublishedCourse>> {
  return withContent(db, rows);
}

/** A course version, published or not, with the content hash a sign-off names. */
export async function findCourseVersion(db: Database, versionId: string) {
  const found = await typedSql(db).selectFrom('courseVersion').select(['id', 'contentHash', 'version', 'title']).where('id', '=', versionId).executeTakeFirst();
  return found ?? null;
}

/** The id, version and title of a course's published version; null when the course is unknown or unpublished. */
export async function publishedVersionBySlug(db: Database, slug: string): Promise<{ courseId: string; versionId: string; title: string } | null> {
  const found = await coursesAsPublished(typedSql(db))
    .where('c.slug', '=', slug)
    .select(['c.id as courseId', 'v.id as versionId', 'v.title'])
    .executeTakeFirst();
  return found ?? null;
}

/** The published version of a course, and whether it states disclosures; null when the course is unknown or unpublished. */
export async function publishedDisclosuresBySlug(db: Database, slug: string) {
  const found = await coursesAsPublished(typedSql(db))
    .where('c.slug', '=', slug)
    .select(['c.id as courseId', 'v.id as versionId', 'v.version', sql<boolean>`v.disclosures IS NOT NULL`.as('statesDisclosures')])
    .executeTakeFirst();
  return found ?? null;
}

/** A lesson of a course's published version, with that course and version; lessons of other versions are not found. */
export async function publishedLesson(db: Database, lessonId: string) {
  const found = await coursesAsPublished(typedSql(db))
    .innerJoin('lesson as l', 'l.courseVersionId', 'v.id')
    .where('l.id', '=', lessonId)
    .select(['l.id', 'l.slug', 'l.title', 'l.position', 'c.id as courseId', 'v.title as courseTitle', 'v.id as versionId'])
    .executeTakeFirst();
  return found ?? null;
}

/**
 * The terms a certificate for a course is issued on, as its published version states them; a
 * course with no published version, or no course, has none.
 */
export function publishedTermsOf(db: Database, course: { id: string } | { slug: string }) {
  return coursesAsPublished(typedSql(db))
    .select((terms) => [
      'c.id as courseId',
      'v.id as versionId',
      'v.version',
      'v.title as courseTitle',
      terms.cast<number>('v.creditHours', 'float8').as('creditHours'),
      // Written from a checked content file.
      terms.ref('v.certificatePolicy').$castTo<CertificatePolicy>().as('policy'),
    ])
    .where((terms) => ('id' in course ? terms('c.id', '=', course.id) : terms('c.slug', '=', course.slug)))
    .executeTakeFirst();
}

/** The id of a course, published or not; null when no course has the slug. */
export async function courseIdBySlug(db: Database, slug: string): Promise<string | null> {
  const found = await typedSql(db).selectFrom('course').where('slug', '=', slug).select('id').executeTakeFirst();
  return found?.id ?? null;
}

/** Who course versions are for, what they do not cover, their source's provenance and every reference they cite, as JSON text. */
export function readCourseAbout(db: Database, versionIds: readonly string[]): Promise<VersionContent<CourseAbout>[]> {
  return typedSql(db)
    .selectFrom('courseVersion as v')
    .where('v.id', '=', sql<string>`ANY(${[...versionIds]}::uuid[])`)
    .select((versions) => [
      'v.id as versionId',
      sql<boolean>`${sql.raw(writtenInThisTransaction('v'))}`.as('writtenNow'),
      asJsonText(
        jsonBuildObject({
          audience: versions.ref('v.audience'),
          scope: versions.ref('v.scope'),
          // Written from a checked content file.
          sourceProvenance: versions.ref('v.sourceProvenance').$castTo<SourceProvenance | null>(),
          estimatedMinutes: versions.ref('v.estimatedMinutes'),
          references: referencesOfVersion(versions.ref('v.id')),
          // Written from checked content files, in the package's shape, which the GraphQL types share.
          accreditation: versions.ref('v.accreditation').$castTo<AccreditationShown | null>(),
          disclosures: versions.ref('v.disclosures').$castTo<DisclosuresShown | null>(),
        }),
      ).as('content'),
    ])
    .execute();
}

/** The course with the slug, created unpublished if there is none yet. */
export async function courseWithSlug(db: Database, slug: string): Promise<{ id: string }> {
  const created = await typedSql(db).insertInto('course').values({ slug }).onConflict((conflict) => conflict.column('slug').doNothing()).returning('id').executeTakeFirst();
  return created ?? typedSql(db).selectFrom('course').where('slug', '=', slug).select('id').executeTakeFirstOrThrow();
}

/** The version of the course imported from exactly this content, if there is one. */
export function versionWithContentHash(db: Database, courseId: string, contentHash: string): Promise<{ version: number } | undefined> {
  return typedSql(db)
    .selectFrom('courseVersion')
    .where('courseId', '=', courseId)
    .where('contentHash', '=', contentHash)
    .select('version')
    .executeTakeFirst();
}

export type NewCourseVersion = Omit<
  Insertable<DB['courseVersion']>,
  'version' | 'completionRules' | 'certificatePolicy' | 'sourceProvenance' | 'accreditation' | 'disclosures' | 'evaluation'
> & {
  completionRules: CompletionRules;
  certificatePolicy: CertificatePolicy;
  sourceProvenance: SourceProvenance | null;
  accreditation: Accreditation;
  disclosures: Disclosures;
  evaluation: EvaluationForm;
};

/** The course's next version, numbered after its latest; the caller holds the course's import lock. */
export function insertCourseVersion(db: Database, version: NewCourseVersion): Promise<{ id: string; version: number }> {
  const { completionRules, certificatePolicy, sourceProvenance, accreditation, disclosures, evaluation, ...columns } = version;
  return typedSql(db)
    .insertInto('courseVersion')
    .values((values) => ({
      ...columns,
      version: values
        .selectFrom('courseVersion')
        .where('courseId', '=', version.courseId)
        .select(sql<number>`COALESCE(max(version), 0) + 1`.as('next'))
        .$asScalar()
        .$castTo<number>(),
      completionRules: asJsonb(completionRules),
      certificatePolicy: asJsonb(certificatePolicy),
      sourceProvenance: sourceProvenance && asJsonb(sourceProvenance),
      accreditation: asJsonb(accreditation),
      disclosures: asJsonb(disclosures),
      evaluation: asJsonb(evaluation),
    }))
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
}

/** Learners see this version of the course from now on; its release date is the first time it was published. */
export async function publishCourseVersion(db: Database, courseId: string, versionId: string): Promise<void> {
  await typedSql(db).updateTable('course').set({ publishedVersionId: versionId }).where('id', '=', courseId).execute();
  await typedSql(db).updateTable('courseVersion').set({ releasedAt: sql<Date>`now()` }).where('id', '=', versionId).where('releasedAt', 'is', null).execute();
}
