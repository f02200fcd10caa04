import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../../config/app-config';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupWriter } from './backup-file';
import { databaseToBackUp } from './backup-database';
import { writeDataFiles } from './data-folder';
import { dumpDatabase, type BackupCounts } from './database-dump';

export interface BackupReport extends BackupCounts {
  file: string;
  migrations: number;
}

/** Writes a dated backup file of the database and the data folder's files into `folder`. */
export async function backUp(config: AppConfig, folder: string, now = new Date()): Promise<BackupReport> {
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `platform-${now.toISOString().replace(/[:.]/g, '-')}.backup.gz`);
  const database = await databaseToBackUp(config);
  const client = new Client({ connectionString: database.url, application_name: 'platform-backup' });
  const writer = new BackupWriter(file);
  try {
    await client.connect();
    const dumped = await dumpDatabase(client, writer, (migrations) =>
      writer.line({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migrations }),
    );
    const files = await writeDataFiles(config.dataDir, writer);
    await writer.line({ end: { rows: dumped.rows, jobs: dumped.jobs, files } });
    await writer.close();
    return { file, migrations: dumped.migrations.length, rows: dumped.rows, jobs: dumped.jobs, files };
  } catch (error) {
    await writer.close().catch(() => undefined);
    await rm(file, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await database.release();
  }
}
