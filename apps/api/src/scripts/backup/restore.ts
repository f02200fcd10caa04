import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { ConfigError, type AppConfig } from '../../config/app-config';
import { dataSourceOptions, migrate, migrations } from '../../database/data-source';
import { backupLines, readHeader, type BackupHeader } from './backup-file';
import { emptyDatabaseToRestoreInto } from './backup-database';
import { restoreDataFile } from './data-folder';
import { loadDatabase, type BackupCounts, type WaitingJob } from './database-dump';

/**
 * Brings a backup back into an empty database (DATABASE_URL's, or a new embedded one in an
 * empty DATA_DIR): the schema as the backup's migrations left it, its rows, then any migration
 * this version has since, the data folder's files, and the jobs that were waiting.
 */
export async function restore(config: AppConfig, file: string): Promise<BackupCounts> {
  const lines = backupLines(file)[Symbol.asyncIterator]();
  const header = readHeader((await lines.next()).value);
  const known = migrationsUpTo(header);
  const database = await emptyDatabaseToRestoreInto(config);
  try {
    const schema = await new DataSource({ ...dataSourceOptions(database.url, 'start-up'), migrations: known }).initialize();
    await schema.runMigrations({ transaction: 'all' });
    await schema.destroy();

    const jobs: WaitingJob[] = [];
    let files = 0;
    const client = new Client({ connectionString: database.url, application_name: 'platform-restore' });
    await client.connect();
    const counts = await loadDatabase(client, lines, async (entry) => {
      if ('job' in entry) jobs.push(entry.job);
      if ('file' in entry) {
        await restoreDataFile(config.dataDir, entry);
        files += 1;
      }
    }).finally(() => client.end());
    if (files !== counts.files || jobs.length !== counts.jobs) throw new Error('The backup lacks files or jobs it was written with: it is damaged.');

    const current = await new DataSource(dataSourceOptions(database.url, 'start-up')).initialize();
    await migrate(current).finally(() => current.destroy());
    await queueAgain(database.url, jobs);
    return counts;
  } finally {
    await database.release();
  }
}

/** This version's migrations as far as the backup's went; a backup from a newer version is refused. */
function migrationsUpTo(header: BackupHeader) {
  const names = migrations.map((migration) => new migration().name);
  const known = header.migrations.every((name, index) => names[index] === name);
  if (!known) {
    throw new ConfigError(
      `This backup was made by a newer version of the platform (its migrations end with ${header.migrations.at(-1)}); restore it with that version or a later one.`,
    );
  }
  return migrations.slice(0, header.migrations.length);
}

/** Waiting jobs are sent again; every handler is safe to repeat, so one that was running is simply run again. */
async function queueAgain(url: string, jobs: WaitingJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
  await boss.start();
  try {
    for (const job of jobs) {
      await boss.createQueue(job.name);
      await boss.send(job.name, job.data as object, job.singletonKey ? { singletonKey: job.singletonKey } : {});
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
