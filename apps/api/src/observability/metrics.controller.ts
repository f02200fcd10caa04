import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/policy.decorators';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { metricsText } from './cluster-metrics';
import { PlatformMetrics } from './platform-metrics';

/**
 * Prometheus reads the metrics here with `Authorization: Bearer <METRICS_TOKEN>`. Without a
 * token set the route does not exist: metrics say how busy the platform is and who is failing
 * to sign in, which is nobody else's business.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: PlatformMetrics,
  ) {}

  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException('Metrics are off; set METRICS_TOKEN to turn them on.');
    if (!authorization || !sameSecret(authorization, `Bearer ${token}`)) throw new UnauthorizedException('Send the metrics token.');
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    response.send(await metricsText(this.metrics.registry));
  }
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
