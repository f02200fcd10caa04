import { safeReturnPath } from '../../paths/account-paths';

const returnPathKey = 'return-after-confirmation';

/**
 * The page someone signed up from, kept in this browser while they fetch the confirmation link
 * from their mail (it opens in a new tab), so confirming takes them back there.
 */
export function rememberReturnPath(next: string): void {
  localStorage.setItem(returnPathKey, next);
}

/** The remembered page, once; null when none was kept in this browser. */
export function takeReturnPath(): string | null {
  const next = localStorage.getItem(returnPathKey);
  localStorage.removeItem(returnPathKey);
  return next === null ? null : safeReturnPath(next);
}
