import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { liveSessionsOf, revokeSessionOf } from '../auth/session-records';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import type { AccountSession } from './account-sessions.types';
import { describeDevice } from './device-description';

/** The holder's own sessions: listed with where they are used from, and ended one by one. */
@Injectable()
export class AccountSessionsService {
  constructor(private readonly dataSource: DataSource) {}

  async sessionsOf(viewer: Viewer): Promise<AccountSession[]> {
    const sessions = await liveSessionsOf(this.dataSource, viewer.id);
    return sessions.map(({ id, createdAt, lastSeenAt, userAgent, address }) => ({
      id,
      device: describeDevice(userAgent),
      address,
      signedInAt: createdAt,
      lastSeenAt,
      current: id === viewer.sessionId,
    }));
  }

  /** Another account's session, or one already ended, is not found: nothing says which. */
  async endSession(viewer: Viewer, sessionId: string): Promise<void> {
    if (!(await revokeSessionOf(this.dataSource, viewer.id, sessionId))) {
      throw new PlatformError('NOT_FOUND', 'You have no such session: it may have ended already.');
    }
  }
}
