import type { EntityManager } from 'typeorm';
import { PlatformError } from '../common/errors';
import { CONFIRMATION_LIFETIME_HOURS } from './account-messages';
import { hashSessionToken, newSessionToken } from './session-token';

/**
 * The single-use links that confirm an account's email address: every statement on the
 * `email_confirmation` table. Only a hash of each token is stored, as for sessions.
 */

/** A new link for the account; earlier unused links stop working, so only the newest message counts. */
export async function issueConfirmation(manager: EntityManager, userId: string): Promise<string> {
  const token = newSessionToken();
  await manager.query(`DELETE FROM email_confirmation WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  await manager.query(
    `INSERT INTO email_confirmation (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
    [userId, hashSessionToken(token), CONFIRMATION_LIFETIME_HOURS],
  );
  return token;
}

/**
 * Uses the link once and confirms its account's address; returns the account's id. The row lock
 * makes two clicks at the same moment one confirmation and one "already used".
 */
export async function useConfirmation(manager: EntityManager, token: string): Promise<string> {
  const [link]: { id: string; userId: string; used: boolean; expired: boolean }[] = await manager.query(
    `SELECT id, user_id AS "userId", used_at IS NOT NULL AS used, expires_at <= now() AS expired
       FROM email_confirmation WHERE token_hash = $1 FOR UPDATE`,
    [hashSessionToken(token)],
  );
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
  await manager.query(`UPDATE email_confirmation SET used_at = now() WHERE id = $1`, [link.id]);
  await manager.query(`UPDATE app_user SET email_confirmed_at = coalesce(email_confirmed_at, now()) WHERE id = $1`, [link.userId]);
  return link.userId;
}

/** Asked only once the password matched, so it tells nothing to someone who does not know it. */
export async function refuseUnconfirmedAccount(manager: EntityManager, userId: string): Promise<void> {
  const [account] = await manager.query(`SELECT email_confirmed_at IS NULL AS unconfirmed FROM app_user WHERE id = $1`, [userId]);
  if (account?.unconfirmed) {
    throw new PlatformError(
      'EMAIL_NOT_CONFIRMED',
      'Confirm your email address first: follow the link in the message we sent you, or ask for a new one.',
    );
  }
}
