import { dayOf } from '../common/dates';
import { printableName } from '../users/display-name';
import type { CertificateRecord } from './certificate-records';
import { certificateStatus } from './eligibility';

/** Why a printed certificate no longer counts; there is none while it is valid. */
export type PrintedStatus = { status: 'REVOKED'; on: Date; reason: string } | { status: 'EXPIRED'; on: Date };

const WARNING = '#b00020';

/** Judged by the database's clock, like the verify page, so the two never disagree. */
export function printedStatusOf(record: CertificateRecord): PrintedStatus | null {
  switch (certificateStatus(record, record.now)) {
    case 'REVOKED':
      return { status: 'REVOKED', on: record.revokedAt!, reason: record.revocationReason ?? '' };
    case 'EXPIRED':
      return { status: 'EXPIRED', on: record.expiresAt! };
    default:
      return null;
  }
}

/** What it means comes first: a long revocation reason may be cut short, never the warning. */
export function statusLineOf(mark: PrintedStatus): string {
  const why = mark.status === 'REVOKED' ? ` Reason: ${printableName(mark.reason)}` : '';
  return `${mark.status} on ${dayOf(mark.on)}: this certificate is no longer valid.${why}`;
}

/**
 * A line above the title and the word across the whole page, drawn last so that it lies over
 * every claim: a copy of a revoked or expired certificate cannot be shown without it.
 */
export function drawStatusMark(doc: PDFKit.PDFDocument, mark: PrintedStatus, page: { width: number; height: number }): void {
  const margin = 64;
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(WARNING)
    .text(statusLineOf(mark), margin, 38, { width: page.width - 2 * margin, align: 'center', height: 34, ellipsis: true });
  doc.save();
  doc.rotate(-28, { origin: [page.width / 2, page.height / 2] });
  doc
    .fillOpacity(0.2)
    .font('bold')
    .fontSize(120)
    .fillColor(WARNING)
    .text(mark.status, 0, page.height / 2 - 84, { width: page.width, align: 'center', lineBreak: false, characterSpacing: 6 });
  doc.restore();
}
