import type { CitedSource } from '@ptp/content';
import { sql } from 'kysely';
import { publishedCourseVersions } from '../catalog/published-courses.records';
import { typedSql, type Database } from '../database/typed-sql';

/** Statements on `source_fingerprint`: each course version's passages and references as citations rely on them. Written once, never changed. */

export type CitedKind = CitedSource['kind'];

export interface SourceAsCited {
  kind: CitedKind;
  key: string;
  fingerprint: string;
  reviewText: string;
}

export async function insertSourceFingerprints(db: Database, courseVersionId: string, sources: SourceAsCited[]): Promise<void> {
  if (sources.length === 0) return;
  await typedSql(db)
    .insertInto('sourceFingerprint')
    .values(sources.map((source) => ({ courseVersionId, citedKind: source.kind, citedKey: source.key, fingerprint: source.fingerprint, reviewText: source.reviewText })))
    .execute();
}

/** The passages and references of the course's published version as recorded with it; none before the first import. */
export async function publishedSourceFingerprints(db: Database, courseId: string): Promise<{ versionId: string | null; sources: SourceAsCited[] }> {
  const published = await typedSql(db)
    .selectFrom(publishedCourseVersions().as('c'))
    .where('c.courseId', '=', courseId)
    .select('c.versionId')
    .executeTakeFirst();
  if (!published) return { versionId: null, sources: [] };
  const sources = await typedSql(db)
    .selectFrom('sourceFingerprint as s')
    .where('s.courseVersionId', '=', published.versionId)
    .select([sql<CitedKind>`s.cited_kind`.as('kind'), 's.citedKey as key', 's.fingerprint', 's.reviewText'])
    .execute();
  return { versionId: published.versionId, sources };
}
