import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';

export interface JobDefinition<Data extends object> {
  name: string;
  /** Jobs fetched per call; the handler gets them together. */
  batchSize: number;
  handle(jobs: Data[]): Promise<void>;
  /** Cron expression (UTC) for jobs the platform starts by itself. */
  schedule?: string;
}

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

  constructor(private readonly dataSource: DataSource) {}

  define<Data extends object>(definition: JobDefinition<Data>): void {
    this.definitions.push(definition);
  }

  async onApplicationBootstrap(): Promise<void> {
    // The schema printer builds the application without a database; there is nothing to run then.
    if (!this.dataSource.isInitialized) return;
    // pg-boss creates its tables when it first starts. A platform that has never queued a job
    // has none to resume, so it starts with its first job instead, which keeps start-up quick.
    const [{ installed }] = await this.dataSource.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`);
    if (installed) await this.started();
  }

  async onModuleDestroy(): Promise<void> {
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

  private started(): Promise<PgBoss> {
    this.starting ??= this.start().catch((error) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private async start(): Promise<PgBoss> {
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      max: 4,
      application_name: 'certificate-jobs',
      retryLimit: 5,
      retryDelay: 5,
      retryBackoff: true,
    });
    boss.on('error', (error) => this.logger.error(`Background job failure: ${error.message}`));
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
