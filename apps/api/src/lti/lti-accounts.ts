import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isEmail } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { createAccount } from '../auth/account-records';
import { readDisplayName } from '../users/display-name';
import { normaliseEmail } from '../users/sign-in.service';
import { linkAccount, linkedAccount } from './lti-launch-records';

/** An address that receives no mail (RFC 2606), for an LMS user whose address the platform cannot take. */
const NO_MAIL_DOMAIN = 'lms-learner.invalid';

/**
 * Which account an LMS user is: the one linked to the platform and the user's id there (`sub`),
 * made on the first launch. An LMS's email claim is never used to find an existing account: LTI
 * has no claim that the address was verified, so a registered LMS could otherwise sign in as any
 * account here by sending its address. The address is kept on a new account when no account has
 * it, so certificates can be mailed; otherwise the account gets an address that receives no mail.
 */
@Injectable()
export class LtiAccounts {
  constructor(private readonly audit: AuditService) {}

  async linked(manager: EntityManager, platformId: string, person: { subject: string; name: string | null; email: string | null }): Promise<string> {
    const linked = await linkedAccount(manager, platformId, person.subject);
    if (linked) return linked;
    const name = readDisplayName(person.name ?? '').name ?? 'LMS learner';
    const email = person.email && isEmail(person.email) && person.email.length <= 254 ? normaliseEmail(person.email) : null;
    // No password: the account signs in through the LMS (or sets a password by a reset to its address).
    const account = { name, passwordHash: '', roles: ['LEARNER' as const], confirmed: true };
    const created =
      (email ? await createAccount(manager, { ...account, email }) : undefined) ??
      (await createAccount(manager, { ...account, email: `${randomUUID()}@${NO_MAIL_DOMAIN}` }));
    if (!created) throw new Error('An account for an LMS user could not be made.');
    await linkAccount(manager, { platformId, subject: person.subject, userId: created });
    await this.audit.record(manager, { actorId: null, action: 'USER_CREATED_BY_LTI', subjectUserId: created, details: { platformId, addressFromLms: email !== null } });
    return created;
  }
}
