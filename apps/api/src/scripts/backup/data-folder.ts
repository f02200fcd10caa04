import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { BackupWriter } from './backup-file';

/**
 * The files of DATA_DIR a platform needs besides its database: the outbox, and any key the
 * platform generated there. The embedded PostgreSQL's own files are not among them: the dump
 * holds its data, and a restore makes a new cluster with a password of its own.
 */
const NOT_CARRIED = [/^postgres(\/|$)/, /^postgres-password$/, /\.backup\.gz$/];

export async function writeDataFiles(dataDir: string, writer: BackupWriter): Promise<number> {
  const files = await readdir(dataDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  let written = 0;
  for (const entry of files) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dataDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (NOT_CARRIED.some((pattern) => pattern.test(relative))) continue;
    await writer.line({ file: relative, base64: (await readFile(path.join(dataDir, relative))).toString('base64') });
    written += 1;
  }
  return written;
}

export async function restoreDataFile(dataDir: string, file: { file: string; base64: string }): Promise<void> {
  const target = path.resolve(dataDir, file.file);
  if (!target.startsWith(path.resolve(dataDir) + path.sep)) throw new Error(`The backup names a file outside the data folder: ${file.file}`);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, Buffer.from(file.base64, 'base64'), { mode: 0o600 });
}
