import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Role } from './policy.decorators';
import { SESSION_COOKIE } from './session-cookie';
import { deviceOf } from './session-device';
import { findViewerBySession, type PresentedSession } from './session-records';
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

/** The viewer of one request, looked up once however many fields ask. */
export interface RequestViewer {
  viewer(): Promise<Viewer | null>;
  /**
   * Runs `read`, which finds the viewer of the session with something of theirs in one statement,
   * when nothing in the request has asked for the viewer yet; `viewer()` then answers the viewer it
   * found. Null when the request presents no live session; undefined when the viewer was asked for
   * already, so the caller reads as usual.
   */
  viewerAlong<T>(read: (session: PresentedSession) => Promise<ViewerAlong<T> | undefined>): Promise<ViewerAlong<T> | null> | undefined;
}

export interface ViewerAlong<T> {
  viewer: Viewer;
  along: T;
}

export function sessionTokenOf(request: Request): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return cookie || null;
}

/** The session a request presents, or null when it presents none worth looking up. */
export function sessionOfRequest(request: Request): PresentedSession | null {
  const token = sessionTokenOf(request);
  if (!token || token.length > 200) return null;
  return { tokenHash: hashSessionToken(token), ...deviceOf(request) };
}

export async function findViewer(dataSource: DataSource, request: Request): Promise<Viewer | null> {
  const session = sessionOfRequest(request);
  return session ? ((await findViewerBySession(dataSource, session)) ?? null) : null;
}
