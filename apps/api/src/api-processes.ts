import cluster, { type Worker } from 'node:cluster';
import * as path from 'node:path';
import type { AppConfig } from './config/app-config';
import { clusterMetricsFor } from './observability/cluster-metrics';
import { prepareDatabaseFor, servePlatform, stopOnSignals, type PreparedDatabase } from './platform';

/** What a serving process tells the starting one. */
interface ServingMessage {
  kind: 'serving';
}

const isServing = (message: unknown): message is ServingMessage => (message as ServingMessage | null)?.kind === 'serving';

/** A process that died is replaced after this pause, so one that cannot start does not spin. */
const REPLACEMENT_DELAY_MS = 1_000;

export interface ServingProcesses {
  database: PreparedDatabase;
  /** Lets every serving process finish its requests, then stops the embedded database. */
  stop(): Promise<void>;
}

/**
 * API_PROCESSES above 1: this process prepares the database once (see prepareDatabaseFor), then
 * starts that many processes serving the port, which node:cluster hands connections to in turn.
 * They share nothing in memory: each hears the changes of the others as separate replicas do
 * (database/change-notifications.ts). One that dies is replaced. Resolves once all serve; if one
 * exits first, the others and the database are stopped and the start fails.
 */
export async function startServingProcesses(config: AppConfig): Promise<ServingProcesses> {
  const database = await prepareDatabaseFor(config);
  // Straight to the entry point, whatever script started this process (npm start checks the build first).
  cluster.setupPrimary({ exec: path.join(__dirname, 'main.js') });
  clusterMetricsFor(cluster);
  let stopping = false;
  const fork = () => cluster.fork({ DATABASE_URL: database.url });
  const stop = async () => {
    stopping = true;
    const exits = Object.values(cluster.workers ?? {}).map((worker) => exitOf(worker!));
    for (const worker of Object.values(cluster.workers ?? {})) worker!.process.kill('SIGTERM');
    await Promise.all(exits);
    await database.stop();
  };
  try {
    await Promise.all(Array.from({ length: config.apiProcesses }, () => servingOf(fork())));
  } catch (error) {
    await stop();
    throw error;
  }
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`API process ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another.`);
    setTimeout(() => !stopping && fork(), REPLACEMENT_DELAY_MS);
  });
  return { database, stop };
}

function servingOf(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = () => reject(new Error(`API process ${worker.process.pid} exited before serving; its output above says why.`));
    worker.once('exit', onExit);
    worker.on('message', (message) => {
      if (!isServing(message)) return;
      worker.off('exit', onExit);
      resolve();
    });
  });
}

function exitOf(worker: Worker): Promise<void> {
  return worker.isDead() ? Promise.resolve() : new Promise((resolve) => worker.once('exit', () => resolve()));
}

/**
 * One serving process, started by startServingProcesses with DATABASE_URL set to the database
 * it prepared. SIGINT and SIGTERM let its requests finish before it exits.
 */
export async function serveForStartingProcess(config: AppConfig): Promise<void> {
  const served = await servePlatform(config, config.databaseUrl!);
  stopOnSignals(served.stop);
  process.send!({ kind: 'serving' } satisfies ServingMessage);
}
