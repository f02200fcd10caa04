import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';

/** Codes a client can rely on; every failure the API reports carries one in `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'ATTEMPT_LIMIT_REACHED'
  | 'ATTEMPT_COOLDOWN'
  | 'ATTEMPT_ALREADY_SUBMITTED'
  | 'ATTEMPT_EXPIRED'
  | 'NOT_ELIGIBLE'
  | 'ALREADY_CERTIFIED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'BAD_REQUEST'
  | 'QUERY_TOO_COMPLEX'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const CLIENT_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'RATE_LIMITED',
  'ATTEMPT_LIMIT_REACHED',
  'ATTEMPT_COOLDOWN',
  'ATTEMPT_ALREADY_SUBMITTED',
  'ATTEMPT_EXPIRED',
  'NOT_ELIGIBLE',
  'ALREADY_CERTIFIED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'SERVICE_UNAVAILABLE',
]);

/** An error whose message is meant for the person using the client. */
export class PlatformError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

const logger = new Logger('GraphQL');

/**
 * Errors that are not the client's to act on are masked: the response says only that something
 * failed on the server and gives a request id; the log keeps the details under that id.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isVariableCoercionError(formatted)) {
    return { message: withoutEchoedValue(formatted.message), locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const requestId = randomUUID();
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  logger.error(`request ${requestId}: ${(original as Error)?.stack ?? String(original)}`);
  return {
    message: `Something went wrong on the server. Quote request id ${requestId} if you report it.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/** graphql-js reports variables that do not fit their declared types; Apollo leaves some uncoded. */
function isVariableCoercionError(formatted: GraphQLFormattedError): boolean {
  return !formatted.path && /^Variable "\$\w+" (got invalid value|of required type|of non-null type)/.test(formatted.message);
}

/** The echoed value can hold a password; the reason after it is what the client needs. */
function withoutEchoedValue(message: string): string {
  const echoed = /^Variable "(\$\w+)" got invalid value /.exec(message);
  const reasonAt = message.lastIndexOf('; ');
  return echoed && reasonAt > 0 ? `Variable "${echoed[1]}" is invalid: ${message.slice(reasonAt + 2)}` : message;
}
