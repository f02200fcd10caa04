import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { createAttemptLoaders } from './attempts/attempt.loaders';
import { findViewer, type Viewer } from './auth/viewer';
import { createCatalogLoaders } from './catalog/catalog.loaders';
import { createCourseLifeLoaders } from './course-reviews/course-life';
import type { RequestContext } from './common/request-context';
import { createProgressLoaders } from './progress/progress.loaders';
import { createQuizLoaders } from './quizzes/quiz.loaders';

function createLoaders(dataSource: DataSource) {
  return {
    catalog: createCatalogLoaders(dataSource),
    courseLife: createCourseLifeLoaders(dataSource),
    quizzes: createQuizLoaders(dataSource),
    attempts: createAttemptLoaders(dataSource),
    progress: createProgressLoaders(dataSource),
  };
}

type RequestLoaders = ReturnType<typeof createLoaders>;

declare module './common/request-context' {
  interface RequestContext {
    /** The signed-in account, looked up once per request however many fields ask. */
    viewer(): Promise<Viewer | null>;
    loaders: RequestLoaders;
  }
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
