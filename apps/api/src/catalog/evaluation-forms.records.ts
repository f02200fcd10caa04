import type { EvaluationForm } from '@ptp/content';
import { typedSql, type Database } from '../database/typed-sql';

/** Statements reading the evaluation form a course version keeps. */

export interface VersionWithForm {
  courseId: string;
  courseSlug: string;
  courseTitle: string;
  versionId: string;
  version: number;
  /** Null for versions imported before packages had an evaluation form. */
  evaluation: EvaluationForm | null;
}

function versionsWithForm(db: Database) {
  return typedSql(db)
    .selectFrom('courseVersion as v')
    .innerJoin('course as c', 'c.id', 'v.courseId')
    .select((eb) => [
      'c.id as courseId',
      'c.slug as courseSlug',
      'v.title as courseTitle',
      'v.id as versionId',
      'v.version',
      // Written from a checked evaluation.yaml.
      eb.ref('v.evaluation').$castTo<EvaluationForm | null>().as('evaluation'),
    ]);
}

export async function versionWithForm(db: Database, versionId: string): Promise<VersionWithForm | null> {
  return (await versionsWithForm(db).where('v.id', '=', versionId).executeTakeFirst()) ?? null;
}

/** The versions with these ids, in one statement, in no particular order. */
export function versionsWithForms(db: Database, versionIds: readonly string[]): Promise<VersionWithForm[]> {
  return versionIds.length === 0 ? Promise.resolve([]) : versionsWithForm(db).where('v.id', 'in', versionIds).execute();
}

/** A version of the course by its number, or its published version when the number is null. */
export async function courseVersionWithForm(db: Database, slug: string, version: number | null): Promise<VersionWithForm | null> {
  const found = await versionsWithForm(db)
    .where('c.slug', '=', slug)
    .where((eb) => (version === null ? eb('v.id', '=', eb.ref('c.publishedVersionId')) : eb('v.version', '=', version)))
    .executeTakeFirst();
  return found ?? null;
}
