import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SESSION_LIFETIME_MS } from './session-cookie';
import type { SessionDevice } from './session-device';
import { insertSession, revokeSession, revokeSessionsOf } from './session-records';
import { hashSessionToken, newSessionToken } from './session-token';

/** Sessions: started once an account has proved who it is, ended on sign-out or after 14 days. */
@Injectable()
export class AuthService {
  constructor(private readonly dataSource: DataSource) {}

  /** Answers the session's token, which only the client keeps. */
  async startSession(userId: string, device: SessionDevice): Promise<string> {
    const token = newSessionToken();
    await insertSession(this.dataSource, userId, hashSessionToken(token), SESSION_LIFETIME_MS / 1000, device);
    return token;
  }

  signOut(sessionId: string): Promise<void> {
    return revokeSession(this.dataSource, sessionId);
  }

  /** Ends every session of the account, on every device. */
  signOutEverywhere(userId: string): Promise<number> {
    return revokeSessionsOf(this.dataSource, userId);
  }
}
