import { expressionBuilder, sql } from 'kysely';
import { courseVersionsToJoin } from '../catalog/published-courses.records';
import type { DB } from '../database/schema';
import { compiledOnce, type Database } from '../database/typed-sql';

/**
 * Accreditation activities as the catalog's released course versions state them. Versions of a
 * course normally share an activity id; a version imported before courses stated one has none.
 */

/** Released versions (`v`) with the activity id their accreditation names. */
function releasedVersions() {
  return expressionBuilder<DB, never>()
    .selectFrom(courseVersionsToJoin().as('cv'))
    .where('cv.releasedAt', 'is not', null)
    .select((eb) => ['cv.id', 'cv.courseId', 'cv.title', 'cv.releasedAt', sql<string | null>`${eb.ref('cv.accreditation')}->>'activityId'`.as('activityId')]);
}

const activities = compiledOnce((db, _none: Record<string, never>) =>
  db
    .selectFrom(
      db
        .selectFrom(releasedVersions().as('v'))
        .where('v.activityId', 'is not', null)
        .distinctOn('v.activityId')
        .select((eb) => [eb.ref('v.activityId').$castTo<string>().as('activityId'), 'v.title as courseTitle'])
        .orderBy('v.activityId')
        .orderBy('v.releasedAt', 'desc')
        .as('a'),
    )
    .selectAll()
    .orderBy('a.courseTitle')
    .orderBy('a.activityId'),
);

/** Every activity once, with the title of its newest released version, by title. */
export function creditActivities(db: Database) {
  return activities(db, {});
}

const versionsOf = compiledOnce((db, { activityId }: { activityId: string }) =>
  db.selectFrom(releasedVersions().as('v')).where('v.activityId', '=', activityId).select(['v.id', 'v.courseId', 'v.title']).orderBy('v.releasedAt', 'desc'),
);

/** The released versions of an activity, newest first; none when the platform has no such activity. */
export function versionsOfActivity(db: Database, activityId: string) {
  return versionsOf(db, { activityId });
}
