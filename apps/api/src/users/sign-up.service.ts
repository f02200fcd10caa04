import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import type { SessionDevice } from '../auth/session-device';
import { issueConfirmation, useConfirmation } from '../auth/email-confirmations';
import { PlatformError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { MailService, type MailMessage } from '../mail/mail.service';
import { RateLimitService, type RateLimit } from '../rate-limits/rate-limit.service';
import type { SignUpInput } from './account.inputs';
import { confirmationMessage, existingAccountMessage } from './account-messages';
import { hashPassword } from './password';
import { normaliseEmail, type SessionStart } from './sign-in.service';
import { confirmAccountEmail, createAccount, findAccount, lockUnconfirmedAccount, nameOfAccount } from '../auth/account-records';

const SIGN_UPS_PER_ADDRESS = { limit: 20, windowSeconds: 60 * 60 };
const RESENDS_PER_ADDRESS = { limit: 20, windowSeconds: 60 * 60 };
/** Beyond this, account messages to one mailbox are dropped without a word, so no one can flood it. */
const MESSAGES_PER_MAILBOX = { limit: 5, windowSeconds: 60 * 60 };

/**
 * Sign-up answers the same whether or not the address has an account: a new address gets a
 * link to confirm it, a registered one gets a message saying someone tried. Only the owner of
 * the mailbox learns which it was.
 */
@Injectable()
export class SignUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitService,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(input: SignUpInput, address: string): Promise<void> {
    await this.rateLimits.consume(
      { key: `sign-up:address:${address}`, ...SIGN_UPS_PER_ADDRESS },
      'Too many accounts were created from this address.',
    );
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    // Hashed for a registered address too, so both answers take the same time.
    const passwordHash = await hashPassword(input.password);
    const message = await this.dataSource.transaction(async (manager) => {
      const created = await createAccount(manager, { email, name, passwordHash, roles: ['LEARNER'], confirmed: false });
      if (created) return confirmationMessage(this.config.issuerName, this.config.publicUrl, { name, email }, await issueConfirmation(manager, created));
      const ownerName = (await nameOfAccount(manager, email))!;
      return existingAccountMessage(this.config.issuerName, this.config.publicUrl, { name: ownerName, email });
    });
    await this.sendToMailbox(email, message);
  }

  /** The same answer for any address; only an account still waiting for confirmation gets a new link. */
  async resendConfirmation(emailInput: string, address: string): Promise<void> {
    await this.rateLimits.consume(
      { key: `confirmation-resend:address:${address}`, ...RESENDS_PER_ADDRESS },
      'Too many confirmation links were asked for from this address.',
    );
    const email = normaliseEmail(emailInput);
    const message = await this.dataSource.transaction(async (manager) => {
      const waiting = await lockUnconfirmedAccount(manager, email);
      if (!waiting) return null;
      const token = await issueConfirmation(manager, waiting.id);
      return confirmationMessage(this.config.issuerName, this.config.publicUrl, { name: waiting.name, email }, token);
    });
    if (message) await this.sendToMailbox(email, message);
  }

  /** Confirms the address and signs in, as following the link promises. */
  async confirmEmail(token: string, device: SessionDevice): Promise<SessionStart> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const confirmed = await useConfirmation(manager, token);
      await confirmAccountEmail(manager, confirmed);
      return confirmed;
    });
    const user = (await findAccount(this.dataSource, userId))!;
    return { token: await this.auth.startSession(userId, device), user };
  }

  private async sendToMailbox(email: string, message: MailMessage): Promise<void> {
    const mailbox: RateLimit = { key: `account-mail:${email}`, ...MESSAGES_PER_MAILBOX };
    const allowed = await this.rateLimits.consume(mailbox, '').then(
      () => true,
      (error: unknown) => {
        if (error instanceof PlatformError && error.extensions.code === 'RATE_LIMITED') return false;
        throw error;
      },
    );
    if (allowed) this.mail.sendWithoutWaiting(message, `account-${randomUUID()}`);
  }
}
