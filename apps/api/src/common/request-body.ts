import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { ErrorCode } from './errors';
import { nestedDeeperThan } from './nesting-depth';

/**
 * The largest GraphQL request body accepted. The biggest documented inputs fit with room to
 * spare: a 200,000-character quiz file for `importQuizYaml` is about 220 kB as JSON, and at most
 * 800 kB even if every character took four bytes; 200 answers of 1,000 characters are the same;
 * a bulk issue to 5,000 learners is about 200 kB.
 */
export const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The deepest nesting of lists and objects accepted in a request, its variables or its query. No
 * operation takes input nested more than a few levels (an attempt's answers are three), while
 * graphql-js and Apollo parse and walk both recursively: thousands of levels would exhaust the stack.
 */
export const MAX_NESTING_DEPTH = 32;

/** What body-parser attaches to the errors it passes on. */
interface BodyError extends Error {
  type?: string;
  status?: number;
}

/** JSON bodies for /graphql, and an answer shaped like any GraphQL error when a body cannot be read or nests too deep. */
export function graphqlBodyParser(): (RequestHandler | ErrorRequestHandler)[] {
  return [
    refuseDeepQueryParameters,
    express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES, verify: refuseDeepBody }),
    refuseUnreadableBody,
    refuseDeepDocument,
  ];
}

const tooDeep = (type: 'entity.too.deep' | 'document.too.deep'): BodyError => Object.assign(new Error(type), { type });

/** Checked on the raw text, before JSON.parse or anything else has built the value. */
function refuseDeepBody(_request: Request, _response: Response, body: Buffer): void {
  if (nestedDeeperThan(body.toString('utf8'), MAX_NESTING_DEPTH)) throw tooDeep('entity.too.deep');
}

/** The query is text inside the body, read by a parser that recurses on every bracket. */
function refuseDeepDocument(request: Request, response: Response, next: NextFunction): void {
  const query = (request.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && nestedDeeperThan(query, MAX_NESTING_DEPTH)) return refuseUnreadableBody(tooDeep('document.too.deep'), request, response, next);
  next();
}

/** A GET request carries its query, variables and extensions as text in the query string. */
function refuseDeepQueryParameters(request: Request, response: Response, next: NextFunction): void {
  const { query, variables, extensions } = request.query;
  const deep = (text: unknown) => typeof text === 'string' && nestedDeeperThan(text, MAX_NESTING_DEPTH);
  if (deep(query)) return refuseUnreadableBody(tooDeep('document.too.deep'), request, response, next);
  if (deep(variables) || deep(extensions)) return refuseUnreadableBody(tooDeep('entity.too.deep'), request, response, next);
  next();
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
    case 'entity.too.deep':
      return [400, 'BAD_USER_INPUT', `The request nests values more than ${MAX_NESTING_DEPTH} levels deep; no operation takes input that deep.`];
    case 'document.too.deep':
      return [400, 'QUERY_TOO_COMPLEX', `The query nests selections or values more than ${MAX_NESTING_DEPTH} levels deep.`];
    case 'entity.parse.failed':
      return [400, 'BAD_REQUEST', 'The request body is not valid JSON.'];
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return [415, 'BAD_REQUEST', 'Send the request body as UTF-8 JSON without a content encoding.'];
    default:
      return [error.status && error.status >= 400 && error.status < 500 ? error.status : 400, 'BAD_REQUEST', 'The request body could not be read.'];
  }
}
