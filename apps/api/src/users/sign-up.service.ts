import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { MailService, type MailMessage } from '../mail/mail.service';
import { RateLimitService, type RateLimit } from '../rate-limits/rate-limit.service';
import { hashPassword } from '../users/password';
import { USER_COLUMNS } from '../users/user-columns';
import type { SignUpInput } from './auth.inputs';
import { AuthService, normaliseEmail, type SessionStart } from './auth.service';
import { confirmationMessage, existingAccountMessage } from './account-messages';
import { issueConfirmation, useConfirmation } from './email-confirmations';

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
      const [created] = await manager.query(
        `INSERT INTO app_user (email, name, password_hash, roles, email_confirmed_at) VALUES ($1, $2, $3, '{LEARNER}', NULL)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [email, name, passwordHash],
      );
      if (created) return confirmationMessage(this.config.issuerName, this.config.publicUrl, { name, email }, await issueConfirmation(manager, created.id));
      const [owner] = await manager.query(`SELECT name FROM app_user WHERE email = $1`, [email]);
      return existingAccountMessage(this.config.issuerName, this.config.publicUrl, { name: owner.name, email });
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
      const [waiting] = await manager.query(
        `SELECT id, name FROM app_user WHERE email = $1 AND email_confirmed_at IS NULL FOR UPDATE`,
        [email],
      );
      if (!waiting) return null;
      const token = await issueConfirmation(manager, waiting.id);
      return confirmationMessage(this.config.issuerName, this.config.publicUrl, { name: waiting.name, email }, token);
    });
    if (message) await this.sendToMailbox(email, message);
  }

  /** Confirms the address and signs in, as following the link promises. */
  async confirmEmail(token: string): Promise<SessionStart> {
    const userId = await this.dataSource.transaction((manager) => useConfirmation(manager, token));
    const [user] = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [userId]);
    return { token: await this.auth.startSession(userId), user };
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
