import type { NextFunction, Request, Response } from 'express';

const NUL = /%00/i;

/**
 * A NUL character ("%00") in a path or query string can be neither stored in nor compared with
 * PostgreSQL's text, so no page, file or GraphQL request may carry one; nor can a path whose
 * percent-encoding is not UTF-8 (half an emoji) name anything. Both are refused here, before the
 * static files or a route read the address, with the code GraphQL uses for bad input.
 */
export function refuseUnreadableAddress(request: Request, response: Response, next: NextFunction): void {
  const problem = NUL.test(request.originalUrl)
    ? 'The address contains a NUL character (%00); remove it and try again.'
    : !decodes(request.path)
      ? 'The address is not valid percent-encoded UTF-8; correct it and try again.'
      : null;
  if (problem === null) return next();
  refuse(request, response, problem);
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refuse(request: Request, response: Response, message: string): void {
  const code = 'BAD_USER_INPUT';
  response.status(400).setHeader('Cache-Control', 'no-store');
  response.json(request.path === '/graphql' ? { errors: [{ message, extensions: { code } }] } : { code, message });
}
