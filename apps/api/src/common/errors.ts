import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { currentRequestId } from './request-id';

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
  | 'REGRADE_IN_PROGRESS'
  | 'COURSE_TERMINATED'
  | 'ALREADY_EVALUATED'
  | 'EVALUATION_REQUIRED'
  | 'CREDIT_PROFILE_REQUIRED'
  | 'CREDIT_NOT_FOR_PROFESSION'
  | 'ATTESTATION_REQUIRED'
  | 'ALREADY_CLAIMED'
  | 'EMAIL_NOT_CONFIRMED'
  | 'CONFIRMATION_LINK_INVALID'
  | 'CONFIRMATION_LINK_USED'
  | 'CONFIRMATION_LINK_EXPIRED'
  | 'TWO_FACTOR_REQUIRED'
  | 'TWO_FACTOR_CODE_INVALID'
  | 'TWO_FACTOR_ALREADY_ENABLED'
  | 'TWO_FACTOR_SETUP_NOT_STARTED'
  | 'SIGN_IN_CHALLENGE_INVALID'
  | 'SIGN_IN_CHALLENGE_EXPIRED'
  | 'SSO_PROVIDER_UNKNOWN'
  | 'SSO_STATE_INVALID'
  | 'SSO_FAILED'
  | 'SSO_EMAIL_NOT_VERIFIED'
  | 'SSO_EMAIL_NOT_ALLOWED'
  | 'PASSWORD_RESET_LINK_INVALID'
  | 'PASSWORD_RESET_LINK_USED'
  | 'PASSWORD_RESET_LINK_EXPIRED'
  | 'EMAIL_CHANGE_LINK_INVALID'
  | 'EMAIL_CHANGE_LINK_USED'
  | 'EMAIL_CHANGE_LINK_EXPIRED'
  | 'EMAIL_IN_USE'
  | 'WRONG_PASSWORD'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'BAD_REQUEST'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
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
  'REGRADE_IN_PROGRESS',
  'COURSE_TERMINATED',
  'ALREADY_EVALUATED',
  'EVALUATION_REQUIRED',
  'CREDIT_PROFILE_REQUIRED',
  'CREDIT_NOT_FOR_PROFESSION',
  'ATTESTATION_REQUIRED',
  'ALREADY_CLAIMED',
  'EMAIL_NOT_CONFIRMED',
  'CONFIRMATION_LINK_INVALID',
  'CONFIRMATION_LINK_USED',
  'CONFIRMATION_LINK_EXPIRED',
  'TWO_FACTOR_REQUIRED',
  'TWO_FACTOR_CODE_INVALID',
  'TWO_FACTOR_ALREADY_ENABLED',
  'TWO_FACTOR_SETUP_NOT_STARTED',
  'SIGN_IN_CHALLENGE_INVALID',
  'SIGN_IN_CHALLENGE_EXPIRED',
  'SSO_PROVIDER_UNKNOWN',
  'SSO_STATE_INVALID',
  'SSO_FAILED',
  'SSO_EMAIL_NOT_VERIFIED',
  'SSO_EMAIL_NOT_ALLOWED',
  'PASSWORD_RESET_LINK_INVALID',
  'PASSWORD_RESET_LINK_USED',
  'PASSWORD_RESET_LINK_EXPIRED',
  'EMAIL_CHANGE_LINK_INVALID',
  'EMAIL_CHANGE_LINK_USED',
  'EMAIL_CHANGE_LINK_EXPIRED',
  'EMAIL_IN_USE',
  'WRONG_PASSWORD',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
]);

/** Whether a code is one the client can act on (a refusal or a retry) rather than a server fault. */
export function isClientCode(code: unknown): boolean {
  return CLIENT_CODES.has(String(code));
}

/** An error whose message is meant for the person using the client. */
export class PlatformError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

const logger = new Logger('Requests');

/**
 * Errors that are not the client's to act on are masked: the response says only that something
 * failed on the server and gives a request id; the log keeps the details under that id.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isVariableCoercionError(formatted)) {
    const message = withoutSuggestions(withoutEchoedValue(formatted.message));
    return { message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isClientCode(formatted.extensions?.code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
  }
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const failure = serverFailure(original);
  return { message: failure.message, path: formatted.path, extensions: { code: failure.code, ...failure.extensions } };
}

/** What a client is told about a failure of the server, the same over GraphQL and on the file routes. */
export interface ServerFailure {
  code: 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';
  message: string;
  extensions: { retryAfterSeconds: number } | { requestId: string };
}

/** Seconds a client should wait before it retries a request refused while the database is out of reach. */
const RETRY_AFTER_SECONDS = 2;

/**
 * The one mapping of server failures: the database being out of reach or too slow to answer is
 * SERVICE_UNAVAILABLE with a retry hint (one short log line); anything else is logged once, with
 * its stack, under a new request id that the masked answer quotes.
 */
export function serverFailure(error: unknown): ServerFailure {
  const unavailable = databaseUnavailability(error);
  if (unavailable) {
    logger.warn(`${unavailable.log}: ${(error as Error).message}`);
    return { code: 'SERVICE_UNAVAILABLE', message: unavailable.message, extensions: { retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }
  const requestId = currentRequestId();
  logger.error(`request ${requestId}: ${(error as Error)?.stack ?? String(error)}`);
  return {
    code: 'INTERNAL_SERVER_ERROR',
    message: `Something went wrong on the server. Quote request id ${requestId} if you report it.`,
    extensions: { requestId },
  };
}

const DATABASE_UNAVAILABLE = 'The service cannot reach its database right now; try again in a few seconds.';
const DATABASE_TOO_SLOW = 'The database did not answer in time; try again in a few seconds.';

/** Socket failures, and PostgreSQL's connection, shutdown and too-many-connections states. */
const UNREACHABLE_CODE = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|08\w{3}|57P0[123]|53300)$/;
/** node-postgres reports a lost or unobtainable connection with these messages and no code. */
const UNREACHABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

/** PostgreSQL cancelled a statement that ran past `statement_timeout` (or waited that long for a lock). */
const TIMED_OUT_CODE = /^57014$/;
/** node-postgres gave up waiting for the reply to a query (`query_timeout`): the server hangs. */
const TIMED_OUT_MESSAGE = /^Query read timeout$/;

/**
 * Failures that mean PostgreSQL is out of reach (down, restarting, out of connections, or hung
 * past the timeouts) rather than that a query was wrong: the same request can be retried.
 */
function databaseUnavailability(error: unknown): { message: string; log: string } | null {
  // TypeORM lets go of a transaction's connection when it fails; the transaction's next query or its COMMIT reports this.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) {
    return { message: DATABASE_UNAVAILABLE, log: 'The database cannot be reached' };
  }
  // graphql-js wraps a thrown value that is not an Error of its own realm (under Jest: Node's socket errors) as NonErrorThrown.
  const { driverError, thrownValue } = (error ?? {}) as { driverError?: unknown; thrownValue?: unknown };
  const failures = [error, driverError, thrownValue].filter(Boolean) as { code?: unknown; message?: unknown }[];
  const matches = (code: RegExp, message: RegExp) =>
    failures.some((failure) => code.test(String(failure.code ?? '')) || message.test(String(failure.message ?? '')));
  if (matches(UNREACHABLE_CODE, UNREACHABLE_MESSAGE)) return { message: DATABASE_UNAVAILABLE, log: 'The database cannot be reached' };
  if (matches(TIMED_OUT_CODE, TIMED_OUT_MESSAGE)) return { message: DATABASE_TOO_SLOW, log: 'The database did not answer in time' };
  return null;
}

/** graphql-js reports variables that do not fit their declared types; Apollo leaves some uncoded. */
function isVariableCoercionError(formatted: GraphQLFormattedError): boolean {
  return !formatted.path && /^Variable "\$\w+" (got invalid value|of required type|of non-null type)/.test(formatted.message);
}

/**
 * Apollo's hideSchemaDetailsFromClientErrors drops "Did you mean" hints from validation errors
 * only; variables that do not fit their types would still name the fields and enum values.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/** The echoed value can hold a password; the reason after it is what the client needs. */
function withoutEchoedValue(message: string): string {
  const echoed = /^Variable "(\$\w+)" got invalid value /.exec(message);
  const reasonAt = message.lastIndexOf('; ');
  return echoed && reasonAt > 0 ? `Variable "${echoed[1]}" is invalid: ${message.slice(reasonAt + 2)}` : message;
}
