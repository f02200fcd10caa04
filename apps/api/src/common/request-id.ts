import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const requestIds = new AsyncLocalStorage<string>();

/**
 * Gives each request one id, sent back as `X-Request-Id`: its log lines carry it, and the answer
 * to an internal error quotes it, so a person's report leads straight to the log.
 */
export function assignRequestId(request: Request & { id?: string }, response: Response, next: NextFunction): void {
  const id = randomUUID();
  request.id = id;
  response.setHeader('X-Request-Id', id);
  requestIds.run(id, next);
}

/** The id of the request being served, if any. */
export function servedRequestId(): string | undefined {
  return requestIds.getStore();
}

/** Runs work that no request owns, such as a background job pg-boss polled for from within a request. */
export function outsideRequests<T>(work: () => T): T {
  return requestIds.exit(work);
}

/** The id of the request being served; a new one for work no request started. */
export function currentRequestId(): string {
  return servedRequestId() ?? randomUUID();
}
