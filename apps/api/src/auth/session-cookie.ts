import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'ptp_session';
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export function setSessionCookie(request: Request, response: Response, token: string): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Behind a TLS-terminating proxy, `trust proxy` makes this true from X-Forwarded-Proto.
    secure: request.secure,
    path: '/',
    maxAge: SESSION_LIFETIME_MS,
  });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' });
}
