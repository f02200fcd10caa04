import type { EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { lockConfirmationLink, markConfirmationLinkUsed, replaceConfirmationLinks } from './email-confirmation-records';
import { hashSessionToken, newSessionToken } from './session-token';

export const CONFIRMATION_LIFETIME_HOURS = 24;

/** A new link for the account; earlier unused links stop working, so only the newest message counts. */
export async function issueConfirmation(manager: EntityManager, userId: string): Promise<string> {
  const token = newSessionToken();
  await replaceConfirmationLinks(manager, userId, hashSessionToken(token), CONFIRMATION_LIFETIME_HOURS);
  return token;
}

/**
 * Uses the link once; returns the id of the account whose address it confirms. The row lock
 * makes two clicks at the same moment one confirmation and one "already used".
 */
export async function useConfirmation(manager: EntityManager, token: string): Promise<string> {
  const link = await lockConfirmationLink(manager, hashSessionToken(token));
  if (!link) {
    throw new PlatformError(
      'CONFIRMATION_LINK_INVALID',
      'This confirmation link is not valid: a newer one may have been sent. Use the link in the latest message, or ask for a new one.',
    );
  }
  if (link.used) {
    throw new PlatformError('CONFIRMATION_LINK_USED', 'This confirmation link was already used: your address is confirmed, so sign in.');
  }
  if (link.expired) {
    throw new PlatformError(
      'CONFIRMATION_LINK_EXPIRED',
      `This confirmation link has expired (links work for ${CONFIRMATION_LIFETIME_HOURS} hours). Ask for a new one.`,
    );
  }
  await markConfirmationLinkUsed(manager, link.id);
  return link.userId;
}
