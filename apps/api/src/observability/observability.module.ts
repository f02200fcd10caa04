import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule, type OnModuleInit } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { OperationObserver } from './operation-observer.plugin';
import { PlatformMetrics } from './platform-metrics';
import { requestLogOptions } from './request-log';

/** Structured logs (a JSON line per request and per job) and the Prometheus metrics at /metrics. */
@Module({})
export class ObservabilityModule implements NestModule, OnModuleInit {
  constructor(
    private readonly metrics: PlatformMetrics,
    private readonly jobs: JobQueue,
  ) {}

  /** `logDestination`: where log lines go; standard output unless a test reads them. */
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    const options = requestLogOptions(config.logLevel);
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot({ pinoHttp: logDestination ? [options, logDestination] : options })],
      providers: [PlatformMetrics, OperationObserver],
      controllers: [MetricsController],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('{/*splat}');
  }

  onModuleInit(): void {
    this.jobs.onJobFinished(({ queue, failed }) => this.metrics.jobsRun.inc({ queue, outcome: failed ? 'failed' : 'completed' }));
  }
}
