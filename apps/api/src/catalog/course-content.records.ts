import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type Insertable } from 'kysely';
import { jsonBuildObject } from 'kysely/helpers/postgres';
import { writtenInThisTransaction } from '../common/immutable-cache';
import { asJsonb, asJsonText, listOrEmpty, type JsonText } from '../database/json-text';
import type { CourseReference, DB, SourcePassage } from '../database/schema';
import { typedSql, type Database } from '../database/typed-sql';
import type { AppraisalVerdict, CourseModule } from './catalog.types';

/**
 * Statements on a course version's content: course_module, lesson, lesson_passage,
 * lesson_reference, source_passage and course_reference. Written once, with the version; never edited.
 */
const eb = expressionBuilder<DB, never>();

/** A reference as lessons number it; `r` ranges over course_reference. */
export const referenceJson = (refs: ExpressionBuilder<{ r: CourseReference }, 'r'>) =>
  jsonBuildObject({
    key: refs.ref('r.key'),
    number: refs.ref('r.position'),
    title: refs.ref('r.title'),
    publisher: refs.ref('r.publisher'),
    year: refs.ref('r.year'),
    identifier: refs.ref('r.identifier'),
    url: refs.ref('r.url'),
    readOn: refs.ref('r.readOn'),
  });

/** Every reference of a course version, in its numbered order. */
export const referencesOfVersion = (versionId: Expression<string | null>) =>
  listOrEmpty(
    eb
      .selectFrom('courseReference as r')
      .where('r.courseVersionId', '=', versionId)
      .select((refs) => refs.fn.jsonAgg(referenceJson(refs)).orderBy('r.position').as('references'))
      .$asScalar(),
  );

/** The keys of a course version's references. */
export const referenceKeysOfVersion = (versionId: Expression<string | null>) =>
  sql<string[]>`ARRAY(${eb.selectFrom('courseReference as r').where('r.courseVersionId', '=', versionId).select('r.key')})`;

/** The anchors of a course version's source passages. */
export const passageAnchorsOfVersion = (versionId: Expression<string | null>) =>
  sql<string[]>`ARRAY(${eb.selectFrom('sourcePassage as p').where('p.courseVersionId', '=', versionId).select('p.anchor')})`;

/** A passage with its appraisal, which cites references of the passage's own course version; `p` ranges over source_passage. */
const passageJson = (passages: ExpressionBuilder<{ p: SourcePassage }, 'p'>) =>
  jsonBuildObject({
    id: passages.ref('p.id'),
    anchor: passages.ref('p.anchor'),
    section: passages.ref('p.section'),
    text: passages.ref('p.text'),
    position: passages.ref('p.position'),
    appraisal: passages
      .case()
      .when('p.appraisalVerdict', 'is', null)
      .then(null)
      .else(
        jsonBuildObject({
          // Written from checked content files: the verdict is one the API knows.
          verdict: passages.ref('p.appraisalVerdict').$castTo<AppraisalVerdict>(),
          correctionHtml: passages.ref('p.appraisalCorrectionHtml'),
          references: listOrEmpty(
            eb
              .selectFrom('courseReference as r')
              .where('r.courseVersionId', '=', passages.ref('p.courseVersionId'))
              .where('r.key', '=', sql<string>`ANY(${passages.ref('p.appraisalReferenceKeys')})`)
              .select((refs) => refs.fn.jsonAgg(referenceJson(refs)).orderBy('r.position').as('references'))
              .$asScalar(),
          ),
        }),
      )
      .end(),
  });

/**
 * The passages of course versions, each with the lesson that first cites it (null when none does),
 * to join on `courseVersionId` and `anchor`.
 */
export function citedPassages() {
  return eb
    .selectFrom('sourcePassage as p')
    .leftJoinLateral(
      (citing) =>
        citing
          .selectFrom('lessonPassage as lp')
          .innerJoin('lesson as l', 'l.id', 'lp.lessonId')
          .innerJoin('courseModule as m', 'm.id', 'l.moduleId')
          .whereRef('lp.passageId', '=', 'p.id')
          .orderBy('m.position')
          .orderBy('l.position')
          .limit(1)
          .select('l.slug')
          .as('citing'),
      (join) => join.onTrue(),
    )
    .select((passages) => ['p.courseVersionId', 'p.anchor', passageJson(passages).as('passage'), 'citing.slug as lessonSlug']);
}

const lessonsOfModule = (moduleId: Expression<string>) =>
  eb
    .selectFrom('lesson as l')
    .where('l.moduleId', '=', moduleId)
    .select((lessons) =>
      lessons.fn
        .jsonAgg(
          jsonBuildObject({
            id: lessons.ref('l.id'),
            slug: lessons.ref('l.slug'),
            title: lessons.ref('l.title'),
            position: lessons.ref('l.position'),
            html: lessons.ref('l.html'),
            sourcePassages: listOrEmpty(
              eb
                .selectFrom('lessonPassage as c')
                .innerJoin('sourcePassage as p', 'p.id', 'c.passageId')
                .where('c.lessonId', '=', lessons.ref('l.id'))
                .select((cited) => cited.fn.jsonAgg(passageJson(cited)).orderBy('c.position').as('passages'))
                .$asScalar(),
            ),
            references: listOrEmpty(
              eb
                .selectFrom('lessonReference as c')
                .innerJoin('courseReference as r', 'r.id', 'c.referenceId')
                .where('c.lessonId', '=', lessons.ref('l.id'))
                .select((cited) => cited.fn.jsonAgg(referenceJson(cited)).orderBy('c.position').as('references'))
                .$asScalar(),
            ),
          }),
        )
        .orderBy('l.position')
        .as('lessons'),
    )
    .$asScalar();

export interface VersionContent<Value> {
  versionId: string;
  /** Written by the transaction reading it, so it may still roll back: not to be kept. */
  writtenNow: boolean;
  content: JsonText<Value>;
}

/** The modules, lessons and cited passages of course versions, as JSON text; versions with no modules are left out. */
export function readCourseContent(db: Database, versionIds: readonly string[]): Promise<VersionContent<CourseModule[]>[]> {
  return typedSql(db)
    .selectFrom('courseModule as m')
    .where('m.courseVersionId', '=', sql<string>`ANY(${[...versionIds]}::uuid[])`)
    .groupBy('m.courseVersionId')
    .select((modules) => [
      'm.courseVersionId as versionId',
      sql<boolean>`bool_or(${sql.raw(writtenInThisTransaction('m'))})`.as('writtenNow'),
      asJsonText(
        modules.fn
          .jsonAgg(
            jsonBuildObject({
              id: modules.ref('m.id'),
              slug: modules.ref('m.slug'),
              title: modules.ref('m.title'),
              position: modules.ref('m.position'),
              objectives: modules.ref('m.objectives').$castTo<string[]>(),
              quizId: modules.ref('m.quizId'),
              lessons: listOrEmpty(lessonsOfModule(modules.ref('m.id'))),
            }),
          )
          .orderBy('m.position'),
      ).as('content'),
    ])
    .execute();
}

export interface LessonContent {
  slug: string;
  position: number;
  title: string;
  markdown: string;
  html: string;
  passageAnchors: readonly string[];
  referenceKeys: readonly string[];
}

/** What a new course version holds, in its order; appraisal references and lesson citations by key and anchor. */
export interface NewVersionContent {
  references: Omit<Insertable<DB['courseReference']>, 'courseVersionId' | 'position'>[];
  passages: (Omit<Insertable<DB['sourcePassage']>, 'courseVersionId' | 'position' | 'appraisalReferenceKeys'> & {
    appraisalReferenceKeys: string[];
  })[];
  modules: {
    slug: string;
    title: string;
    position: number;
    objectives: string[];
    quizId: string | null;
    lessons: LessonContent[];
  }[];
}

/** Writes the content of a version its transaction has just created, a statement per table. */
export async function writeCourseContent(db: Database, courseVersionId: string, content: NewVersionContent): Promise<void> {
  const sqlOf = typedSql(db);
  const numbered = <Row>(rows: Row[]) => rows.map((row, index) => ({ ...row, courseVersionId, position: index + 1 }));
  const ofVersion = <Row>(rows: Row[]) => rows.map((row) => ({ ...row, courseVersionId }));
  const referenceIds = new Map(
    (await inserted(content.references, (rows) =>
      sqlOf.insertInto('courseReference').values(numbered(rows)).returning(['id', 'key']).execute(),
    )).map((row) => [row.key, row.id]),
  );
  const passageIds = new Map(
    (await inserted(content.passages, (rows) =>
      sqlOf.insertInto('sourcePassage').values(numbered(rows)).returning(['id', 'anchor']).execute(),
    )).map((row) => [row.anchor, row.id]),
  );
  const modules = await inserted(content.modules, (rows) =>
    sqlOf
      .insertInto('courseModule')
      .values(ofVersion(rows).map(({ lessons: _, objectives, ...module }) => ({ ...module, objectives: asJsonb(objectives) })))
      .returning(['id', 'slug'])
      .execute(),
  );
  const moduleIds = new Map(modules.map((module) => [module.slug, module.id]));
  const lessons = content.modules.flatMap((module) =>
    module.lessons.map((lesson) => ({ ...lesson, moduleId: moduleIds.get(module.slug)! })),
  );
  // Lesson slugs are unique within a version.
  const lessonIds = new Map(
    (await inserted(lessons, (rows) =>
      sqlOf
        .insertInto('lesson')
        .values(rows.map(({ moduleId, slug, title, position, markdown, html }) => ({ courseVersionId, moduleId, slug, title, position, markdown, html })))
        .returning(['id', 'slug'])
        .execute(),
    )).map((row) => [row.slug, row.id]),
  );
  const cited = lessons.map((lesson) => ({ ...lesson, id: lessonIds.get(lesson.slug)! }));
  await inserted(
    cited.flatMap((lesson) => lesson.passageAnchors.map((anchor, index) => ({ lessonId: lesson.id, passageId: passageIds.get(anchor)!, position: index + 1 }))),
    (rows) => sqlOf.insertInto('lessonPassage').values(rows).execute(),
  );
  await inserted(
    cited.flatMap((lesson) => lesson.referenceKeys.map((key, index) => ({ lessonId: lesson.id, referenceId: referenceIds.get(key)!, position: index + 1 }))),
    (rows) => sqlOf.insertInto('lessonReference').values(rows).execute(),
  );
}

/** One insert for the rows; none for no rows, which an insert cannot take. */
async function inserted<Row, Result>(rows: Row[], insert: (rows: Row[]) => Promise<Result[]>): Promise<Result[]> {
  return rows.length === 0 ? [] : insert(rows);
}
