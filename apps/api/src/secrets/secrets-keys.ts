import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from '../config/app-config';
import { SECRETS_KEY_BYTES, SecretBox } from './secret-box';

/**
 * Without SECRETS_KEY (development and tests only: production refuses to start without it), the
 * keys live in a file of the data folder, one base64 key a line: the current key first, then
 * keys that still open values during a rotation. A fresh machine gets a new key on first use.
 */
export function dataFolderKeysFile(dataDir: string): string {
  return path.join(dataDir, 'secrets-keys');
}

export function secretBoxFor(config: Pick<AppConfig, 'secretsKey' | 'previousSecretsKey' | 'dataDir'>): SecretBox {
  if (config.secretsKey) return new SecretBox(config.secretsKey, config.previousSecretsKey ? [config.previousSecretsKey] : []);
  const [current, ...previous] = readOrCreateDataFolderKeys(config.dataDir);
  return new SecretBox(current, previous);
}

export function newSecretsKey(): Buffer {
  return randomBytes(SECRETS_KEY_BYTES);
}

export function readOrCreateDataFolderKeys(dataDir: string): Buffer[] {
  const file = dataFolderKeysFile(dataDir);
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': of processes starting together, one writes the key and the others read it.
    writeFileSync(file, `${newSecretsKey().toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => Buffer.from(line.trim(), 'base64'));
}

/** Replaces the data folder's keys in one step, so a crash leaves either the old file or the new one. */
export function writeDataFolderKeys(dataDir: string, keys: Buffer[]): void {
  const file = dataFolderKeysFile(dataDir);
  writeFileSync(`${file}.next`, keys.map((key) => `${key.toString('base64')}\n`).join(''), { mode: 0o600 });
  renameSync(`${file}.next`, file);
}
