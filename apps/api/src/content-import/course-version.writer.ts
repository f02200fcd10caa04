import type { CoursePackage } from '@ptp/content';
import { writeCourseContent } from '../catalog/course-content.records';
import { renderCorrectionHtml, renderLessonHtml } from '../catalog/lesson-html';
import { insertCourseVersion } from '../catalog/published-courses.records';
import type { Database } from '../database/typed-sql';

/**
 * Writes a complete new course version: its references, the appraised source passages, modules,
 * lessons and what each lesson cites.
 */
export async function writeCourseVersion(
  db: Database,
  courseId: string,
  coursePackage: CoursePackage,
  quizIds: Map<string, string>,
): Promise<{ id: string; version: number }> {
  const version = await insertCourseVersion(db, {
    courseId,
    contentHash: coursePackage.contentHash,
    title: coursePackage.title,
    summary: coursePackage.summary,
    creditHours: coursePackage.creditHours,
    sourceTitle: coursePackage.source.title,
    completionRules: coursePackage.completion,
    certificatePolicy: coursePackage.certificate,
    finalQuizId: coursePackage.finalExam ? quizIds.get(coursePackage.finalExam.slug) : null,
    audience: coursePackage.audience,
    scope: coursePackage.scope,
    sourceProvenance: coursePackage.source.provenance,
    estimatedMinutes: coursePackage.estimatedMinutes,
    accreditation: coursePackage.accreditation,
    disclosures: coursePackage.disclosures,
    evaluation: coursePackage.evaluation,
  });

  const referenceKeys = coursePackage.references.map((reference) => reference.id);
  await writeCourseContent(db, version.id, {
    references: coursePackage.references.map(({ id, ...reference }) => ({ ...reference, key: id })),
    passages: coursePackage.source.passages.map(({ appraisal, ...passage }) => ({
      ...passage,
      appraisalVerdict: appraisal.verdict,
      appraisalCorrectionHtml: appraisal.correction ? renderCorrectionHtml(appraisal.correction, referenceKeys) : null,
      appraisalReferenceKeys: appraisal.referenceIds,
    })),
    modules: coursePackage.modules.map((module) => ({
      slug: module.slug,
      title: module.title,
      position: module.position,
      objectives: module.objectives,
      quizId: module.quiz ? quizIds.get(module.quiz.slug)! : null,
      lessons: module.lessons.map((lesson) => ({
        slug: lesson.slug,
        title: lesson.title,
        position: lesson.position,
        markdown: lesson.markdown,
        html: renderLessonHtml(lesson.markdown, { passageAnchors: lesson.passageAnchors, referenceKeys }),
        passageAnchors: lesson.passageAnchors,
        referenceKeys: lesson.referenceIds,
      })),
    })),
  });
  return version;
}
