import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from './policy.decorators';
import { SESSION_COOKIE } from './session-cookie';
import { deviceOf } from './session-device';
import { findViewerBySession } from './session-records';
import { hashSessionToken } from './session-token';

/** The account behind a request, with its roles as they are now (a role change applies at once). */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  createdAt: Date;
  sessionId: string;
}

export function sessionTokenOf(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

export async function findViewer(dataSource: DataSource, request: Request): Promise<Viewer | null> {
  const token = sessionTokenOf(request);
  if (!token || token.length > 200) return null;
  return (await findViewerBySession(dataSource, hashSessionToken(token), deviceOf(request))) ?? null;
}
