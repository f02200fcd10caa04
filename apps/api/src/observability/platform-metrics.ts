import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { certificateCounts } from '../certificates/certificate-counts.records';
import { queueCounts } from '../jobs/queue-depth.records';
import { deliveryBacklog } from '../learning-records/statement-delivery.records';
import { offerToClusterMetrics } from './cluster-metrics';

/** Seconds: from a cached page to a slow export, with room either side of the 5 s statement timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Queues whose jobs send email: their waiting jobs are the outbox's backlog. */
const MAIL_QUEUE = /-email$/;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/**
 * The platform's metrics, in a registry of this application's own. Counters of what this process
 * saw (requests, operations, jobs it ran, sign-in failures, limits hit) add up across processes;
 * gauges read from PostgreSQL (queue depth, outbox backlog, certificates) are the same in every
 * process, so take their maximum, not their sum.
 */
@Injectable()
export class PlatformMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'ptp_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status, from arrival to the last byte sent.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'ptp_graphql_operation_duration_seconds',
    help: 'GraphQL operations by their root fields, and whether they answered an error (outcome: ok, client_error, server_error).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly signInFailures = new Counter({
    name: 'ptp_sign_in_failures_total',
    help: 'Sign-ins refused other than by a limit, by error code (UNAUTHENTICATED: wrong email or password).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'ptp_rate_limited_total',
    help: 'Requests refused by a rate limit (RATE_LIMITED or HTTP 429), by operation or route.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly jobsRun = new Counter({
    name: 'ptp_jobs_total',
    help: 'Background jobs this process ran, by queue and outcome (completed, failed).',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    this.poolGauges(dataSource);
    this.databaseGauges(dataSource);
    offerToClusterMetrics(this.registry);
  }

  private poolGauges(dataSource: DataSource): void {
    const pool = () => (dataSource.driver as unknown as { master: PgPool }).master;
    const gauge = (name: string, help: string, read: (pool: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read(pool()));
        },
      });
    gauge('ptp_db_pool_in_use', "Connections of the pool running a statement or a transaction (summed over the serving processes).", (p) => p.totalCount - p.idleCount);
    gauge('ptp_db_pool_waiting', 'Requests waiting for a connection of the pool (summed over the serving processes).', (p) => p.waitingCount);
    gauge('ptp_db_pool_max', 'The most connections the pool opens (summed over the serving processes).', (p) => p.options.max);
  }

  private databaseGauges(dataSource: DataSource): void {
    // One scrape reads the database once: the registry collects every gauge at the same time.
    let reading: Promise<void> | null = null;
    const collect = () =>
      (reading ??= (async () => {
        const [queues, certificates, statements] = await Promise.all([queueCounts(dataSource), certificateCounts(dataSource), deliveryBacklog(dataSource)]);
        queueDepth.reset();
        queueFailed.reset();
        for (const { queue, waiting, failed } of queues) {
          queueDepth.set({ queue }, waiting);
          queueFailed.set({ queue }, failed);
        }
        outboxBacklog.set(queues.filter(({ queue }) => MAIL_QUEUE.test(queue)).reduce((sum, { waiting }) => sum + waiting, 0));
        issued.set(certificates.issued);
        revoked.set(certificates.revoked);
        statementsWaiting.set(statements.waiting);
        statementsFailed.set(statements.failed);
      })().finally(() => (reading = null)));
    // The same figures in every process: with several serving processes, one is kept rather than their sum.
    const registers = [this.registry];
    const aggregator = 'first' as const;
    const queueDepth = new Gauge({ name: 'ptp_job_queue_depth', help: 'Jobs waiting to run, by queue.', labelNames: ['queue'] as const, registers, collect, aggregator });
    const queueFailed = new Gauge({
      name: 'ptp_job_queue_failed',
      help: 'Jobs that failed their last try, by queue, until pg-boss archives them (12 hours on).',
      labelNames: ['queue'] as const,
      registers,
      collect,
      aggregator,
    });
    const outboxBacklog = new Gauge({ name: 'ptp_outbox_backlog', help: 'Email messages queued and not yet sent.', registers, collect, aggregator });
    const issued = new Gauge({ name: 'ptp_certificates_issued', help: 'Certificates ever issued.', registers, collect, aggregator });
    const revoked = new Gauge({ name: 'ptp_certificates_revoked', help: 'Certificates ever revoked.', registers, collect, aggregator });
    const statementsWaiting = new Gauge({ name: 'ptp_xapi_statements_waiting', help: 'Learning events waiting to be sent to the LRS as xAPI statements.', registers, collect, aggregator });
    const statementsFailed = new Gauge({ name: 'ptp_xapi_statements_failed', help: 'xAPI statements given up on until an admin retries them.', registers, collect, aggregator });
  }
}
