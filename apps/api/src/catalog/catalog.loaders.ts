import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../common/group-rows';
import { CourseModuleEntity } from './course-module.entity';
import { LessonEntity } from './lesson.entity';
import type { SourcePassage } from './catalog.types';

type CitedPassage = SourcePassage & { lessonId: string };

/** Per-request batching, so a course page costs the same few queries however large the course. */
export function createCatalogLoaders(dataSource: DataSource) {
  return {
    modulesByVersion: new DataLoader<string, CourseModuleEntity[]>(async (versionIds) => {
      const rows = await dataSource.getRepository(CourseModuleEntity).find({
        where: { courseVersionId: In([...versionIds]) },
        order: { position: 'ASC' },
      });
      return groupRows(versionIds, rows, (row) => row.courseVersionId);
    }),
    lessonsByModule: new DataLoader<string, LessonEntity[]>(async (moduleIds) => {
      const rows = await dataSource.getRepository(LessonEntity).find({
        where: { moduleId: In([...moduleIds]) },
        order: { position: 'ASC' },
      });
      return groupRows(moduleIds, rows, (row) => row.moduleId);
    }),
    passagesByLesson: new DataLoader<string, CitedPassage[]>(async (lessonIds) => {
      const rows: CitedPassage[] = await dataSource.query(
        `SELECT p.id, p.anchor, p.section, p.text, p.position, c.lesson_id AS "lessonId"
           FROM lesson_passage c JOIN source_passage p ON p.id = c.passage_id
          WHERE c.lesson_id = ANY($1::uuid[])
          ORDER BY c.lesson_id, c.position`,
        [lessonIds],
      );
      return groupRows(lessonIds, rows, (row) => row.lessonId);
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
