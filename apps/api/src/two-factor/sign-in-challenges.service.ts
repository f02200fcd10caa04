import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { findAccount, type Account } from '../auth/account-records';
import { AuthService } from '../auth/auth.service';
import type { SessionDevice } from '../auth/session-device';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import { PlatformError } from '../common/errors';
import { closeChallenge, deleteOldChallenges, insertChallenge, lockChallenge } from './sign-in-challenge-records';
import { TwoFactorCodes } from './two-factor-codes';
import { isTwoFactorEnabled } from './two-factor-records';

/** Long enough to open the app and type a code, short enough that a stolen challenge soon goes stale. */
export const CHALLENGE_LIFETIME_SECONDS = 5 * 60;

/**
 * The step between a right password (or a provider's sign-in) and a session, for accounts with
 * two-factor on: a challenge token, single-use and short-lived, that only a right second factor
 * turns into a session. Only the token's hash is stored.
 */
@Injectable()
export class SignInChallengesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: TwoFactorCodes,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  /** A challenge for an account with two-factor on, once its first factor passed; null when it has two-factor off. */
  async openIfNeeded(userId: string): Promise<string | null> {
    if (!(await isTwoFactorEnabled(this.dataSource, userId))) return null;
    const token = newSessionToken();
    await deleteOldChallenges(this.dataSource);
    await insertChallenge(this.dataSource, userId, hashSessionToken(token), CHALLENGE_LIFETIME_SECONDS);
    return token;
  }

  /** Closes the challenge for a right code of the app or an unused recovery code, and starts the account's session. */
  async complete(token: string, code: string, device: SessionDevice): Promise<{ token: string; user: Account }> {
    const userId = await this.pass(token, code);
    const user = await findAccount(this.dataSource, userId);
    if (!user) throw new PlatformError('SIGN_IN_CHALLENGE_INVALID', 'This sign-in cannot be completed any more. Sign in again with your password.');
    return { token: await this.auth.startSession(userId, device), user };
  }

  private pass(token: string, code: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = token.length <= 200 ? await lockChallenge(manager, hashSessionToken(token)) : undefined;
      if (!challenge || challenge.usedAt) {
        throw new PlatformError('SIGN_IN_CHALLENGE_INVALID', 'This sign-in cannot be completed any more. Sign in again with your password.');
      }
      if (challenge.expired) throw new PlatformError('SIGN_IN_CHALLENGE_EXPIRED', 'This sign-in took too long. Sign in again with your password.');
      const factor = await this.codes.accept(manager, challenge.userId, code, { recoveryCodes: true });
      await closeChallenge(manager, challenge.id);
      if (factor === 'recovery code') {
        await this.audit.record(manager, { actorId: challenge.userId, action: 'TWO_FACTOR_RECOVERY_CODE_USED', subjectUserId: challenge.userId });
      }
      return challenge.userId;
    });
  }
}
