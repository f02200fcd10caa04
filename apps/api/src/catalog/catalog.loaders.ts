import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { courseContent, type ModuleContent } from './course-content';

/** Per-request batching over the process-wide content of course versions: a course page reads none of it twice. */
export function createCatalogLoaders(dataSource: DataSource) {
  return {
    modulesByVersion: new DataLoader<string, ModuleContent[]>(async (versionIds) => {
      const content = await courseContent(dataSource, versionIds);
      return versionIds.map((id) => content.get(id)!);
    }),
  };
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>;
