import type { Request } from 'express';

/** Where a session is used from, as the account page lists it. */
export interface SessionDevice {
  userAgent: string | null;
  address: string | null;
}

export function deviceOf(request: Request): SessionDevice {
  return { userAgent: request.headers['user-agent']?.slice(0, 500) || null, address: request.ip ?? null };
}
