import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { SecretBox } from '../secrets/secret-box';
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { acceptedTotpStep } from './totp';
import { lockTwoFactor, useRecoveryCode, useTimeStep } from './two-factor-records';

/**
 * Ten codes per account in 15 minutes, right or wrong, counted before any is checked, so a
 * parallel burst cannot outrun the limit. Only someone who already passed the password (or holds
 * a session) can spend them, so the limit cannot lock out an owner who has not lost the password.
 */
const CODES_PER_WINDOW = 10;
const WINDOW_SECONDS = 15 * 60;

export type SecondFactor = 'app' | 'recovery code';

export function twoFactorSecretContext(userId: string): string {
  return `two-factor-secret:${userId}`;
}

@Injectable()
export class TwoFactorCodes {
  constructor(
    private readonly secrets: SecretBox,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** The secret of the account's two-factor (enabled or waiting for its first code), opened; null when there is none. */
  async lockSecret(manager: EntityManager, userId: string) {
    const found = await lockTwoFactor(manager, userId);
    return found && { ...found, secret: this.secrets.open(found.sealedSecret, twoFactorSecretContext(userId)) };
  }

  /**
   * Accepts a code of the app, once (its time step is recorded), or an unused recovery code when
   * `recoveryCodes` allows, inside the caller's transaction; refuses anything else with TWO_FACTOR_CODE_INVALID.
   */
  async accept(manager: EntityManager, userId: string, code: string, { recoveryCodes }: { recoveryCodes: boolean }): Promise<SecondFactor> {
    await this.rateLimits.consume(
      { key: `two-factor:account:${userId}`, limit: CODES_PER_WINDOW, windowSeconds: WINDOW_SECONDS },
      'Too many two-factor codes were tried for this account.',
    );
    const twoFactor = await this.lockSecret(manager, userId);
    const entered = code.trim();
    if (twoFactor && recoveryCodes && looksLikeRecoveryCode(entered)) {
      if (await useRecoveryCode(manager, userId, hashRecoveryCode(entered))) return 'recovery code';
    } else if (twoFactor) {
      const step = await acceptedTotpStep(twoFactor.secret, entered.replace(/\s/g, ''), twoFactor.lastUsedStep);
      if (step !== null && (await useTimeStep(manager, userId, step))) return 'app';
    }
    throw new PlatformError(
      'TWO_FACTOR_CODE_INVALID',
      recoveryCodes
        ? 'That code is not right, or it was used already. Enter the current code from your authenticator app, or an unused recovery code.'
        : 'That code is not right, or it was used already. Enter the current code from your authenticator app.',
    );
  }
}
