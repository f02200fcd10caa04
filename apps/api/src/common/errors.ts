import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

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
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (isDatabaseUnavailable(original)) {
    logger.warn(`The database cannot be reached: ${(original as Error).message}`);
    return { message: DATABASE_UNAVAILABLE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } };
  }
  const requestId = randomUUID();
  logger.error(`request ${requestId}: ${(original as Error)?.stack ?? String(original)}`);
  return {
    message: `Something went wrong on the server. Quote request id ${requestId} if you report it.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

const DATABASE_UNAVAILABLE = 'The service cannot reach its database right now; try again in a few seconds.';

/** Socket failures, and PostgreSQL's connection, shutdown and too-many-connections states. */
const UNREACHABLE_CODE = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|08\w{3}|57P0[123]|53300)$/;
/** node-postgres reports a lost or unobtainable connection with these messages and no code. */
const UNREACHABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

/**
 * Failures that mean PostgreSQL is out of reach (down, restarting, or out of connections) rather
 * than that a query was wrong: the client can retry the same request once it is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM lets go of a transaction's connection when it fails; the transaction's next query or its COMMIT reports this.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) return true;
  const failures = [error, (error as { driverError?: unknown } | null)?.driverError].filter(Boolean) as { code?: unknown; message?: unknown }[];
  return failures.some((failure) => UNREACHABLE_CODE.test(String(failure.code ?? '')) || UNREACHABLE_MESSAGE.test(String(failure.message ?? '')));
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
