import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Client } from 'pg';
import { ConfigError, type AppConfig } from '../../config/app-config';
import type { EmbeddedDatabase } from '../../database/embedded-database';

export interface BackupDatabase {
  url: string;
  /** Stops the embedded PostgreSQL if this command started it; a running platform's is left alone. */
  release(): Promise<void>;
}

/**
 * The database to back up: DATABASE_URL's; else the embedded PostgreSQL of a platform running on
 * DATA_DIR (its port is the fourth line of postmaster.pid); else that PostgreSQL, started for the backup.
 */
export async function databaseToBackUp(config: AppConfig): Promise<BackupDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, release: async () => undefined };
  if (!existsSync(path.join(config.dataDir, 'postgres', 'PG_VERSION'))) {
    throw new ConfigError(`There is no database under ${config.dataDir} to back up (set DATA_DIR or DATABASE_URL).`);
  }
  const running = await runningEmbeddedUrl(config.dataDir);
  if (running) return { url: running, release: async () => undefined };
  return startEmbedded(config.dataDir);
}

/** Loaded when used: the package of PostgreSQL's binaries is an ES module, which the API's Jest cannot load. */
async function startEmbedded(dataDir: string): Promise<BackupDatabase> {
  const { EmbeddedDatabase: Embedded } = await import('../../database/embedded-database.js');
  const embedded: EmbeddedDatabase = await Embedded.start(dataDir);
  return { url: embedded.url, release: () => embedded.stop() };
}

async function runningEmbeddedUrl(dataDir: string): Promise<string | null> {
  const pidFile = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').catch(() => null);
  if (!pidFile) return null;
  const [pid, , , port] = pidFile.split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
  return `postgres://postgres:${password}@127.0.0.1:${Number(port)}/platform`;
}

/** The database to restore into, which must hold no table yet: DATABASE_URL's, or a new embedded one in an empty DATA_DIR. */
export async function emptyDatabaseToRestoreInto(config: AppConfig): Promise<BackupDatabase> {
  if (config.databaseUrl) {
    const client = new Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      const [{ tables }] = (await client.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname IN ('public', 'pgboss')`)).rows;
      if (tables > 0) throw new ConfigError('The database in DATABASE_URL already has tables: restore into an empty database.');
    } finally {
      await client.end();
    }
    return { url: config.databaseUrl, release: async () => undefined };
  }
  if (existsSync(path.join(config.dataDir, 'postgres'))) {
    throw new ConfigError(`${config.dataDir} already holds a database: restore into an empty data folder (set DATA_DIR).`);
  }
  return startEmbedded(config.dataDir);
}
