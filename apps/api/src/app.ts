import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express } from 'express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { refuseUnreadableAddress } from './common/request-address';
import { assignRequestId } from './common/request-id';
import { compressResponses } from './common/response-compression';
import { persistedOperationRequests, readPersistedOperations } from './common/persisted-operations';
import { graphqlBodyParser } from './common/request-body';
import type { AppConfig } from './config/app-config';
import { RequestObserver } from './observability/request-observer';
import { serveWebApp } from './web-app';

/**
 * Builds the HTTP application around an already migrated database; the caller decides where it
 * listens. `logDestination`: where log lines go; standard output unless a test reads them.
 */
export async function createApp(config: AppConfig, dataSource: DataSource, logDestination?: DestinationStream): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, logDestination), {
    bufferLogs: true,
    // Only /graphql takes a body, with a limit of its own; no other route reads one.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  // First, so that requests refused before any route (a body too large, an unreadable address) are logged and timed too.
  app.use(assignRequestId, app.get(RequestObserver).middleware);
  app.use(securityHeaders(config));
  app.use(compressResponses());
  app.use(cookieParser());
  app.use(refuseUnreadableAddress);
  app.use('/graphql', persistedOperationRequests(readPersistedOperations(config.webRoot)), ...graphqlBodyParser());
  serveWebApp(app.getHttpAdapter().getInstance() as Express, config.webRoot);
  await app.init();
  return app;
}

function securityHeaders(config: AppConfig) {
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Plain-HTTP local runs must keep loading their own assets; TLS is the proxy's job.
        upgradeInsecureRequests: null,
      },
    },
  });
  // The development sandbox at /graphql loads its own scripts; production serves no sandbox.
  const sandbox = helmet({ contentSecurityPolicy: false });
  return (request: { path: string }, response: unknown, next: () => void) =>
    (!config.production && request.path === '/graphql' ? sandbox : strict)(request as never, response as never, next);
}
