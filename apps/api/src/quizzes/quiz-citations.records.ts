import { sql } from 'kysely';
import { citedPassages, passageAnchorsOfVersion, referenceKeysOfVersion, referencesOfVersion } from '../catalog/course-content.records';
import type { Reference } from '../catalog/catalog.types';
import { publishedCourseVersions } from '../catalog/published-courses.records';
import { typedSql, type Database } from '../database/typed-sql';

/**
 * What quizzes cite: the passages and references of the published version of each quiz's course,
 * read through the catalog's expressions for them.
 */

/** The passage anchors and reference keys a question of the quiz may cite; empty for an unknown quiz. */
export async function citableOf(db: Database, quizId: string): Promise<{ passageAnchors: string[]; referenceKeys: string[] }> {
  const found = await typedSql(db)
    .selectFrom('quiz as q')
    .innerJoin(publishedCourseVersions().as('c'), 'c.courseId', 'q.courseId')
    .where('q.id', '=', quizId)
    .select((quizzes) => [
      passageAnchorsOfVersion(quizzes.ref('c.versionId')).as('passageAnchors'),
      referenceKeysOfVersion(quizzes.ref('c.versionId')).as('referenceKeys'),
    ])
    .executeTakeFirst();
  return found ?? { passageAnchors: [], referenceKeys: [] };
}

/**
 * For each (quiz, anchor), that passage of the quiz's course as published, the course's slug and
 * the lesson that first cites the passage; pairs with no such passage are left out.
 */
export function passagesCitedByQuizzes(db: Database, pairs: readonly { quizId: string; anchor: string }[]) {
  return typedSql(db)
    .selectFrom(
      sql<{ quizId: string; anchor: string }>`unnest(${pairs.map((pair) => pair.quizId)}::uuid[], ${pairs.map((pair) => pair.anchor)}::text[])`.as<'k'>(
        sql`k(quiz_id, anchor)`,
      ),
    )
    .innerJoin('quiz as q', 'q.id', 'k.quizId')
    .innerJoin(publishedCourseVersions().as('c'), 'c.courseId', 'q.courseId')
    .innerJoin(citedPassages().as('p'), (join) => join.onRef('p.courseVersionId', '=', 'c.versionId').onRef('p.anchor', '=', 'k.anchor'))
    .select(['k.quizId', 'c.courseSlug', 'p.passage', 'p.lessonSlug'])
    .execute();
}

/** The references of the course each quiz belongs to, as its published version lists them. */
export function courseReferencesOfQuizzes(db: Database, quizIds: readonly string[]): Promise<{ quizId: string; references: Reference[] }[]> {
  return typedSql(db)
    .selectFrom('quiz as q')
    .innerJoin(publishedCourseVersions().as('c'), 'c.courseId', 'q.courseId')
    .where('q.id', '=', sql<string>`ANY(${[...quizIds]}::uuid[])`)
    .select((quizzes) => ['q.id as quizId', referencesOfVersion(quizzes.ref('c.versionId')).as('references')])
    .execute();
}
