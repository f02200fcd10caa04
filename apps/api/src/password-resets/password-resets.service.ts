import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { confirmAccountEmail, findAccount, findAccountToSignIn, lockAccountWithPassword, setPasswordHash } from '../auth/account-records';
import { issueLink, useLink } from '../auth/account-links';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import type { SessionDevice } from '../auth/session-device';
import { revokeSessionsOf } from '../auth/session-records';
import { PlatformError } from '../common/errors';
import { passwordProblem } from '../common/password-policy';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limits/rate-limit.service';
import { hashPassword } from '../users/password';
import { SignInChallengesService } from '../two-factor/sign-in-challenges.service';
import { normaliseEmail, type SecondFactorNeeded, type SessionStart } from '../users/sign-in.service';
import { passwordResetMessage, RESET_LIFETIME_MINUTES } from './password-reset-messages';

const REQUESTS_PER_ADDRESS = { limit: 20, windowSeconds: 60 * 60 };
/** Counted for any email, registered or not, so the refusal says nothing about who has an account. */
const REQUESTS_PER_EMAIL = { limit: 3, windowSeconds: 60 * 60 };
const RESETS_PER_ADDRESS = { limit: 20, windowSeconds: 60 * 60 };

/**
 * A forgotten password is replaced through a single-use link mailed to the account's address.
 * Asking answers the same whether or not the address has an account; using the link ends every
 * session the account had and signs in afresh.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly challenges: SignInChallengesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestReset(emailInput: string, address: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    await this.rateLimits.consume({ key: `password-reset:address:${address}`, ...REQUESTS_PER_ADDRESS }, 'Too many password resets were asked for from this address.');
    await this.rateLimits.consume({ key: `password-reset:email:${email}`, ...REQUESTS_PER_EMAIL }, 'Too many password resets were asked for this email address.');
    const message = await this.dataSource.transaction(async (manager) => {
      const account = await findAccountToSignIn(manager, email);
      if (!account) return null;
      const token = await issueLink(manager, 'passwordReset', account.id, RESET_LIFETIME_MINUTES);
      return passwordResetMessage(this.config.issuerName, this.config.publicUrl, account, token);
    });
    // Not awaited, so how long the mail server takes never tells a registered address from another.
    if (message) this.mail.sendWithoutWaiting(message, `password-reset-${randomUUID()}`);
  }

  async resetPassword(token: string, password: string, device: SessionDevice): Promise<SessionStart | SecondFactorNeeded> {
    await this.rateLimits.consume(
      { key: `password-reset-use:address:${device.address ?? 'unknown'}`, ...RESETS_PER_ADDRESS },
      'Too many password reset links were tried from this address.',
    );
    const passwordHash = await hashPassword(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const link = await useLink(manager, 'passwordReset', token, {
        invalid: ['PASSWORD_RESET_LINK_INVALID', 'This password reset link is not valid: a newer one may have been sent. Use the latest message, or ask again.'],
        used: ['PASSWORD_RESET_LINK_USED', 'This password reset link was already used. Sign in, or ask for a new link.'],
        expired: ['PASSWORD_RESET_LINK_EXPIRED', `This password reset link has expired (links work for ${RESET_LIFETIME_MINUTES} minutes). Ask for a new one.`],
      });
      const account = await lockAccountWithPassword(manager, link.userId);
      if (!account) throw new PlatformError('PASSWORD_RESET_LINK_INVALID', 'This password reset link is not valid: the account no longer exists.');
      const problem = passwordProblem(password, account);
      if (problem) throw new PlatformError('BAD_USER_INPUT', problem, { fields: { password: problem } });
      await setPasswordHash(manager, account.id, passwordHash);
      // The link reached the mailbox, which is what confirming the address proves.
      await confirmAccountEmail(manager, account.id);
      const endedSessions = await revokeSessionsOf(manager, account.id);
      await this.audit.record(manager, { actorId: account.id, action: 'PASSWORD_RESET', subjectUserId: account.id, details: { endedSessions } });
      return account.id;
    });
    // The link proves the mailbox only: an account with two-factor on still needs its code.
    const secondFactorChallenge = await this.challenges.openIfNeeded(userId);
    if (secondFactorChallenge) return { secondFactorChallenge };
    return { token: await this.auth.startSession(userId, device), user: (await findAccount(this.dataSource, userId))! };
  }
}
