import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config/app-config';
import { backUp } from './backup/backup';

const USAGE = `Usage: npm run backup [-- --to <folder>]

Writes platform-<date and time>.backup.gz into <folder> (default: BACKUP_DIR, else ./backups):
every table of the database as of one moment, the jobs waiting, and the files of DATA_DIR the
platform needs. It runs beside a running platform, against DATABASE_URL or the embedded
PostgreSQL under DATA_DIR.`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return console.log(USAGE);
  const folder = path.resolve(values.to ?? process.env.BACKUP_DIR ?? 'backups');
  const started = performance.now();
  const report = await backUp(readConfig(), folder);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backed up ${report.rows} rows, ${report.jobs} waiting jobs and ${report.files} files in ${seconds} s to ${report.file}`);
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : `The backup failed: ${error.message}`);
  process.exit(1);
});
