import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import * as readline from 'node:readline';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';

/**
 * A backup is one gzipped text file: a header line, then each table as a line naming it and its
 * columns followed by its rows in PostgreSQL's COPY text format up to a line `\.`, then one line
 * per waiting job and per file of the data folder, and an end line whose counts prove it whole.
 * COPY's text format escapes backslashes, so no row can be a line `\.`.
 */
export const BACKUP_FORMAT = 'practitioner-training-platform backup';
export const BACKUP_VERSION = 1;
export const END_OF_ROWS = '\\.';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The migrations the database had, in order: the schema its rows fit. */
  migrations: string[];
}

export type BackupEntry =
  | { table: string; columns: string[] }
  | { sequence: string; lastValue: string; isCalled: boolean }
  | { job: { name: string; data: unknown; singletonKey: string | null } }
  | { file: string; base64: string }
  | { end: { rows: number; files: number; jobs: number } };

/** Writes a backup; `write` waits whenever gzip asks it to, so a large table never piles up in memory. */
export class BackupWriter {
  private readonly gzip: Gzip = createGzip();
  private readonly done: Promise<void>;

  constructor(file: string) {
    const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    this.gzip.pipe(out);
    this.done = once(out, 'close').then(() => undefined);
  }

  line(entry: BackupHeader | BackupEntry | string): Promise<void> {
    return this.write(`${typeof entry === 'string' ? entry : JSON.stringify(entry)}\n`);
  }

  async write(chunk: Buffer | string): Promise<void> {
    if (!this.gzip.write(chunk)) await once(this.gzip, 'drain');
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.done;
  }
}

/** The lines of a backup, in order, without their line ends. */
export function backupLines(file: string): AsyncIterable<string> {
  return readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
}

export function readHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = line ? JSON.parse(line) : null;
  } catch {
    // Reported below as not a backup.
  }
  if (header?.format !== BACKUP_FORMAT) throw new Error('This file is not a backup of the platform.');
  if (header.version !== BACKUP_VERSION) throw new Error(`This backup has format version ${header.version}; this version of the platform reads version ${BACKUP_VERSION}.`);
  return header as BackupHeader;
}
