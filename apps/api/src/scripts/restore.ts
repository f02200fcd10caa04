import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config/app-config';
import { restore } from './backup/restore';

const USAGE = `Usage: npm run restore -- <backup file>

Brings a backup back into an empty database: DATABASE_URL's, or a new embedded PostgreSQL in an
empty DATA_DIR. Then start the platform there as usual (npm start).`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const started = performance.now();
  const counts = await restore(readConfig(), positionals[0]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Restored ${counts.rows} rows, ${counts.jobs} waiting jobs and ${counts.files} files in ${seconds} s.`);
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : `The restore failed: ${error.message}`);
  process.exit(1);
});
