// The address of the embedded PostgreSQL that a running `npm start` keeps under DATA_DIR, so that
// more API processes can share it:
//   DATABASE_URL=$(node scripts/database-url.mjs) PORT=3001 npm start
// The password is the one the platform wrote to DATA_DIR/postgres-password; the port, chosen
// at start, is the fourth line of PostgreSQL's own postmaster.pid.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function embeddedDatabaseUrl(dataDir = path.resolve(root, process.env.DATA_DIR || '.data')) {
  const read = (file) =>
    readFile(path.join(dataDir, file), 'utf8').catch(() => {
      throw new Error(`No embedded PostgreSQL is running under ${dataDir}; start the platform there first (npm start).`);
    });
  const password = (await read('postgres-password')).trim();
  const port = Number((await read(path.join('postgres', 'postmaster.pid'))).split('\n')[3]);
  return `postgres://postgres:${password}@127.0.0.1:${port}/platform`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(await embeddedDatabaseUrl(process.argv[2] ? path.resolve(process.argv[2]) : undefined));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
