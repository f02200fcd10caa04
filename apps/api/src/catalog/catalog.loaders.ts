import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { CourseAbout, CourseModule } from './catalog.types';
import { courseAbout } from './course-about';
import { courseContent } from './course-content';

/** Per-request batching over the process-wide content of course versions: a course page reads none of it twice. */
export function createCatalogLoaders(dataSource: DataSource) {
  return {
    modulesByVersion: new DataLoader<string, CourseModule[]>(async (versionIds) => {
      const content = await courseContent(dataSource, versionIds);
      return versionIds.map((id) => content.get(id)!);
    }),
    aboutByVersion: new DataLoader<string, CourseAbout>(async (versionIds) => {
      const abouts = await courseAbout(dataSource, versionIds);
      return versionIds.map((id) => abouts.get(id)!);
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
