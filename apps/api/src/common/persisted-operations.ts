import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';

/** The operations the web app was built with, by the id it sends for each (`sha256:<hash of the text>`). */
export type PersistedOperations = ReadonlyMap<string, string>;

/** The web build writes this beside index.html; a build without it (or no build) persists nothing. */
export const PERSISTED_OPERATIONS_FILE = 'persisted-operations.json';

export function readPersistedOperations(webRoot: string): PersistedOperations {
  const file = path.join(webRoot, PERSISTED_OPERATIONS_FILE);
  if (!existsSync(file)) return new Map();
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(manifest).map(([id, text]) => [id, withTypenames(text)]));
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * The text with `__typename` in every selection below the operation's own, as urql adds it to a
 * query it sends itself: its document cache learns from the types in an answer which queries a
 * mutation touched. The id stays the hash of the text the build wrote.
 */
function withTypenames(text: string): string {
  return print(
    visit(parse(text), {
      SelectionSet(node: SelectionSetNode, _key, parent) {
        const isOperationRoot = parent !== undefined && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
        const hasTypename = node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename');
        return isOperationRoot || hasTypename ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
      },
    }),
  );
}

/** Set on a request this middleware answered from the manifest, for the cache policy to read; a client's own value is replaced. */
export const PERSISTED_OPERATION_HEADER = 'x-persisted-operation';

/**
 * `GET /graphql?operationName=…&variables=…&extensions={"persistedQuery":{"version":1,"sha256Hash":"<id>"}}`,
 * as Apollo's persisted-query protocol writes it: the id is looked up among the web app's
 * operations and the request goes on to Apollo as a GET of that text, so a URL names one fixed
 * query a browser or a CDN can cache. Nothing is registered at run time: an id the build does not
 * know is answered PERSISTED_QUERY_NOT_FOUND, and the client's retry with the text goes on as an
 * ordinary GET.
 */
export function persistedOperationRequests(operations: PersistedOperations) {
  return (request: Request, response: Response, next: NextFunction) => {
    delete request.headers[PERSISTED_OPERATION_HEADER];
    if (request.method !== 'GET') return next();
    const url = new URL(request.url, 'http://platform.invalid');
    const id = persistedQueryId(url.searchParams.get('extensions'));
    if (id === null) return next();
    const text = operations.get(id);
    url.searchParams.delete('extensions');
    if (text === undefined) {
      if (!url.searchParams.has('query')) {
        response.status(200).json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
        return;
      }
      // The client's retry with its own text: an ordinary GET from here on, cached by no one.
      request.url = `${url.pathname}${url.search}`;
      return next();
    }
    url.searchParams.set('query', text);
    request.url = `${url.pathname}${url.search}`;
    request.headers[PERSISTED_OPERATION_HEADER] = id;
    // A fixed query cannot be forged across sites, and reads change nothing: no preflight header needed.
    request.headers['apollo-require-preflight'] = 'true';
    next();
  };
}

function persistedQueryId(extensions: string | null): string | null {
  if (extensions === null) return null;
  try {
    const hash = (JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
    return typeof hash === 'string' ? hash : null;
  } catch {
    return null;
  }
}
