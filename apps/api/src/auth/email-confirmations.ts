import type { EntityManager } from 'typeorm';
import { issueLink, useLink } from './account-links';

export const CONFIRMATION_LIFETIME_HOURS = 24;

/** A new link for the account; earlier unused links stop working, so only the newest message counts. */
export function issueConfirmation(manager: EntityManager, userId: string): Promise<string> {
  return issueLink(manager, 'emailConfirmation', userId, CONFIRMATION_LIFETIME_HOURS * 60);
}

/** Uses the link once; returns the id of the account whose address it confirms. */
export async function useConfirmation(manager: EntityManager, token: string): Promise<string> {
  const link = await useLink(manager, 'emailConfirmation', token, {
    invalid: [
      'CONFIRMATION_LINK_INVALID',
      'This confirmation link is not valid: a newer one may have been sent. Use the link in the latest message, or ask for a new one.',
    ],
    used: ['CONFIRMATION_LINK_USED', 'This confirmation link was already used: your address is confirmed, so sign in.'],
    expired: [
      'CONFIRMATION_LINK_EXPIRED',
      `This confirmation link has expired (links work for ${CONFIRMATION_LIFETIME_HOURS} hours). Ask for a new one.`,
    ],
  });
  return link.userId;
}
