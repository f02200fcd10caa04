import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify as stringifyStream } from 'csv-stringify';
import { stringify, type Options } from 'csv-stringify/sync';
import type { Response } from 'express';

export type CsvValue = string | number | boolean | Date | null | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quoting per RFC 4180 is csv-stringify's; records end with CRLF, as RFC 4180 has them. It
 * quotes a field holding that whole delimiter by itself, and a lone CR or LF only when told.
 */
const RFC_4180: Options = { record_delimiter: 'windows', quoted_match: /[\r\n]/ };

/** A value as a cell's text, with a quote before anything a spreadsheet would run as a formula. */
function neutralised(value: CsvValue): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: neutralised against formulas, then quoted per RFC 4180 when it must be. */
export function csvField(value: CsvValue): string {
  return csvRecord([value]).slice(0, -'\r\n'.length);
}

export function csvRecord(values: CsvValue[]): string {
  return stringify([values.map(neutralised)], RFC_4180);
}

async function* neutralisedRecords(header: string[], first: IteratorResult<CsvValue[]>, rest: AsyncIterator<CsvValue[]>): AsyncGenerator<(string | null)[]> {
  try {
    yield header.map(neutralised);
    for (let next = first; !next.done; next = await rest.next()) yield next.value.map(neutralised);
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
    // Spreadsheet programs read the file as UTF-8 only when it starts with a byte order mark.
    await pipeline(Readable.from(neutralisedRecords(header, first, iterator)), stringifyStream({ ...RFC_4180, bom: true }), response);
  } catch (error) {
    // A person who cancels a download is not a server failure; the cursor is closed all the same.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
