import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { issueLink, useLink } from '../auth/account-links';
import { newEmailOfChange } from '../auth/account-link-records';
import { findAccount, moveAccountEmail } from '../auth/account-records';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../auth/viewer';
import { PlatformError } from '../common/errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { MailService } from '../mail/mail.service';
import { normaliseEmail } from '../users/sign-in.service';
import { confirmNewEmailMessage, EMAIL_CHANGE_LIFETIME_HOURS, emailChangedMessage } from './email-change-messages';
import { CurrentPasswordCheck } from '../users/current-password-check';

/**
 * An account moves to a new address only once a link sent there is followed; until then it keeps
 * the confirmed address it has, so certificates and account messages never go to an unconfirmed
 * one. The old address is told when the move is made.
 */
@Injectable()
export class EmailChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly currentPassword: CurrentPasswordCheck,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async changeEmail(viewer: Viewer, newEmailInput: string, password: string): Promise<void> {
    const newEmail = normaliseEmail(newEmailInput);
    if (newEmail === viewer.email) {
      const problem = 'This is already your email address.';
      throw new PlatformError('BAD_USER_INPUT', problem, { fields: { newEmail: problem } });
    }
    const message = await this.dataSource.transaction(async (manager) => {
      const account = await this.currentPassword.lockAndCheck(manager, viewer.id, password);
      // Whether another account has the address is found out only when the link is followed,
      // by whoever holds that mailbox: this answer tells nobody who is registered.
      const token = await issueLink(manager, 'emailChange', account.id, EMAIL_CHANGE_LIFETIME_HOURS * 60, newEmail);
      await this.audit.record(manager, { actorId: account.id, action: 'EMAIL_CHANGE_REQUESTED', subjectUserId: account.id });
      return confirmNewEmailMessage(this.config.issuerName, this.config.publicUrl, { name: account.name, email: newEmail }, token);
    });
    this.mail.sendWithoutWaiting(message, `email-change-${randomUUID()}`);
  }

  /** Moves the account to the address the link was sent to; answers that address. */
  async confirmEmailChange(token: string): Promise<string> {
    const { oldAccount, newEmail } = await this.dataSource.transaction(async (manager) => {
      const link = await useLink(manager, 'emailChange', token, {
        invalid: ['EMAIL_CHANGE_LINK_INVALID', 'This link is not valid: a newer one may have been sent. Use the link in the latest message, or change the address again.'],
        used: ['EMAIL_CHANGE_LINK_USED', 'This link was already used: the address is changed.'],
        expired: ['EMAIL_CHANGE_LINK_EXPIRED', `This link has expired (links work for ${EMAIL_CHANGE_LIFETIME_HOURS} hours). Change the address again.`],
      });
      const address = await newEmailOfChange(manager, link.id);
      const before = await findAccount(manager, link.userId);
      if (!before || !(await moveAccountEmail(manager, link.userId, address))) {
        throw new PlatformError('EMAIL_IN_USE', 'Another account already uses this email address, so this account keeps its current one.');
      }
      await this.audit.record(manager, { actorId: link.userId, action: 'EMAIL_CHANGED', subjectUserId: link.userId });
      return { oldAccount: before, newEmail: address };
    });
    this.mail.sendWithoutWaiting(emailChangedMessage(this.config.issuerName, this.config.publicUrl, oldAccount, newEmail), `email-changed-${randomUUID()}`);
    return newEmail;
  }
}
