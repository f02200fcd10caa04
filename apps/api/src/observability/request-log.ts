import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogFn, Logger } from 'pino';
import type { Options } from 'pino-http';
import { currentRequestId } from '../common/request-id';
import type { LogLevel } from '../config/app-config';
import { accountIdOf, factsOf } from './request-facts';

/**
 * One JSON line per request, built field by field: nothing of the request's headers, query
 * string or body is copied, so tokens, cookies, passwords, answers and profile data cannot reach
 * the log however they were sent. Every other line logged while the request runs carries its id
 * (common/request-id.ts).
 */
export function requestLogOptions(level: LogLevel): Options {
  return {
    level,
    base: undefined,
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    hooks: { logMethod: quietNestStartUp },
    genReqId: () => currentRequestId(),
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (request, response, value: { responseTime: number }) => requestLine(request, response, value.responseTime),
    customErrorObject: (request, response, _error, value: { responseTime: number }) => requestLine(request, response, value.responseTime),
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

function requestLine(request: IncomingMessage, response: ServerResponse, durationMs: number) {
  const facts = factsOf(request);
  return {
    method: request.method,
    path: pathOf(request),
    status: response.statusCode,
    durationMs,
    userId: accountIdOf(request),
    operation: facts.operation,
    errorCode: facts.errorCode,
  };
}

/** The path without its query string: confirmation links and downloads may carry tokens there. */
export function pathOf(request: IncomingMessage): string {
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
  return url.split('?')[0];
}
