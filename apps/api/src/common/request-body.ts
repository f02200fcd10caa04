import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { ErrorCode } from './errors';

/**
 * The largest GraphQL request body accepted. The biggest documented inputs fit with room to
 * spare: a 200,000-character quiz file for `importQuizYaml` is about 220 kB as JSON, and at most
 * 800 kB even if every character took four bytes; 200 answers of 1,000 characters are the same;
 * a bulk issue to 5,000 learners is about 200 kB.
 */
export const GRAPHQL_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The deepest nesting of arrays and objects accepted in a request. No operation takes input
 * nested more than a few levels (an attempt's answers are three), while graphql-js and Apollo walk
 * variables recursively: a value thousands of levels deep would exhaust the stack there.
 */
export const MAX_JSON_DEPTH = 32;

/** What body-parser attaches to the errors it passes on. */
interface BodyError extends Error {
  type?: string;
  status?: number;
}

/** JSON bodies for /graphql, and an answer shaped like any GraphQL error when a body cannot be read. */
export function graphqlBodyParser(): (RequestHandler | ErrorRequestHandler)[] {
  return [refuseDeepQueryParameters, express.json({ limit: GRAPHQL_BODY_LIMIT_BYTES, verify: refuseDeepBody }), refuseUnreadableBody];
}

/** Checked on the raw text, before JSON.parse or anything else has built the value. */
function refuseDeepBody(_request: Request, _response: Response, body: Buffer): void {
  if (nestedDeeperThan(body, MAX_JSON_DEPTH)) throw Object.assign(new Error('too deep'), { type: 'entity.too.deep' });
}

/** A GET request carries its variables and extensions as JSON text in the query string. */
function refuseDeepQueryParameters(request: Request, response: Response, next: NextFunction): void {
  const { variables, extensions } = request.query;
  const tooDeep = [variables, extensions].some((text) => typeof text === 'string' && nestedDeeperThan(Buffer.from(text), MAX_JSON_DEPTH));
  if (!tooDeep) return next();
  refuseUnreadableBody({ name: 'Error', message: 'too deep', type: 'entity.too.deep' }, request, response, next);
}

const [QUOTE, BACKSLASH, OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE] = [...'"\\[]{}'].map((character) => character.charCodeAt(0));

/** Whether JSON text opens more than `limit` arrays or objects inside one another; brackets inside strings do not count. */
function nestedDeeperThan(json: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < json.length; at++) {
    const byte = json[at];
    if (inString) {
      if (byte === BACKSLASH) at++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) depth--;
  }
  return false;
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
      return [400, 'BAD_USER_INPUT', `The request nests values more than ${MAX_JSON_DEPTH} levels deep; no operation takes input that deep.`];
    case 'entity.parse.failed':
      return [400, 'BAD_REQUEST', 'The request body is not valid JSON.'];
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return [415, 'BAD_REQUEST', 'Send the request body as UTF-8 JSON without a content encoding.'];
    default:
      return [error.status && error.status >= 400 && error.status < 500 ? error.status : 400, 'BAD_REQUEST', 'The request body could not be read.'];
  }
}
