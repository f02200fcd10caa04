import type { CertificatePolicy } from '@ptp/content';
import { PlatformError } from '../common/errors';
import { typedSql, type Database } from '../database/typed-sql';

/** Reads of catalog's tables that its records do not offer yet: to move there. */

/**
 * The terms a certificate for a course is issued on, as its published version states them; a
 * course with no published version, or no course, has none.
 */
export function publishedTermsOf(db: Database, course: { id: string } | { slug: string }) {
  return typedSql(db)
    .selectFrom('course as c')
    .innerJoin('courseVersion as v', 'v.id', 'c.publishedVersionId')
    .select((eb) => [
      'c.id as courseId',
      'v.id as versionId',
      'v.title as courseTitle',
      eb.cast<number>('v.creditHours', 'float8').as('creditHours'),
      eb.ref('v.certificatePolicy').$castTo<CertificatePolicy>().as('policy'),
    ])
    .where((eb) => ('id' in course ? eb('c.id', '=', course.id) : eb('c.slug', '=', course.slug)))
    .executeTakeFirst();
}

export type PublishedTerms = NonNullable<Awaited<ReturnType<typeof publishedTermsOf>>>;

/** The id of a published course, or NOT_FOUND. */
export async function publishedCourseId(db: Database, slug: string): Promise<string> {
  const course = await typedSql(db).selectFrom('course').select('id').where('slug', '=', slug).where('publishedVersionId', 'is not', null).executeTakeFirst();
  if (!course) throw notPublished(slug);
  return course.id;
}

/** NOT_FOUND in words an admin can act on. */
export function notPublished(slug: string): PlatformError {
  return new PlatformError('NOT_FOUND', `No published course has the slug "${slug}".`);
}
