import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { createAttemptLoaders } from './attempts/attempt.loaders';
import { VIEWER_OF_REQUEST } from './auth/access.guard';
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

/** Kept where the guard keeps the viewer of an HTTP route, so the request's log line names the account either way. */
function keepViewerOfRequest(req: Request, viewer: Viewer | null): Viewer | null {
  (req as Request & { [VIEWER_OF_REQUEST]?: Viewer | null })[VIEWER_OF_REQUEST] = viewer;
  return viewer;
}

export function createRequestContext(dataSource: DataSource, req: Request, res: Response): RequestContext {
  let viewer: Promise<Viewer | null> | undefined;
  return {
    req,
    res,
    viewer: () => (viewer ??= findViewer(dataSource, req).then((found) => keepViewerOfRequest(req, found))),
    loaders: createLoaders(dataSource),
  };
}
