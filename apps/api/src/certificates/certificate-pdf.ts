import * as QRCode from 'qrcode';
import { dayOf } from '../common/dates';
import { printableName } from '../users/display-name';
import type { Accreditation } from '../catalog/accreditation.types';
import { drawStatusMark, type PrintedStatus } from './certificate-pdf-status';
import { claimedCreditLabel, creditLabel } from './credit-labels';
import type { CreditClaim } from './credit-claims.types';
import { newPdfDocument } from './pdf-document';

export interface PrintedCertificate {
  holderName: string;
  courseTitle: string;
  creditHours: number;
  issuedAt: Date;
  expiresAt: Date | null;
  code: string;
  issuerName: string;
  verifyUrl: string;
  /** The credit types and designations of the version earned on; null for versions that stated none. */
  accreditation: Pick<Accreditation, 'credits'> | null;
  /** Once the holder claims credit, the certificate states that claim in place of the offers. */
  creditClaim: Pick<CreditClaim, 'creditType' | 'amount' | 'designation' | 'claimedAt'> | null;
  /** Set once it is revoked or expired: the PDF then says so across the page. */
  statusMark?: PrintedStatus | null;
}

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 64;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
const INK = '#1b2a3a';
const MUTED = '#5b6b7b';
const ACCENT = '#1f4e79';
const QR_SIZE = 112;

/** A4 landscape: the claims a reader compares with the verify page, and a QR code that opens it. */
export function renderCertificatePdf(certificate: PrintedCertificate): Promise<Buffer> {
  const { doc, finished } = newPdfDocument({
    layout: 'landscape',
    margin: 0,
    info: {
      Title: `Certificate ${certificate.code}`,
      Author: certificate.issuerName,
      Subject: certificate.courseTitle,
      CreationDate: certificate.issuedAt,
    },
  });

  doc.lineWidth(2).strokeColor(ACCENT).rect(24, 24, PAGE.width - 48, PAGE.height - 48).stroke();
  doc.lineWidth(0.5).rect(32, 32, PAGE.width - 64, PAGE.height - 64).stroke();

  const centred = { width: TEXT_WIDTH, align: 'center' as const };
  doc.font('bold').fontSize(26).fillColor(ACCENT).text('CERTIFICATE OF COMPLETION', MARGIN, 80, { ...centred, characterSpacing: 2 });
  doc.font('regular').fontSize(14).fillColor(MUTED).text('This certifies that', MARGIN, 140, centred);
  drawHolderName(doc, certificate.holderName);
  doc.font('regular').fontSize(14).fillColor(MUTED).text('has completed', MARGIN, 232, centred);
  doc.font('bold').fontSize(fittedSize(doc, certificate.courseTitle, 24)).fillColor(INK).text(certificate.courseTitle, MARGIN, 258, centred);
  const validity = certificate.expiresAt ? `Valid until ${dayOf(certificate.expiresAt)}` : 'Does not expire';
  doc
    .font('regular')
    .fontSize(14)
    .fillColor(INK)
    .text(creditLine(certificate), MARGIN, 330, centred)
    .text(`Issued ${dayOf(certificate.issuedAt)}  ·  ${validity}`, MARGIN, 352, centred);

  const footerTop = PAGE.height - MARGIN - QR_SIZE - 8;
  const designations = certificate.creditClaim?.designation ?? (certificate.accreditation?.credits ?? []).map((offer) => offer.designation).join(' ');
  if (designations) {
    doc.font('regular').fontSize(8).fillColor(MUTED).text(designations, MARGIN, 374, { ...centred, height: footerTop - 374 - 4, ellipsis: true });
  }
  doc.font('regular').fontSize(10).fillColor(MUTED).text('Issued by', MARGIN, footerTop + 8);
  doc.font('bold').fontSize(14).fillColor(INK).text(certificate.issuerName, MARGIN, footerTop + 22, { width: 420 });
  doc.font('regular').fontSize(10).fillColor(MUTED).text('Certificate code', MARGIN, footerTop + 62);
  doc.font('bold').fontSize(18).fillColor(INK).text(certificate.code, MARGIN, footerTop + 76, { characterSpacing: 1 });

  const qrLeft = PAGE.width - MARGIN - QR_SIZE;
  drawQrCode(doc, certificate.verifyUrl, qrLeft, footerTop - 8, QR_SIZE);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(MUTED)
    .text(`Check it at ${certificate.verifyUrl}`, qrLeft - 260, footerTop + QR_SIZE - 2, { width: QR_SIZE + 260, align: 'right' });

  if (certificate.statusMark) drawStatusMark(doc, certificate.statusMark, PAGE);
  doc.end();
  return finished;
}

/** The credit claimed, else the credit the version earned on offers, or its credit hours when it stated none. */
function creditLine(certificate: PrintedCertificate): string {
  const claim = certificate.creditClaim;
  if (claim) return `${claimedCreditLabel(claim)} on ${dayOf(claim.claimedAt)}`;
  const credits = certificate.accreditation?.credits ?? [];
  return credits.length > 0 ? credits.map(creditLabel).join('  ·  ') : `${certificate.creditHours} credit hours`;
}

const NAME_BOX = { top: 168, height: 52, largest: 34, smallest: 18 };

/**
 * The holder's name in one box of one line between "This certifies that" and "has completed":
 * smaller type for a long name, then cut short with an ellipsis, and any character a name may
 * not hold written out, so no name can print lines of its own on the certificate.
 */
function drawHolderName(doc: PDFKit.PDFDocument, stored: string): void {
  const name = printableName(stored);
  doc.font('bold').fontSize(fittedSize(doc, name, NAME_BOX.largest, NAME_BOX.smallest)).fillColor(INK);
  const top = NAME_BOX.top + (NAME_BOX.height - doc.currentLineHeight(true)) / 2;
  doc.text(cutToWidth(doc, name, TEXT_WIDTH), MARGIN, top, { width: TEXT_WIDTH, height: NAME_BOX.height, align: 'center', lineBreak: false });
}

/** The longest start of the text, cut between whole characters (grapheme clusters), that fits the width with an ellipsis after it. */
function cutToWidth(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const characters = Array.from(new Intl.Segmenter().segment(text), (part) => part.segment);
  let [fits, tooLong] = [0, characters.length];
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (doc.widthOfString(`${characters.slice(0, middle).join('').trimEnd()}…`) <= width) fits = middle;
    else tooLong = middle;
  }
  return `${characters.slice(0, fits).join('').trimEnd()}…`;
}

/** The largest size up to `largest` at which the text fits on one line; long texts still wrap below `smallest`. */
function fittedSize(doc: PDFKit.PDFDocument, text: string, largest: number, smallest = 14): number {
  let size = largest;
  while (size > smallest && doc.fontSize(size).widthOfString(text) > TEXT_WIDTH) size -= 2;
  return size;
}

/** Drawn as vector squares: sharp at any zoom and cheaper than embedding an image. */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, left: number, top: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) doc.rect(left + column * cell, top + row * cell, cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
}
