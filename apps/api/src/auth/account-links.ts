import type { EntityManager } from 'typeorm';
import { PlatformError, type ErrorCode } from '../common/errors';
import { lockLink, markLinkUsed, replaceLink, type LinkTable } from './account-link-records';
import { hashSessionToken, newSessionToken } from './session-token';

/** What each refusal of a link says, by the code a client acts on. */
export interface LinkRefusals {
  invalid: [ErrorCode, string];
  used: [ErrorCode, string];
  expired: [ErrorCode, string];
}

/** A new link for the account, valid for `lifetimeMinutes`; earlier unused links of its kind stop working. */
export async function issueLink(manager: EntityManager, table: LinkTable, userId: string, lifetimeMinutes: number, newEmail?: string): Promise<string> {
  const token = newSessionToken();
  await replaceLink(manager, table, userId, hashSessionToken(token), lifetimeMinutes, newEmail);
  return token;
}

/**
 * Uses the link once; returns its id and the account it was sent for. The row lock makes two
 * uses at the same moment one use and one "already used".
 */
export async function useLink(manager: EntityManager, table: LinkTable, token: string, refusals: LinkRefusals): Promise<{ id: string; userId: string }> {
  const link = await lockLink(manager, table, hashSessionToken(token));
  const refusal = !link ? refusals.invalid : link.used ? refusals.used : link.expired ? refusals.expired : null;
  if (refusal) throw new PlatformError(...refusal);
  await markLinkUsed(manager, table, link!.id);
  return { id: link!.id, userId: link!.userId };
}
