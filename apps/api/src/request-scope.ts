import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { createAttemptLoaders } from './attempts/attempt.loaders';
import { VIEWER_OF_REQUEST } from './auth/access.guard';
import { findViewer, sessionOfRequest, type RequestViewer, type Viewer } from './auth/viewer';
import { createCatalogLoaders } from './catalog/catalog.loaders';
import { createCourseLifeLoaders } from './course-reviews/course-life';
import type { RequestContext } from './common/request-context';
import { createProgressLoaders } from './progress/progress.loaders';
import { createQuizLoaders } from './quizzes/quiz.loaders';

function createLoaders(dataSource: DataSource, requestViewer: RequestViewer) {
  return {
    catalog: createCatalogLoaders(dataSource),
    courseLife: createCourseLifeLoaders(dataSource),
    quizzes: createQuizLoaders(dataSource),
    attempts: createAttemptLoaders(dataSource),
    progress: createProgressLoaders(dataSource, requestViewer),
  };
}

type RequestLoaders = ReturnType<typeof createLoaders>;

declare module './common/request-context' {
  interface RequestContext extends RequestViewer {
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
  const requestViewer: RequestViewer = {
    viewer: () => (viewer ??= findViewer(dataSource, req).then((found) => keepViewerOfRequest(req, found))),
    viewerAlong: (read) => {
      if (viewer) return undefined;
      const session = sessionOfRequest(req);
      const found = session ? read(session).then((both) => both ?? null) : Promise.resolve(null);
      viewer = found.then((both) => keepViewerOfRequest(req, both?.viewer ?? null));
      return found;
    },
  };
  return { req, res, ...requestViewer, loaders: createLoaders(dataSource, requestViewer) };
}
