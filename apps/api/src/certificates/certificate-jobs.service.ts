import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { settleJobsSafely } from './job-settlement';

export interface JobDefinition<Data extends object> {
  name: string;
  /** Jobs fetched per call; the handler gets them together. */
  batchSize: number;
  handle(jobs: Data[]): Promise<void>;
  /** Cron expression (UTC) for jobs the platform starts by itself. */
  schedule?: string;
}

/** How often a process started before the platform's first job looks for the queue's tables. */
const QUEUE_WATCH_MS = 5_000;
const FAILURE_REPORT_MS = 60_000;
export const QUEUE_INSTALLED_CHECK = `SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`;

/**
 * Background work for certificates through pg-boss: jobs live in PostgreSQL (schema `pgboss`), so
 * a bulk issue or an email survives a restart and is picked up by whichever API process polls
 * first. Jobs are added inside the caller's transaction, so they exist exactly when the change
 * that needs them was committed.
 */
@Injectable()
export class CertificateJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CertificateJobs');
  private readonly definitions: JobDefinition<any>[] = [];
  private readonly workers = new Map<string, string>();
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private installWatch: NodeJS.Timeout | undefined;
  private failures = { reportedAt: 0, unreported: 0 };
  private closing = false;

  constructor(private readonly dataSource: DataSource) {}

  define<Data extends object>(definition: JobDefinition<Data>): void {
    this.definitions.push(definition);
  }

  async onApplicationBootstrap(): Promise<void> {
    // The schema printer builds the application without a database; there is nothing to run then.
    if (!this.dataSource.isInitialized) return;
    // pg-boss creates its tables when it first starts. A platform that has never queued a job
    // has none to resume, so it starts with its first job instead, which keeps start-up quick;
    // until then it looks now and again for the tables another process may have made.
    if (await this.queueInstalled()) {
      await this.started();
      return;
    }
    this.installWatch = setInterval(() => {
      this.queueInstalled()
        .then((installed) => (installed && !this.closing ? this.started() : null))
        .then((boss) => boss && clearInterval(this.installWatch))
        .catch((error: Error) => this.logger.warn(`Could not start the job queue: ${error.message}`));
    }, QUEUE_WATCH_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearInterval(this.installWatch);
    const boss = await this.starting?.catch(() => null);
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }

  /** Adds a job in the caller's transaction; it runs once that commits. */
  async add(manager: EntityManager, name: string, data: object): Promise<void> {
    const boss = await this.started();
    const transaction = { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    const id = await boss.send(name, data, { db: transaction });
    if (!id) throw new Error(`The job queue ${name} was not created.`);
  }

  /** Starts this process's worker now rather than at its next poll; call it after the commit. */
  wake(name: string): void {
    const worker = this.workers.get(name);
    if (worker) this.boss?.notifyWorker(worker);
  }

  /** pg-boss fails every poll while PostgreSQL is away: one line a minute says so, with the count. */
  private reportFailure(error: Error): void {
    this.failures.unreported += 1;
    if (Date.now() - this.failures.reportedAt < FAILURE_REPORT_MS) return;
    const count = this.failures.unreported > 1 ? ` (${this.failures.unreported} since the last report)` : '';
    this.logger.error(`Background job failure${count}: ${error.message}`);
    this.failures = { reportedAt: Date.now(), unreported: 0 };
  }

  private async queueInstalled(): Promise<boolean> {
    const [{ installed }] = await this.dataSource.query(QUEUE_INSTALLED_CHECK);
    return installed;
  }

  private started(): Promise<PgBoss> {
    this.starting ??= this.start().catch((error) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async start(): Promise<PgBoss> {
    settleJobsSafely();
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      max: 4,
      // Names the process (host and pid: in containers every pid is 1), so an operator can tell whose workers are connected.
      application_name: `certificate-jobs ${hostname()} ${process.pid}`.slice(0, 63),
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
    });
    boss.on('error', (error) => this.reportFailure(error));
    await boss.start();
    for (const definition of this.definitions) {
      await boss.createQueue(definition.name);
      const worker = await boss.work<object>(definition.name, { batchSize: definition.batchSize, pollingIntervalSeconds: 2 }, (jobs) =>
        definition.handle(jobs.map((job) => job.data)),
      );
      this.workers.set(definition.name, worker);
      if (definition.schedule) await boss.schedule(definition.name, definition.schedule);
    }
    this.boss = boss;
    return boss;
  }
}
