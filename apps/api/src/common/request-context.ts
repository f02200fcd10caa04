import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { createCatalogLoaders } from '../catalog/catalog.loaders';
import { createQuizLoaders } from '../quizzes/quiz.loaders';

export interface RequestContext {
  req: Request;
  res: Response;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(dataSource: DataSource) {
  return { catalog: createCatalogLoaders(dataSource), quizzes: createQuizLoaders(dataSource) };
}

export function createRequestContext(dataSource: DataSource, req: Request, res: Response): RequestContext {
  return { req, res, loaders: createLoaders(dataSource) };
}
