import type { Request, Response } from 'express';

/**
 * What every resolver gets with its request. The app adds the signed-in viewer and each
 * feature's per-request loaders (src/request-scope.ts), so that common/ names no feature.
 */
export interface RequestContext {
  req: Request;
  res: Response;
}
