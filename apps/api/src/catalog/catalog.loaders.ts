import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { CourseModule } from './catalog.types';
import { courseContent } from './course-content';

/** Per-request batching over the process-wide content of course versions: a course page reads none of it twice. */
export function createCatalogLoaders(dataSource: DataSource) {
  return {
    modulesByVersion: new DataLoader<string, CourseModule[]>(async (versionIds) => {
      const content = await courseContent(dataSource, versionIds);
      return versionIds.map((id) => content.get(id)!);
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
