import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueue } from '../jobs/job-queue.service';
import { LearningRecordStoreService } from './learning-record-store.service';
import { sendStatements, type LrsAddress, type SendOutcome } from './lrs-connection';
import { deliveryState, lockDueDeliveries, markForRetry, markSettled } from './statement-delivery.records';
import { statementOf, statementProblems, type RecordedLearningEvent } from './xapi-statements';

export const DELIVERY_QUEUE = 'learning-record-delivery';
const BATCH = 50;
/** How often a process with an LRS on looks for due deliveries: statements follow events by a few seconds. */
const LOOK_EVERY_MS = 3_000;

/**
 * Sends learning events to the LRS as xAPI statements, in pg-boss jobs: one every five minutes
 * from the schedule (which any process may run, so it also wakes the look of one that did not know
 * an LRS was on), and one whenever the look every few seconds finds deliveries due. Each batch is
 * locked, sent and recorded in one transaction, so a delivery is sent by one process at a time
 * and recorded as it went; a crash between sending and recording sends the same statement (same
 * id, same content) again, which the LRS keeps once.
 */
@Injectable()
export class StatementDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('StatementDelivery');
  private look: NodeJS.Timeout | undefined;
  private looking = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly store: LearningRecordStoreService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.jobs.work(DELIVERY_QUEUE, () => this.deliverDue().then(() => undefined), { schedule: '*/5 * * * *' });
    // Cannot read it now: the scheduled job finds it later.
    const { on } = await deliveryState(this.dataSource).catch(() => ({ on: false }));
    this.lookEveryFewSeconds(on);
  }

  onModuleDestroy(): void {
    this.lookEveryFewSeconds(false);
  }

  /**
   * Looks only while this process knows an LRS is on (it found one on when it started, saved the
   * settings, or ran the scheduled job), so a platform without one sends PostgreSQL nothing for
   * it but the scheduled job's one read.
   */
  lookEveryFewSeconds(on: boolean): void {
    if (on && !this.look) {
      this.look = setInterval(() => void this.lookForDue(), LOOK_EVERY_MS).unref();
    } else if (!on && this.look) {
      clearInterval(this.look);
      this.look = undefined;
    }
  }

  private async lookForDue(): Promise<void> {
    if (this.looking) return;
    this.looking = true;
    try {
      const { on, due } = await deliveryState(this.dataSource);
      this.lookEveryFewSeconds(on);
      if (!due) return;
      await this.jobs.sendWithin(this.dataSource.manager, DELIVERY_QUEUE, {}, { singletonKey: 'due' });
      this.jobs.wake(DELIVERY_QUEUE);
    } catch (error) {
      this.logger.warn(`Could not look for statements to send: ${(error as Error).message}`);
    } finally {
      this.looking = false;
    }
  }

  /** Sends every due delivery, batch by batch; answers how many deliveries it settled or rescheduled. */
  async deliverDue(): Promise<number> {
    let handled = 0;
    for (;;) {
      const lrs = await this.store.address();
      this.lookEveryFewSeconds(lrs !== null);
      if (!lrs) return handled;
      const count = await this.dataSource.transaction((manager) => this.deliverBatch(manager, lrs));
      handled += count;
      if (count < BATCH) return handled;
    }
  }

  private async deliverBatch(manager: EntityManager, lrs: LrsAddress): Promise<number> {
    const events = await lockDueDeliveries(manager, BATCH);
    const valid: { event: RecordedLearningEvent; statement: ReturnType<typeof statementOf> }[] = [];
    for (const event of events) {
      const statement = statementOf(event, this.config.publicUrl);
      const problems = statementProblems(statement);
      if (problems.length) await markSettled(manager, [event.id], { status: 'FAILED', error: `Not a valid xAPI statement, so not sent: ${problems.join('; ')}` });
      else valid.push({ event, statement });
    }
    if (valid.length === 0) return events.length;
    const outcomes = await sendStatements(lrs, valid.map(({ statement }) => statement));
    await this.record(manager, valid.map(({ event }, index) => ({ eventId: event.id, outcome: outcomes[index] })));
    return events.length;
  }

  /** One update per kind of outcome and error, rather than one per event. */
  private async record(manager: EntityManager, settled: { eventId: string; outcome: SendOutcome }[]): Promise<void> {
    const groups = new Map<string, { outcome: SendOutcome; eventIds: string[] }>();
    for (const { eventId, outcome } of settled) {
      const key = `${outcome.kind}:${outcome.kind === 'sent' ? '' : outcome.error}`;
      const group = groups.get(key) ?? { outcome, eventIds: [] };
      group.eventIds.push(eventId);
      groups.set(key, group);
    }
    for (const { outcome, eventIds } of groups.values()) {
      if (outcome.kind === 'sent') await markSettled(manager, eventIds, { status: 'SENT' });
      else if (outcome.kind === 'refused') await markSettled(manager, eventIds, { status: 'FAILED', error: outcome.error });
      else await markForRetry(manager, eventIds, outcome.error);
    }
  }
}
