import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '../database/data-source';
import { EmbeddedDatabase } from '../database/embedded-database';
import { TEMPLATE_DATABASE, databaseUrlFor } from './test-database';

/**
 * One PostgreSQL for the whole run (embedded unless DATABASE_URL is set), with a migrated
 * template database that every test file copies, so files never share rows.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await EmbeddedDatabase.start(mkdtempSync(path.join(tmpdir(), 'platform-test-')));
    (globalThis as { embeddedDatabase?: EmbeddedDatabase }).embeddedDatabase = embedded;
    serverUrl = embedded.url;
  }
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;

  const admin = new Client({ connectionString: databaseUrlFor(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const template = await new DataSource(dataSourceOptions(databaseUrlFor(serverUrl, TEMPLATE_DATABASE))).initialize();
  await migrate(template);
  await template.destroy();
}
