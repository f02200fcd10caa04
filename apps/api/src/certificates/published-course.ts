import { publishedTermsOf, publishedVersionBySlug } from '../catalog/published-courses.records';
import { PlatformError } from '../common/errors';
import type { Database } from '../database/typed-sql';

export type PublishedTerms = NonNullable<Awaited<ReturnType<typeof publishedTermsOf>>>;

/** The id of a published course, or NOT_FOUND in words an admin can act on. */
export async function publishedCourseId(db: Database, slug: string): Promise<string> {
  const published = await publishedVersionBySlug(db, slug);
  if (!published) throw notPublished(slug);
  return published.courseId;
}

/** The terms a published course's certificate is issued on, or NOT_FOUND. */
export async function publishedTermsBySlug(db: Database, slug: string): Promise<PublishedTerms> {
  const terms = await publishedTermsOf(db, { slug });
  if (!terms) throw notPublished(slug);
  return terms;
}

function notPublished(slug: string): PlatformError {
  return new PlatformError('NOT_FOUND', `No published course has the slug "${slug}".`);
}
