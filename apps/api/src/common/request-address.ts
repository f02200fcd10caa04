import type { NextFunction, Request, Response } from 'express';

const NUL = /%00/i;

/**
 * A NUL character ("%00") in a path or query string can be neither stored in nor compared with
 * PostgreSQL's text, so no page, file or GraphQL request may carry one: it is refused here with
 * the code GraphQL uses for bad input, before a route hands it to the database.
 */
export function refuseNulInAddress(request: Request, response: Response, next: NextFunction): void {
  if (!NUL.test(request.originalUrl)) return next();
  const code = 'BAD_USER_INPUT';
  const message = 'The address contains a NUL character (%00); remove it and try again.';
  response.status(400).setHeader('Cache-Control', 'no-store');
  response.json(request.path === '/graphql' ? { errors: [{ message, extensions: { code } }] } : { code, message });
}
