import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { isClientCode, serverFailure } from './errors';

const STATUS_OF_CODE: Record<string, HttpStatus> = {
  BAD_REQUEST: HttpStatus.BAD_REQUEST,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  TWO_FACTOR_REQUIRED: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  COURSE_TERMINATED: HttpStatus.GONE,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Nest's own exceptions (the access guard's 401 and 403, an unknown route's 404) get the same codes. */
const CODE_OF_STATUS: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: 'BAD_USER_INPUT',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'RATE_LIMITED',
};

/**
 * Every failure on the HTTP routes (file downloads, CSV exports, health) answers JSON with the
 * codes GraphQL uses: `{ code, message }`. Client errors are answered and not logged; the
 * database being out of reach is 503 with Retry-After; anything else is 500, masked, and logged
 * once under the request id it quotes. On GraphQL operations errors pass through untouched, to
 * `formatError`, which does the same there; Nest's own handler would log each with a stack.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = answerFor(error);
    if (response.headersSent) {
      // A download that fails halfway is cut short, so a truncated file is never taken for a whole one.
      response.destroy();
      return;
    }
    response.setHeader('Cache-Control', 'no-store');
    if (typeof body.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(status).json(body);
  }
}

function answerFor(error: unknown): { status: number; body: { code: string; message: string; [extension: string]: unknown } } {
  if (error instanceof GraphQLError && isClientCode(error.extensions.code)) {
    const { code, http: _http, ...extensions } = error.extensions;
    return { status: STATUS_OF_CODE[String(code)] ?? HttpStatus.BAD_REQUEST, body: { code: String(code), message: error.message, ...extensions } };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    const status = error.getStatus();
    return { status, body: { code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST', message: error.message } };
  }
  const failure = serverFailure(error);
  return { status: STATUS_OF_CODE[failure.code] ?? HttpStatus.INTERNAL_SERVER_ERROR, body: { code: failure.code, message: failure.message, ...failure.extensions } };
}
