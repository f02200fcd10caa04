import { ImmutableCache, type Queryable } from '../common/immutable-cache';
import type { CourseAbout } from './catalog.types';
import { asRead, database, KEPT_CHARACTERS } from './course-content';
import { readCourseAbout } from './published-courses.records';

const UNKNOWN_ABOUT: CourseAbout = { audience: null, scope: null, sourceProvenance: null, estimatedMinutes: null, references: [], accreditation: null, disclosures: null };

/** Who a course version is for, what it does not cover, its source's provenance and every reference it cites. */
const abouts = new ImmutableCache<CourseAbout>(KEPT_CHARACTERS / 4, async (db, versionIds) =>
  asRead(versionIds, await readCourseAbout(database(db), versionIds), UNKNOWN_ABOUT),
);

export function courseAbout(db: Queryable, versionIds: readonly string[]): Promise<Map<string, CourseAbout>> {
  return abouts.get(db, versionIds);
}
