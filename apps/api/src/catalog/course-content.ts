import { deepFreeze, ImmutableCache, writtenInThisTransaction, type Queryable, type ReadValue } from '../common/immutable-cache';
import type { CourseAbout, CourseModule } from './catalog.types';

/** Characters of JSON: hundreds of course versions like the first course, a small part of the API's memory. */
const KEPT_CHARACTERS = 8 * 1024 * 1024;

export const REFERENCE_JSON = `json_build_object('key', r.key, 'number', r.position, 'title', r.title, 'publisher', r.publisher,
  'year', r.year, 'identifier', r.identifier, 'url', r.url, 'readOn', r.read_on)`;

/** A passage with its appraisal; `r` ranges over the references the appraisal cites. */
export const PASSAGE_JSON = `json_build_object('id', p.id, 'anchor', p.anchor, 'section', p.section, 'text', p.text, 'position', p.position,
  'appraisal', CASE WHEN p.appraisal_verdict IS NULL THEN NULL ELSE json_build_object(
    'verdict', p.appraisal_verdict, 'correctionHtml', p.appraisal_correction_html,
    'references', COALESCE((SELECT json_agg(${REFERENCE_JSON} ORDER BY r.position)
                              FROM course_reference r
                             WHERE r.course_version_id = p.course_version_id AND r.key = ANY(p.appraisal_reference_keys)), '[]')) END)`;

/**
 * The modules, lessons and cited passages of course versions. A version's content is written in
 * the transaction that creates it and is never edited after, so it is read once per process.
 */
const versions = new ImmutableCache<CourseModule[]>(KEPT_CHARACTERS, async (db, versionIds) => {
  const rows: { versionId: string; writtenNow: boolean; modules: string }[] = await db.query(
    `SELECT v.id AS "versionId", ${writtenInThisTransaction('v')} AS "writtenNow",
            COALESCE((
              SELECT json_agg(json_build_object(
                       'id', m.id, 'slug', m.slug, 'title', m.title, 'position', m.position, 'objectives', m.objectives, 'quizId', m.quiz_id,
                       'lessons', COALESCE((
                         SELECT json_agg(json_build_object(
                                  'id', l.id, 'slug', l.slug, 'title', l.title, 'position', l.position, 'html', l.html,
                                  'sourcePassages', COALESCE((
                                    SELECT json_agg(${PASSAGE_JSON} ORDER BY c.position)
                                      FROM lesson_passage c JOIN source_passage p ON p.id = c.passage_id
                                     WHERE c.lesson_id = l.id), '[]'),
                                  'references', COALESCE((
                                    SELECT json_agg(${REFERENCE_JSON} ORDER BY c.position)
                                      FROM lesson_reference c JOIN course_reference r ON r.id = c.reference_id
                                     WHERE c.lesson_id = l.id), '[]'))
                                ORDER BY l.position)
                           FROM lesson l WHERE l.module_id = m.id), '[]'))
                     ORDER BY m.position)
                FROM course_module m WHERE m.course_version_id = v.id), '[]')::text AS modules
       FROM course_version v WHERE v.id = ANY($1::uuid[])`,
    [versionIds],
  );
  const found = new Map<string, ReadValue<CourseModule[]>>(
    rows.map(({ versionId, writtenNow, modules }) => [
      versionId,
      { value: deepFreeze(JSON.parse(modules)), size: modules.length, keep: !writtenNow },
    ]),
  );
  return new Map(versionIds.map((id) => [id, found.get(id) ?? { value: [], size: 0, keep: false }]));
});

/** Kept copies are frozen: a caller that changed one would change it for every request. */
export function courseContent(db: Queryable, versionIds: readonly string[]): Promise<Map<string, CourseModule[]>> {
  return versions.get(db, versionIds);
}

/** Who a course version is for, what it does not cover, its source's provenance and every reference it cites. */
const abouts = new ImmutableCache<CourseAbout>(KEPT_CHARACTERS / 4, async (db, versionIds) => {
  const rows: { versionId: string; writtenNow: boolean; about: string }[] = await db.query(
    `SELECT v.id AS "versionId", ${writtenInThisTransaction('v')} AS "writtenNow",
            json_build_object(
              'audience', v.audience, 'scope', v.scope, 'sourceProvenance', v.source_provenance,
              'estimatedMinutes', v.estimated_minutes,
              'references', COALESCE((SELECT json_agg(${REFERENCE_JSON} ORDER BY r.position)
                                        FROM course_reference r WHERE r.course_version_id = v.id), '[]'))::text AS about
       FROM course_version v WHERE v.id = ANY($1::uuid[])`,
    [versionIds],
  );
  const found = new Map<string, ReadValue<CourseAbout>>(
    rows.map(({ versionId, writtenNow, about }) => [versionId, { value: deepFreeze(JSON.parse(about)), size: about.length, keep: !writtenNow }]),
  );
  const unknown: CourseAbout = { audience: null, scope: null, sourceProvenance: null, estimatedMinutes: null, references: [] };
  return new Map(versionIds.map((id) => [id, found.get(id) ?? { value: unknown, size: 0, keep: false }]));
});

export function courseAbout(db: Queryable, versionIds: readonly string[]): Promise<Map<string, CourseAbout>> {
  return abouts.get(db, versionIds);
}
