import type { EntityManager } from 'typeorm';
import type { CoursePackage } from '@ptp/content';
import { CourseVersion } from '../catalog/course-version.entity';
import { CourseModuleEntity } from '../catalog/course-module.entity';
import { LessonEntity, LessonPassageEntity } from '../catalog/lesson.entity';
import { SourcePassageEntity } from '../catalog/source-passage.entity';
import { renderLessonHtml } from '../catalog/lesson-html';

/** Writes a complete new course version: source passages, modules, lessons and their citations. */
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
    }),
  );

  const passages = await manager.save(
    coursePackage.source.passages.map((passage, index) =>
      manager.create(SourcePassageEntity, { ...passage, courseVersionId: version.id, position: index + 1 }),
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
          html: renderLessonHtml(lesson.markdown, lesson.passageAnchors),
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
    }
  }
  return version;
}
