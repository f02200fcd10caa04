import 'reflect-metadata';
import cluster from 'node:cluster';
import { serveForStartingProcess, startServingProcesses } from './api-processes';
import { ConfigError, readConfig, type AppConfig } from './config/app-config';
import { ContentInvalidError, type ImportOutcome } from './content-import/content-import.service';
import { startPlatform, stopOnSignals } from './platform';
import type { SeededAccount } from './users/account-seeder';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  if (cluster.isWorker) return serveForStartingProcess(config);
  let running: { imported: ImportOutcome[]; seededAccounts: SeededAccount[]; stop(): Promise<void> };
  try {
    if (config.apiProcesses > 1) {
      const processes = await startServingProcesses(config);
      running = { ...processes.database, stop: processes.stop };
    } else {
      running = await startPlatform(config);
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ContentInvalidError) exitWith(error.message);
    throw error;
  }
  for (const outcome of running.imported) {
    console.log(`Course ${outcome.slug}: version ${outcome.version}${outcome.created ? ' (imported now)' : ''}.`);
  }
  printSeededAccounts(running.seededAccounts);
  const url = `http://localhost:${config.port}`;
  const processes = config.apiProcesses > 1 ? ` by ${config.apiProcesses} processes` : '';
  console.log(`The platform is ready on ${url} (GraphQL at ${url}/graphql)${processes}.`);

  stopOnSignals(running.stop, (signal) => console.log(`${signal} received: finishing requests and stopping the database.`));
}

function readConfigOrExit(): AppConfig {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
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
