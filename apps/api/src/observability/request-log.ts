import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogFn, Logger, LoggerOptions } from 'pino';
import { servedRequestId } from '../common/request-id';
import type { LogLevel } from '../config/app-config';
import { accountIdOf, factsOf } from './request-facts';

/**
 * The application's logger: JSON lines, each carrying the id of the request being served when
 * one is (common/request-id.ts). One line per request is written by request-observer.ts,
 * built field by field: nothing of the request's headers, query string or body is copied, so
 * tokens, cookies, passwords, answers and profile data cannot reach the log however they were sent.
 */
export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    hooks: { logMethod: quietNestStartUp },
    mixin: () => {
      const requestId = servedRequestId();
      return requestId ? { requestId } : {};
    },
  };
}

/** Nest's start-up report (each module loaded, each route mapped): dozens of lines a start, kept for LOG_LEVEL=debug. */
const NEST_START_UP = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule', 'NestApplication']);

function quietNestStartUp(this: Logger, args: Parameters<LogFn>, log: LogFn, level: number): void {
  const [fields] = args as unknown[];
  const context = (fields as { context?: unknown } | null)?.context;
  if (level === this.levels.values.info && typeof context === 'string' && NEST_START_UP.has(context)) return this.debug(...args);
  log.apply(this, args);
}

export function requestLine(request: IncomingMessage & { id?: string }, response: ServerResponse, durationMs: number, aborted: boolean) {
  const facts = factsOf(request);
  return {
    requestId: request.id,
    method: request.method,
    path: pathOf(request),
    status: response.statusCode,
    durationMs,
    userId: accountIdOf(request),
    operation: facts.operation,
    errorCode: facts.errorCode,
    ...(aborted ? { aborted } : {}),
  };
}

/** The path without its query string: confirmation links and downloads may carry tokens there. */
export function pathOf(request: IncomingMessage): string {
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
  return url.split('?')[0];
}
