import { hostname } from 'node:os';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { outsideRequests } from '../common/request-id';
import { settleJobsSafely } from './job-settlement';

export interface WorkOptions {
  /** Jobs fetched per poll; the handler still gets them one by one. */
  batchSize?: number;
  /** Cron expression (UTC) for jobs the platform starts by itself. */
  schedule?: string;
}

/** How one run of a job ended, for the job's log line and the metrics. */
export interface JobOutcome {
  queue: string;
  jobId: string;
  durationMs: number;
  failed: boolean;
}

interface Worker {
  name: string;
  handler: (data: any) => Promise<void>;
  options: WorkOptions;
}

/** How often a process started before the platform's first job looks for the queue's tables. */
const QUEUE_WATCH_MS = 5_000;
const FAILURE_REPORT_MS = 60_000;
export const QUEUE_INSTALLED_CHECK = `SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`;

/**
 * Background work and events between features through pg-boss: jobs live in PostgreSQL (schema
 * `pgboss`), so they survive a restart and are picked up by whichever API process polls first.
 * Jobs are sent inside the caller's transaction, so they exist exactly when the change that
 * needs them was committed. A failed job is tried again, so handlers must be safe to repeat.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobQueue');
  private readonly workers: Worker[] = [];
  private readonly workerIds = new Map<string, string>();
  private readonly queues = new Set<string>();
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private installWatch: NodeJS.Timeout | undefined;
  private failures = { reportedAt: 0, unreported: 0 };
  private closing = false;
  private readonly outcomeListeners: ((outcome: JobOutcome) => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly logContext: PinoLogger,
  ) {}

  /** Runs `handler` for each job of `name` this process fetches, from when the queue starts. */
  async work<T>(name: string, handler: (data: T) => Promise<void>, options: WorkOptions = {}): Promise<void> {
    const worker = { name, handler, options };
    this.workers.push(worker);
    if (this.boss && !this.closing) await this.startWorker(this.boss, worker);
  }

  /** Sends a job in the caller's transaction; it runs once that commits, and never if it rolls back. */
  async sendWithin(manager: EntityManager, name: string, data: object, options: { singletonKey?: string } = {}): Promise<void> {
    const boss = await this.started();
    await this.createQueue(boss, name);
    const transaction = { executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }) };
    const id = await boss.send(name, data, { ...options, db: transaction });
    if (!id && !options.singletonKey) throw new Error(`The job queue ${name} was not created.`);
  }

  /** Tells `listener` how each job this process runs ends. */
  onJobFinished(listener: (outcome: JobOutcome) => void): void {
    this.outcomeListeners.push(listener);
  }

  /** Starts this process's worker now rather than at its next poll; call it after the commit. */
  wake(name: string): void {
    const worker = this.workerIds.get(name);
    if (worker) this.boss?.notifyWorker(worker);
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
      application_name: `platform-jobs ${hostname()} ${process.pid}`.slice(0, 63),
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
    });
    boss.on('error', (error) => this.reportFailure(error));
    await boss.start();
    this.boss = boss;
    // A process shutting down may still send the job a last request needs, but works none.
    if (this.closing) return boss;
    // Workers registered from here on start themselves (see work()); these are the ones before.
    for (const worker of [...this.workers]) await this.startWorker(boss, worker);
    return boss;
  }

  private async startWorker(boss: PgBoss, { name, handler, options }: Worker): Promise<void> {
    await this.createQueue(boss, name);
    const id = await boss.work<object>(name, { batchSize: options.batchSize ?? 1, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await this.run(name, job, handler);
    });
    this.workerIds.set(name, id);
    if (options.schedule) await boss.schedule(name, options.schedule);
  }

  /**
   * One log line per run of a job, the job's data left out. The run gets a logging context of its
   * own, outside any request: pg-boss polls from whichever request started it, whose id would
   * otherwise be on every line.
   */
  private run(queue: string, job: { id: string; data: object }, handler: (data: object) => Promise<void>): Promise<void> {
    const work = async () => {
      const started = performance.now();
      const finish = (error?: Error) => {
        const durationMs = Math.round(performance.now() - started);
        if (error) this.logger.warn({ durationMs, failed: true, error: error.message }, 'job failed; pg-boss tries it again until its retries are used up');
        else this.logger.log({ durationMs, failed: false }, 'job completed');
        for (const listener of this.outcomeListeners) listener({ queue, jobId: job.id, durationMs, failed: !!error });
      };
      try {
        await handler(job.data);
      } catch (error) {
        finish(error as Error);
        throw error;
      }
      finish();
    };
    return outsideRequests(() => this.logContext.runInContext(work, { bindings: { queue, jobId: job.id } }));
  }

  private async createQueue(boss: PgBoss, name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await boss.createQueue(name);
    this.queues.add(name);
  }
}
