import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '../database/data-source';
import { EmbeddedDatabase } from '../database/embedded-database';
import { runKyselyCodegen } from '../database/db-types';

/**
 * Writes src/database/schema.ts, the row types of every table, from a database the migrations
 * built: the types follow the schema, never the other way round.
 */
async function writeDatabaseTypes(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'platform-db-types-'));
  const embedded = await EmbeddedDatabase.start(dataDir);
  try {
    const dataSource = await new DataSource(dataSourceOptions(embedded.url, 'start-up')).initialize();
    await migrate(dataSource);
    await dataSource.destroy();
    const generated = runKyselyCodegen(embedded.url, []);
    if (generated.status !== 0) throw new Error(generated.stderr);
    console.log(`Wrote ${path.resolve(__dirname, '../../src/database/schema.ts')}`);
  } finally {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  writeDatabaseTypes().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
