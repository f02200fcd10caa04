import type { CertificateVerificationStatus } from '../gql/graphql';

// The PDF prints dates in this form, in UTC, so a date here reads exactly as on the paper.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 November 2026". */
export function dayOf(isoDate: string): string {
  return dayFormat.format(new Date(isoDate));
}

export const statusIcons: Record<CertificateVerificationStatus, string> = {
  VALID: '✓',
  REVOKED: '✕',
  EXPIRED: '⌛',
  NOT_FOUND: '?',
};

interface StatusDates {
  revokedAt?: string | null;
  expiresAt?: string | null;
}

/** "Valid", "Revoked on 3 December 2026", "Expired on 27 November 2028". */
export function statusLabel(status: CertificateVerificationStatus, { revokedAt, expiresAt }: StatusDates): string {
  if (status === 'REVOKED' && revokedAt) return `Revoked on ${dayOf(revokedAt)}`;
  if (status === 'EXPIRED' && expiresAt) return `Expired on ${dayOf(expiresAt)}`;
  return { VALID: 'Valid', REVOKED: 'Revoked', EXPIRED: 'Expired', NOT_FOUND: 'Not found' }[status];
}
