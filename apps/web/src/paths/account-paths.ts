import { catalogPath } from './learn-paths';

export const signInPath = '/sign-in';
export const signUpPath = '/sign-up';
/** The page a confirmation message links to, with `?token=`. */
export const confirmEmailPath = '/account/confirm';
/** The learner's details for continuing-education credit. */
export const creditProfilePath = '/account/credit-profile';
/** Asks for a password reset link by email. */
export const forgotPasswordPath = '/account/forgot-password';
/** The page a password reset message links to, with `?token=`. */
export const resetPasswordPath = '/account/reset-password';
/** The page the message to a new email address links to, with `?token=`. */
export const confirmEmailChangePath = '/account/confirm-email-change';
/** The holder's address, sessions and data. */
export const accountPath = '/account';
/** Where deleting the account leads. */
export const accountDeletedPath = '/account/deleted';

const accountPaths = [signInPath, signUpPath, confirmEmailPath, forgotPasswordPath, resetPasswordPath];
// Any origin works as long as no real page can have it: a return path must resolve within it.
const thisSite = 'https://return-path.invalid';

/**
 * The address to go to after signing in: the `next` path when it is a page of this site,
 * the catalog otherwise, so a crafted link cannot send someone elsewhere.
 */
export function safeReturnPath(next: string | null): string {
  if (!next?.startsWith('/')) return catalogPath;
  let url: URL;
  try {
    url = new URL(next, thisSite);
  } catch {
    return catalogPath;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== thisSite || path.startsWith('//') || accountPaths.includes(url.pathname)) return catalogPath;
  return path;
}

/** `/sign-in?next=/admin/users`; no `next` when it would only lead back to the catalog. */
export function withReturnPath(accountPath: string, next: string): string {
  const returnPath = safeReturnPath(next);
  return returnPath === catalogPath ? accountPath : `${accountPath}?next=${encodeURIComponent(returnPath)}`;
}

/** Where to come back to after signing in from this page; the account pages pass on their own `next`. */
export function returnPathFrom({ pathname, search, hash }: { pathname: string; search: string; hash: string }): string {
  if (accountPaths.includes(pathname)) return safeReturnPath(new URLSearchParams(search).get('next'));
  return `${pathname}${search}${hash}`;
}
