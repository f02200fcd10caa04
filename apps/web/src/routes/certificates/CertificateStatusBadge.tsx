import type { CertificateStatus } from '../../gql/graphql';
import { statusIcons, statusLabel } from '../../ui/certificate-words';

interface CertificateStatusBadgeProps {
  status: CertificateStatus;
  revokedAt?: string | null;
  expiresAt?: string | null;
}

/** "Valid", "Revoked on 3 December 2026": in words, with an icon for a quick scan. */
export function CertificateStatusBadge({ status, revokedAt, expiresAt }: CertificateStatusBadgeProps) {
  return (
    <span className={`certificate-status certificate-status--${status.toLowerCase()}`}>
      <span aria-hidden="true">{statusIcons[status]} </span>
      {statusLabel(status, { revokedAt, expiresAt })}
    </span>
  );
}
