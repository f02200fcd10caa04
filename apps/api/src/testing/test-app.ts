import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../app';
import { readConfig, type AppConfig } from '../config/app-config';
import { ChangeNotifications } from '../database/change-notifications';
import { createTestDatabase } from './test-database';
import { TEST_SECRETS_KEY } from './test-secrets';

export interface GraphQLResponse<Data = Record<string, any>> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  graphql<Data = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/**
 * The test courses, copied once per process with their disclosures dated today: a version whose
 * disclosures are over a year old cannot be released, and the fixtures must not expire with time.
 */
export const fixturesRoot = fixturesDatedToday(path.resolve(__dirname, 'fixtures'));

function fixturesDatedToday(source: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'ptp-fixtures-'));
  cpSync(source, copy, { recursive: true });
  process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
  const courses = path.join(copy, 'courses');
  for (const course of readdirSync(courses)) {
    const disclosures = path.join(courses, course, 'disclosures.yaml');
    if (!existsSync(disclosures)) continue;
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(disclosures, readFileSync(disclosures, 'utf8').replace(/^collected: .*$/m, `collected: ${today}`));
  }
  return copy;
}

/**
 * The real application on its own fresh database; `content/` is not imported unless a test does
 * it. Log lines go to `logDestination` when a test reads them.
 */
export async function createTestApp(overrides: Partial<AppConfig> = {}, logDestination?: DestinationStream): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...readConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL || 'silent' }), secretsKey: TEST_SECRETS_KEY, ...overrides };
  const app = await createApp(config, database.dataSource, logDestination);
  return {
    app,
    dataSource: database.dataSource,
    config,
    async graphql(query, variables, token) {
      // A test's writes reach the application as they would a replica, a moment after they commit;
      // its requests read what it wrote.
      await app.get(ChangeNotifications).caughtUp();
      const call = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      const response = await call.send({ query, variables });
      return response.body;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
