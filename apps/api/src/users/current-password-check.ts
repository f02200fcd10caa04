import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { lockAccountWithPassword } from '../auth/account-records';
import { PlatformError } from '../common/errors';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { verifyPassword } from './password';

/** Tries per account and hour, wrong or right, so a stolen session cannot be used to guess the password. */
const CHECKS_PER_ACCOUNT = { limit: 10, windowSeconds: 60 * 60 };

/** The step before changes a session alone must not make: moving the account elsewhere, deleting it. */
@Injectable()
export class CurrentPasswordCheck {
  constructor(private readonly rateLimits: RateLimitService) {}

  /** Locks the account until the transaction ends and checks its password; refuses a deleted account as not found. */
  async lockAndCheck(manager: EntityManager, userId: string, password: string) {
    await this.rateLimits.consume({ key: `current-password:account:${userId}`, ...CHECKS_PER_ACCOUNT }, 'Too many password checks for this account.');
    const account = await lockAccountWithPassword(manager, userId);
    if (!account) throw new PlatformError('NOT_FOUND', 'This account no longer exists.');
    if (!(await verifyPassword(password, account.passwordHash))) {
      throw new PlatformError('WRONG_PASSWORD', 'Your current password is not right.', { fields: { currentPassword: 'Your current password is not right.' } });
    }
    return account;
  }
}
