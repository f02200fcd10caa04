import { sql } from 'kysely';
import { accountsToJoin } from '../auth/account-records';
import { courseVersionsToJoin, coursesToJoin, publishedCourseVersions } from '../catalog/published-courses.records';
import { quizzesToJoin } from '../quizzes/quiz-joins.records';
import { typedSql, type Database } from '../database/typed-sql';
import type { CitedKind } from './source-fingerprints.records';

/** Statements on `citation_review`: a lesson or question flagged because what it cites changed, and its clearance. */

export type CitingKind = 'LESSON' | 'QUESTION';
export type ClearedIn = 'PLATFORM' | 'PACKAGE';

/** One lesson or question citing one passage or reference; a lesson's `questionKey` is null and its slug is the lesson's. */
export interface FlaggedCitation {
  citingKind: CitingKind;
  citingSlug: string;
  questionKey: string | null;
  citedKind: CitedKind;
  citedKey: string;
}

export interface NewFlag extends FlaggedCitation {
  reviewedFingerprint: string;
  reviewedText: string | null;
}

export async function insertFlags(db: Database, courseId: string, courseVersionId: string, flags: NewFlag[]): Promise<void> {
  if (flags.length === 0) return;
  await typedSql(db)
    .insertInto('citationReview')
    .values(flags.map((flag) => ({ ...flag, courseId, courseVersionId })))
    .execute();
}

const citationColumns = [
  sql<CitingKind>`f.citing_kind`.as('citingKind'),
  'f.citingSlug',
  'f.questionKey',
  sql<CitedKind>`f.cited_kind`.as('citedKind'),
  'f.citedKey',
] as const;

/** The flags of a version not cleared yet, with what they were last reviewed against. */
export function openFlagsOf(db: Database, courseVersionId: string) {
  return typedSql(db)
    .selectFrom('citationReview as f')
    .where('f.courseVersionId', '=', courseVersionId)
    .where('f.clearedAt', 'is', null)
    .select([...citationColumns, 'f.id', 'f.reviewedFingerprint', 'f.reviewedText'])
    .execute();
}

/** Every cleared flag of a course, with the fingerprint of what it was cleared against. */
export function clearancesOf(db: Database, courseId: string) {
  return typedSql(db)
    .selectFrom('citationReview as f')
    .innerJoin('sourceFingerprint as s', (join) =>
      join.onRef('s.courseVersionId', '=', 'f.courseVersionId').onRef('s.citedKind', '=', 'f.citedKind').onRef('s.citedKey', '=', 'f.citedKey'),
    )
    .where('f.courseId', '=', courseId)
    .where('f.clearedAt', 'is not', null)
    .select([...citationColumns, 's.fingerprint as clearedFingerprint'])
    .execute();
}

export interface Clearance {
  clearedIn: ClearedIn;
  clearedById: string | null;
  clearedByName: string | null;
  clearanceNote: string;
  clearedAt?: Date;
}

/** Clears a flag that is still open; undefined when there is no such open flag, so two reviewers cannot both clear it. */
export async function clearOpenFlag(db: Database, flagId: string, clearance: Clearance): Promise<{ id: string } | undefined> {
  return typedSql(db)
    .updateTable('citationReview')
    .set({ ...clearance, clearedAt: clearance.clearedAt ?? sql<Date>`now()` })
    .where('id', '=', flagId)
    .where('clearedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
}

/** A flag as authoring shows it: what changed, old and new, and who cleared it; `f` is the flag. */
function flagsShown(db: Database) {
  return typedSql(db)
    .selectFrom('citationReview as f')
    .innerJoin('sourceFingerprint as s', (join) =>
      join.onRef('s.courseVersionId', '=', 'f.courseVersionId').onRef('s.citedKind', '=', 'f.citedKind').onRef('s.citedKey', '=', 'f.citedKey'),
    )
    .innerJoin(courseVersionsToJoin().as('v'), 'v.id', 'f.courseVersionId')
    .innerJoin(coursesToJoin().as('c'), 'c.id', 'f.courseId')
    .leftJoin(accountsToJoin().as('reviewer'), 'reviewer.id', 'f.clearedById')
    .select((flags) => [
      ...citationColumns,
      'f.id',
      'c.slug as courseSlug',
      'v.version as courseVersion',
      'f.reviewedText',
      's.reviewText as currentText',
      'f.flaggedAt',
      'f.clearedAt',
      sql<ClearedIn | null>`f.cleared_in`.as('clearedIn'),
      flags.fn.coalesce('reviewer.name', 'f.clearedByName').as('clearedBy'),
      'f.clearanceNote',
    ]);
}

export type ShownFlag = Awaited<ReturnType<typeof flagById>> & {};

export function flagById(db: Database, flagId: string) {
  return flagsShown(db).where('f.id', '=', flagId).executeTakeFirst();
}

/** Whether the flag belongs to its course's published version, the only one authoring reviews. */
export async function isOnPublishedVersion(db: Database, flagId: string): Promise<boolean> {
  const found = await typedSql(db)
    .selectFrom('citationReview as f')
    .innerJoin(publishedCourseVersions().as('c'), 'c.versionId', 'f.courseVersionId')
    .where('f.id', '=', flagId)
    .select('f.id')
    .executeTakeFirst();
  return found !== undefined;
}

/** The flags of a course's published version, open ones first, each group in the order flagged. */
export function flagsOfPublishedCourse(db: Database, courseSlug: string) {
  return inShownOrder(flagsShown(db).innerJoin(publishedCourseVersions().as('p'), 'p.versionId', 'f.courseVersionId').where('p.courseSlug', '=', courseSlug));
}

/** The open flags of a quiz's questions in its course's published version. */
export function openFlagsOfQuiz(db: Database, quiz: { id: string; slug: string }) {
  return inShownOrder(
    flagsShown(db)
      .innerJoin(publishedCourseVersions().as('p'), 'p.versionId', 'f.courseVersionId')
      .innerJoin(quizzesToJoin().as('q'), 'q.courseId', 'p.courseId')
      .where('q.id', '=', quiz.id)
      .where('f.citingKind', '=', 'QUESTION')
      .where('f.citingSlug', '=', quiz.slug)
      .where('f.clearedAt', 'is', null),
  );
}

function inShownOrder<Query extends ReturnType<typeof flagsShown>>(query: Query) {
  return query
    .orderBy(sql`f.cleared_at IS NOT NULL`)
    .orderBy('f.flaggedAt')
    .orderBy('f.citingKind')
    .orderBy('f.citingSlug')
    .orderBy('f.questionKey')
    .orderBy('f.citedKind')
    .orderBy('f.citedKey')
    .execute();
}
