import { deepFreeze, ImmutableCache, type Queryable, type ReadValue } from '../common/immutable-cache';
import { parseJsonText } from '../database/json-text';
import type { Database } from '../database/typed-sql';
import type { CourseModule } from './catalog.types';
import { readCourseContent, type VersionContent } from './course-content.records';

/** Characters of JSON: hundreds of course versions like the first course, a small part of the API's memory. */
export const KEPT_CHARACTERS = 8 * 1024 * 1024;

/** Each id answered: what was read, frozen, or `unknown` for a version not found (for content: one with no modules). */
export function asRead<Value>(versionIds: string[], rows: VersionContent<Value>[], unknown: Value): Map<string, ReadValue<Value>> {
  const found = new Map<string, ReadValue<Value>>(
    rows.map(({ versionId, writtenNow, content }) => [
      versionId,
      { value: deepFreeze(parseJsonText(content)), size: content.length, keep: !writtenNow },
    ]),
  );
  return new Map(versionIds.map((id) => [id, found.get(id) ?? { value: unknown, size: 0, keep: false }]));
}

// The cache hands its reader the data source or transaction manager its caller gave.
export const database = (db: Queryable) => db as Database;

/**
 * The modules, lessons and cited passages of course versions. A version's content is written in
 * the transaction that creates it and is never edited after, so it is read once per process.
 */
const versions = new ImmutableCache<CourseModule[]>(KEPT_CHARACTERS, async (db, versionIds) =>
  asRead(versionIds, await readCourseContent(database(db), versionIds), []),
);

/** Kept copies are frozen: a caller that changed one would change it for every request. */
export function courseContent(db: Queryable, versionIds: readonly string[]): Promise<Map<string, CourseModule[]>> {
  return versions.get(db, versionIds);
}
