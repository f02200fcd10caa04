import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { hashPassword, verifyPassword } from '../users/password';
import type { User } from '../users/users.types';
import { SESSION_LIFETIME_MS } from './session-cookie';
import { hashSessionToken, newSessionToken } from './session-token';
import { SignInLimits } from './sign-in-limits';
import { refuseUnconfirmedAccount } from './email-confirmations';
import { USER_COLUMNS } from '../users/user-columns';

const WRONG_CREDENTIALS = 'The email or password is not right.';

export interface SessionStart {
  token: string;
  user: User;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AuthService {
  /** Compared against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    private readonly dataSource: DataSource,
    private readonly signInLimits: SignInLimits,
  ) {}

  async signIn(emailInput: string, password: string, address: string): Promise<SessionStart> {
    const email = normaliseEmail(emailInput);
    await this.signInLimits.admit(email, address);
    const [found] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM app_user WHERE email = $1`,
      [email],
    );
    const matches = await verifyPassword(password, found?.passwordHash ?? (await this.decoyHash));
    if (!found || !matches) {
      await this.signInLimits.failed(email);
      throw new PlatformError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.signInLimits.succeeded(email, address);
    await refuseUnconfirmedAccount(this.dataSource.manager, found.id);
    const { passwordHash: _, ...user } = found;
    return { token: await this.startSession(user.id), user };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every session of the account, on every device. */
  async signOutEverywhere(userId: string): Promise<number> {
    const [, revoked] = await this.dataSource.query(
      `UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
    return revoked;
  }

  async startSession(userId: string): Promise<string> {
    const token = newSessionToken();
    await this.dataSource.query(
      `INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
      [userId, hashSessionToken(token), SESSION_LIFETIME_MS / 1000],
    );
    return token;
  }
}
