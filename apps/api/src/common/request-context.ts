import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { findViewer, type Viewer } from '../auth/viewer';
import { createCatalogLoaders } from '../catalog/catalog.loaders';
import { createProgressLoaders } from '../progress/progress.loaders';
import { createQuizLoaders } from '../quizzes/quiz.loaders';

export interface RequestContext {
  req: Request;
  res: Response;
  /** The signed-in account, looked up once per request however many fields ask. */
  viewer(): Promise<Viewer | null>;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(dataSource: DataSource) {
  return {
    catalog: createCatalogLoaders(dataSource),
    quizzes: createQuizLoaders(dataSource),
    progress: createProgressLoaders(dataSource),
  };
}

export function createRequestContext(dataSource: DataSource, req: Request, res: Response): RequestContext {
  let viewer: Promise<Viewer | null> | undefined;
  return {
    req,
    res,
    viewer: () => (viewer ??= findViewer(dataSource, req)),
    loaders: createLoaders(dataSource),
  };
}
