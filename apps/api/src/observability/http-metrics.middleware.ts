import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PlatformMetrics } from './platform-metrics';

/**
 * Times every request the API's routes serve. Routes are labelled by their pattern
 * (`/certificates/:id/certificate.pdf`), never by the path asked for, so labels stay few.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: PlatformMetrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = performance.now();
    response.once('finish', () => {
      const route = routeOf(request);
      const status = String(response.statusCode);
      this.metrics.httpRequestDuration.observe({ method: request.method, route, status }, (performance.now() - started) / 1000);
      if (response.statusCode === 429) this.metrics.rateLimited.inc({ operation: route });
    });
    next();
  }
}

/** The middleware's own catch-all pattern is what Apollo's route and unknown paths leave behind. */
const CATCH_ALL = '{/*splat}';

function routeOf(request: Request): string {
  const pattern = (request.route as { path?: unknown } | undefined)?.path;
  const route = typeof pattern === 'string' ? `${request.baseUrl}${pattern}`.replace(CATCH_ALL, '') : request.baseUrl;
  return route || '(unmatched)';
}
