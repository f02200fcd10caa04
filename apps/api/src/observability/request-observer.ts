import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { PlatformMetrics } from './platform-metrics';
import { requestLine } from './request-log';

/**
 * Times and logs every request the API serves, once, when its answer is sent or its client goes
 * away. The log line is written straight to the application's logger: a child logger per request
 * (what pino-http makes, twice) cost a sixth of a small query's time, and the request's id reaches
 * every other line through the logger's mixin instead (request-log.ts).
 */
@Injectable()
export class RequestObserver {
  constructor(
    private readonly metrics: PlatformMetrics,
    private readonly logger: PinoLogger,
  ) {}

  /** The Express middleware; app.ts mounts it first. */
  readonly middleware = (request: Request & { id?: string }, response: Response, next: NextFunction): void => {
    const started = performance.now();
    const observe = () => {
      response.off('finish', observe);
      response.off('close', observe);
      const durationMs = performance.now() - started;
      const aborted = !response.writableFinished;
      if (!aborted) this.measure(request, response, durationMs);
      const line = requestLine(request, response, Math.round(durationMs), aborted);
      if (response.statusCode >= 500) this.logger.error(line, 'request failed');
      else this.logger.info(line, 'request');
    };
    response.on('finish', observe);
    response.on('close', observe);
    next();
  };

  private measure(request: Request, response: Response, durationMs: number): void {
    const route = routeOf(request);
    this.metrics.httpRequestDuration.observe({ method: request.method, route, status: String(response.statusCode) }, durationMs / 1000);
    if (response.statusCode === 429) this.metrics.rateLimited.inc({ operation: route });
  }
}

/** A route's pattern, or the path a router is mounted at (Apollo's /graphql). */
function routeOf(request: Request): string {
  const pattern = (request.route as { path?: unknown } | undefined)?.path;
  const route = typeof pattern === 'string' ? `${request.baseUrl}${pattern}` : request.baseUrl;
  return route || '(unmatched)';
}
