import { Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../config/app-config';
import { JobQueue } from '../jobs/job-queue.service';
import { MetricsController } from './metrics.controller';
import { OperationObserver } from './operation-observer.plugin';
import { PlatformMetrics } from './platform-metrics';
import { loggerOptions } from './request-log';
import { RequestObserver } from './request-observer';

/** Structured logs (a JSON line per request and per job) and the Prometheus metrics at /metrics. */
@Module({})
export class ObservabilityModule implements OnModuleInit {
  constructor(
    private readonly metrics: PlatformMetrics,
    private readonly jobs: JobQueue,
  ) {}

  /** `logDestination`: where log lines go; standard output unless a test reads them. */
  static forRoot(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    const options = loggerOptions(config.logLevel);
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: logDestination ? [options, logDestination] : options,
          // nestjs-pino's per-request middleware is not mounted: RequestObserver logs each request.
          forRoutes: [],
        }),
      ],
      providers: [PlatformMetrics, OperationObserver, RequestObserver],
      controllers: [MetricsController],
    };
  }

  onModuleInit(): void {
    this.jobs.onJobFinished(({ queue, failed }) => this.metrics.jobsRun.inc({ queue, outcome: failed ? 'failed' : 'completed' }));
  }
}
