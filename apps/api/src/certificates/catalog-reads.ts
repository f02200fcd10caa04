import { PlatformError } from '../common/errors';
import { typedSql, type Database } from '../database/typed-sql';

/** Reads of catalog's tables that its records do not offer yet: to move there. */

/** The id of a published course, or NOT_FOUND in words an admin can act on. */
export async function publishedCourseId(db: Database, slug: string): Promise<string> {
  const course = await typedSql(db).selectFrom('course').select('id').where('slug', '=', slug).where('publishedVersionId', 'is not', null).executeTakeFirst();
  if (!course) throw new PlatformError('NOT_FOUND', `No published course has the slug "${slug}".`);
  return course.id;
}
