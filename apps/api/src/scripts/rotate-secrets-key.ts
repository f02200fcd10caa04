import { DataSource } from 'typeorm';
import { ConfigError, readConfig } from '../config/app-config';
import { dataSourceOptions, migrate } from '../database/data-source';
import { EmbeddedDatabase } from '../database/embedded-database';
import { dataFolderKeysFile } from '../secrets/secrets-keys';
import { rotateSecretsKey } from './secrets-rotation';

const USAGE = `Usage: npm run rotate-secrets-key

Seals every secret in the database (the credential signing keys, TOTP secrets, OIDC client
secrets) under the current key, in one transaction. Signing keys keep their public halves, so
every credential issued before still verifies.

With SECRETS_KEY set (production): first set SECRETS_KEY to the new key and SECRETS_KEY_PREVIOUS
to the old one on every API process, then run this once; afterwards SECRETS_KEY_PREVIOUS can go.
Without it (development): a new key is made in the data folder and the old one is dropped once
everything is sealed under the new one. Stop the platform first when it runs the embedded database.`;

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = readConfig();
  const embedded = config.databaseUrl ? null : await EmbeddedDatabase.start(config.dataDir);
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url, 'start-up')).initialize();
  try {
    // The tables as this version has them, whatever version last ran on the database.
    await migrate(dataSource);
    const resealed = await rotateSecretsKey(config, dataSource);
    console.log(
      `Sealed under the ${config.secretsKey ? 'SECRETS_KEY' : `new key in ${dataFolderKeysFile(config.dataDir)}`}: ` +
        `${resealed.signingKeys} signing keys, ${resealed.twoFactorSecrets} two-factor secrets, ${resealed.clientSecrets} OIDC client secrets, ${resealed.lrsSecrets} LRS secret, ${resealed.ltiToolKeys} LTI tool key.`,
    );
    if (config.previousSecretsKey) console.log('SECRETS_KEY_PREVIOUS is no longer needed: remove it from every API process.');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
