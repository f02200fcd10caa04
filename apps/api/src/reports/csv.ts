import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';

export type CsvValue = string | number | boolean | Date | null | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised against formulas, then quoted per RFC 4180 when it must be. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(values: CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

// Spreadsheet programs read the file as UTF-8 only when it starts with a byte order mark.
const BYTE_ORDER_MARK = '\ufeff';

async function* csvLines(header: string[], first: IteratorResult<CsvValue[]>, rest: AsyncIterator<CsvValue[]>): AsyncGenerator<string> {
  try {
    yield BYTE_ORDER_MARK + csvRecord(header);
    for (let next = first; !next.done; next = await rest.next()) yield csvRecord(next.value);
  } finally {
    // A download cancelled halfway stops here: the records' own clean-up (closing the cursor) runs.
    await rest.return?.();
  }
}

/**
 * Streams a CSV download with backpressure: a slow client slows the database cursor rather
 * than filling memory. The first record is read before anything is sent, so a query that fails
 * from the start gets an error status; a failure after that cuts the response short, so a
 * truncated file is never mistaken for a complete one.
 */
export async function sendCsv(response: Response, filename: string, header: string[], records: AsyncIterable<CsvValue[]>): Promise<void> {
  const iterator = records[Symbol.asyncIterator]();
  const first = await iterator.next();
  response.status(200);
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  response.setHeader('Cache-Control', 'no-store');
  try {
    await pipeline(Readable.from(csvLines(header, first, iterator)), response);
  } catch (error) {
    // A person who cancels a download is not a server failure; the cursor is closed all the same.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
