import { CreditType } from '../catalog/accreditation.types';
import { newPdfDocument } from '../certificates/pdf-document';
import { dayOf } from '../common/dates';
import { printableName } from '../users/display-name';
import type { Transcript, TranscriptEntry } from './transcript.types';

export interface PrintedTranscript {
  learnerName: string;
  transcript: Transcript;
  issuerName: string;
  /** Where a certificate code is checked, e.g. https://example.org/verify. */
  verifyUrl: string;
  generatedAt: Date;
}

const CREDIT_TYPE_NAMES: Record<CreditType, string> = {
  [CreditType.AMA_PRA_CATEGORY_1]: 'AMA PRA Category 1 Credit™',
  [CreditType.NURSING_CONTACT_HOURS]: 'Nursing contact hours',
  [CreditType.PHARMACY]: 'Pharmacy contact hours',
  [CreditType.PARTICIPATION]: 'Participation hours',
};

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const BOTTOM = PAGE.height - MARGIN;
const INK = '#1b2a3a';
const MUTED = '#5b6b7b';
const ACCENT = '#1f4e79';
const ROW_GAP = 6;

interface Column {
  title: string;
  width: number;
  /** Kept on one line, running into the margin if it must: a certificate code is typed into the verify page whole. */
  unbroken?: boolean;
}

const ENTRY_COLUMNS: (Column & { text: (entry: TranscriptEntry) => string })[] = [
  { title: 'Date', width: 64, text: (entry) => dayOfCalendarDate(entry.date) },
  { title: 'Activity', width: 120, text: (entry) => entry.activityTitle },
  { title: 'Provider', width: 90, text: (entry) => entry.provider },
  { title: 'Credit', width: 80, text: (entry) => CREDIT_TYPE_NAMES[entry.creditType] },
  { title: 'Hours', width: 35, text: (entry) => hours(entry.amount) },
  { title: 'Certificate', width: 110, unbroken: true, text: (entry) => entry.certificateCode ?? 'Self-reported' },
];

const TOTAL_COLUMNS: Column[] = [
  { title: 'Credit', width: 200 },
  { title: 'Platform', width: 90 },
  { title: 'Self-reported', width: 90 },
  { title: 'Combined', width: 90 },
];

function dayOfCalendarDate(date: string): string {
  return dayOf(new Date(`${date}T00:00:00Z`));
}

function hours(amount: number): string {
  return amount.toFixed(2);
}

function rangeLine({ from, to }: Transcript): string {
  if (from && to) return `From ${dayOfCalendarDate(from)} to ${dayOfCalendarDate(to)}`;
  if (from) return `From ${dayOfCalendarDate(from)}`;
  if (to) return `Up to ${dayOfCalendarDate(to)}`;
  return 'All dates';
}

/** A4 portrait: who, which days, every entry with self-reported ones marked, totals by credit type, and when it was made. */
export function renderTranscriptPdf(printed: PrintedTranscript): Promise<Buffer> {
  const { doc, finished } = newPdfDocument({
    layout: 'portrait',
    margin: MARGIN,
    info: { Title: 'Continuing-education transcript', Author: printed.issuerName, CreationDate: printed.generatedAt },
  });
  const width = PAGE.width - 2 * MARGIN;
  doc.font('bold').fontSize(18).fillColor(ACCENT).text('CONTINUING-EDUCATION TRANSCRIPT', MARGIN, MARGIN, { width, characterSpacing: 1 });
  doc.font('bold').fontSize(14).fillColor(INK).text(printableName(printed.learnerName), { width });
  doc.font('regular').fontSize(10).fillColor(MUTED).text(rangeLine(printed.transcript), { width });
  doc.text(`Generated ${dayOf(printed.generatedAt)} by ${printed.issuerName}`, { width });
  doc.moveDown(1);

  const { entries, totals } = printed.transcript;
  if (entries.length === 0) {
    doc.font('regular').fontSize(11).fillColor(INK).text('No credit was earned in this range.', { width });
  } else {
    drawTable(doc, ENTRY_COLUMNS, entries.map((entry) => ENTRY_COLUMNS.map((column) => column.text(entry))));
    doc.moveDown(1);
    doc.font('bold').fontSize(12).fillColor(ACCENT).text('Totals by credit type, in hours', MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    const rows = totals.map((total) => [CREDIT_TYPE_NAMES[total.creditType], hours(total.platform), hours(total.selfReported), hours(total.combined)]);
    drawTable(doc, TOTAL_COLUMNS, rows);
  }

  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      `Entries with a certificate code were earned on ${printed.issuerName}; anyone can check one at ${printed.verifyUrl}. ` +
        'Self-reported entries are credit the learner says they earned elsewhere; the platform has not checked them.',
      MARGIN,
      doc.y,
      { width },
    );
  doc.end();
  return finished;
}

/** Rows of wrapped cells under a header row; a row that would cross the bottom margin starts a new page, header repeated. */
function drawTable(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][]): void {
  // pdfkit wraps any text given a width, so an unbroken cell is given none.
  const options = (column: Column) => (column.unbroken ? { lineBreak: false } : { width: column.width - 4 });
  const heightOf = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(8.5);
    return Math.max(...cells.map((cell, index) => (columns[index].unbroken ? doc.currentLineHeight(true) : doc.heightOfString(cell, options(columns[index])))));
  };
  const drawRow = (cells: string[], font: 'regular' | 'bold') => {
    const height = heightOf(cells, font);
    const top = doc.y;
    let left = MARGIN;
    cells.forEach((cell, index) => {
      doc.fillColor(font === 'bold' ? ACCENT : INK).text(cell, left, top, options(columns[index]));
      left += columns[index].width;
    });
    doc.y = top + height + ROW_GAP;
    const line = doc.y - ROW_GAP / 2;
    doc.lineWidth(0.3).strokeColor(MUTED).moveTo(MARGIN, line).lineTo(left, line).stroke();
  };
  const titles = columns.map((column) => column.title);
  drawRow(titles, 'bold');
  for (const row of rows) {
    if (doc.y + heightOf(row, 'regular') > BOTTOM) {
      doc.addPage();
      drawRow(titles, 'bold');
    }
    drawRow(row, 'regular');
  }
}
