import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { ErrorCode } from './errors';

/**
 * The largest GraphQL request body accepted. The biggest documented inputs fit with room to
 * spare: a 200,000-character quiz file for `importQuizYaml` is about 220 kB as JSON, and at most
 * 800 kB even if every character took four bytes; 200 answers of 1,000 characters are the same;
 * a bulk issue to 5,000 learners is about 200 kB.
 */
export const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/** What body-parser attaches to the errors it passes on. */
interface BodyError extends Error {
  type?: string;
  status?: number;
}

/** JSON bodies for /graphql, and an answer shaped like any GraphQL error when a body cannot be read. */
export function graphqlBodyParser(): [RequestHandler, (error: BodyError, request: Request, response: Response, next: NextFunction) => void] {
  return [express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES }), refuseUnreadableBody];
}

function refuseUnreadableBody(error: BodyError, _request: Request, response: Response, next: NextFunction): void {
  if (!error.type) return next(error);
  const [status, code, message] = refusalOf(error);
  response.status(status).setHeader('Cache-Control', 'no-store');
  response.json({ errors: [{ message, extensions: { code, ...(code === 'PAYLOAD_TOO_LARGE' ? { limitBytes: GRAPHQL_BODY_LIMIT_BYTES } : {}) } }] });
}

function refusalOf(error: BodyError): [number, ErrorCode, string] {
  switch (error.type) {
    case 'entity.too.large':
      return [413, 'PAYLOAD_TOO_LARGE', `The request is larger than the ${GRAPHQL_BODY_LIMIT_BYTES / 1024 / 1024} MB allowed; send less in one request.`];
    case 'entity.parse.failed':
      return [400, 'BAD_REQUEST', 'The request body is not valid JSON.'];
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return [415, 'BAD_REQUEST', 'Send the request body as UTF-8 JSON without a content encoding.'];
    default:
      return [error.status && error.status >= 400 && error.status < 500 ? error.status : 400, 'BAD_REQUEST', 'The request body could not be read.'];
  }
}
