import type { EntityManager } from 'typeorm';
import type { CoursePackage } from '@ptp/content';
import { CourseVersion } from '../catalog/course-version.entity';
import { CourseModuleEntity } from '../catalog/course-module.entity';
import { LessonEntity, LessonPassageEntity, LessonReferenceEntity } from '../catalog/lesson.entity';
import { SourcePassageEntity } from '../catalog/source-passage.entity';
import { CourseReferenceEntity } from '../catalog/course-reference.entity';
import { renderCorrectionHtml, renderLessonHtml } from '../catalog/lesson-html';

/**
 * Writes a complete new course version: its references, the appraised source passages, modules,
 * lessons and what each lesson cites.
 */
export async function writeCourseVersion(
  manager: EntityManager,
  courseId: string,
  coursePackage: CoursePackage,
  quizIds: Map<string, string>,
): Promise<CourseVersion> {
  const { latest } = await manager
    .createQueryBuilder(CourseVersion, 'v')
    .select('COALESCE(MAX(v.version), 0)', 'latest')
    .where('v.course_id = :courseId', { courseId })
    .getRawOne();
  const version = await manager.save(
    manager.create(CourseVersion, {
      courseId,
      version: Number(latest) + 1,
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
    }),
  );

  const referenceKeys = coursePackage.references.map((reference) => reference.id);
  const references = await manager.save(
    coursePackage.references.map(({ id, readOn, ...reference }, index) =>
      manager.create(CourseReferenceEntity, { ...reference, key: id, readOn, courseVersionId: version.id, position: index + 1 }),
    ),
  );
  const referenceIds = new Map(references.map((reference) => [reference.key, reference.id]));

  const passages = await manager.save(
    coursePackage.source.passages.map(({ appraisal, ...passage }, index) =>
      manager.create(SourcePassageEntity, {
        ...passage,
        courseVersionId: version.id,
        position: index + 1,
        appraisalVerdict: appraisal.verdict,
        appraisalCorrectionHtml: appraisal.correction ? renderCorrectionHtml(appraisal.correction, referenceKeys) : null,
        appraisalReferenceKeys: appraisal.referenceIds,
      }),
    ),
  );
  const passageIds = new Map(passages.map((passage) => [passage.anchor, passage.id]));

  for (const module of coursePackage.modules) {
    const moduleRow = await manager.save(
      manager.create(CourseModuleEntity, {
        courseVersionId: version.id,
        slug: module.slug,
        title: module.title,
        position: module.position,
        objectives: module.objectives,
        quizId: module.quiz ? quizIds.get(module.quiz.slug) : null,
      }),
    );
    for (const lesson of module.lessons) {
      const lessonRow = await manager.save(
        manager.create(LessonEntity, {
          courseVersionId: version.id,
          moduleId: moduleRow.id,
          slug: lesson.slug,
          title: lesson.title,
          position: lesson.position,
          markdown: lesson.markdown,
          html: renderLessonHtml(lesson.markdown, { passageAnchors: lesson.passageAnchors, referenceKeys }),
        }),
      );
      if (lesson.passageAnchors.length > 0) {
        await manager.insert(
          LessonPassageEntity,
          lesson.passageAnchors.map((anchor, index) => ({
            lessonId: lessonRow.id,
            passageId: passageIds.get(anchor)!,
            position: index + 1,
          })),
        );
      }
      if (lesson.referenceIds.length > 0) {
        await manager.insert(
          LessonReferenceEntity,
          lesson.referenceIds.map((key, index) => ({ lessonId: lessonRow.id, referenceId: referenceIds.get(key)!, position: index + 1 })),
        );
      }
    }
  }
  return version;
}
