import { isIP } from 'node:net';
import * as path from 'node:path';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../common/password-policy';

export interface AppConfig {
  port: number;
  /** Processes serving requests on the port, one per core at most worth having; 1 serves in the starting process itself. */
  apiProcesses: number;
  databaseUrl: string | null;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | null;
  seedDemo: boolean;
  production: boolean;
  contentRoot: string;
  webRoot: string;
  /** Where people reach the platform; verify links, QR codes and credential ids are built on it. */
  publicUrl: string;
  /** The name certificates and credentials give as their issuer. */
  issuerName: string;
  /** Null: messages are written as .eml files to the outbox folder under `dataDir` instead of sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * The load balancers whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed (Express's
   * `trust proxy`); empty: none, so a client cannot claim another address to escape per-address limits.
   */
  trustProxy: string[];
  /**
   * Seals the secrets kept in the database (SECRETS_KEY, 32 bytes in base64). Null outside
   * production only: a key is then generated and kept in the data folder.
   */
  secretsKey: Buffer | null;
  /** The key before a rotation (SECRETS_KEY_PREVIOUS): still opens what it sealed until the rotation command has re-sealed it. */
  previousSecretsKey: Buffer | null;
  /** pino's level names; `silent` writes no log at all. */
  logLevel: LogLevel;
  /** Null: /metrics is off. Otherwise scrapers send it as `Authorization: Bearer <token>`. */
  metricsToken: string | null;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A setting that cannot be used; the message names it and says what is expected. */
export class ConfigError extends Error {}

const repoRoot = path.resolve(__dirname, '../../../..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = readPort(env.PORT);
  const publicUrl = readPublicUrl(env.PUBLIC_URL, port);
  const adminEmail = (env.ADMIN_EMAIL || 'admin@example.com').trim().toLowerCase();
  const production = env.NODE_ENV === 'production';
  return {
    port,
    apiProcesses: readApiProcesses(env.API_PROCESSES),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    dataDir: path.resolve(env.DATA_DIR || path.join(repoRoot, '.data')),
    adminEmail,
    adminPassword: readAdminPassword(env.ADMIN_PASSWORD, adminEmail),
    seedDemo: readBoolean('SEED_DEMO', env.SEED_DEMO, false),
    production,
    contentRoot: path.resolve(env.CONTENT_DIR || path.join(repoRoot, 'content')),
    webRoot: path.resolve(env.WEB_DIST_DIR || path.join(repoRoot, 'apps/web/dist')),
    publicUrl,
    issuerName: env.ISSUER_NAME?.trim() || 'Practitioner Training Platform',
    smtpUrl: readSmtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || `certificates@${new URL(publicUrl).hostname}`,
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    secretsKey: readSecretsKey('SECRETS_KEY', env.SECRETS_KEY, production),
    previousSecretsKey: readSecretsKey('SECRETS_KEY_PREVIOUS', env.SECRETS_KEY_PREVIOUS, false),
    logLevel: readLogLevel(env.LOG_LEVEL),
    metricsToken: readMetricsToken(env.METRICS_TOKEN),
  };
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535, but it is "${value}".`);
  }
  return port;
}

const MAX_API_PROCESSES = 64;

function readApiProcesses(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const processes = Number(value);
  if (!/^\d+$/.test(value) || processes < 1 || processes > MAX_API_PROCESSES) {
    throw new ConfigError(`API_PROCESSES must be a whole number from 1 to ${MAX_API_PROCESSES}, but it is "${value}".`);
  }
  return processes;
}

function readDatabaseUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//.`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL names no database; expected postgres://user:password@host:5432/database.');
  }
  return value;
}

function readPublicUrl(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('PUBLIC_URL is not a valid URL; expected the address people use, like https://training.example.org.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`PUBLIC_URL must start with https:// or http://, not ${url.protocol}//.`);
  }
  if (url.search || url.hash) throw new ConfigError('PUBLIC_URL must not have a query or fragment.');
  return url.toString().replace(/\/+$/, '');
}

function readLogLevel(value: string | undefined): LogLevel {
  if (!value) return 'info';
  const level = LOG_LEVELS.find((known) => known === value.trim().toLowerCase());
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, but it is "${value}".`);
  return level;
}

/** The token guards every metric of the platform, so a short one could be guessed. */
const MIN_METRICS_TOKEN_LENGTH = 24;

function readMetricsToken(value: string | undefined): string | null {
  if (!value) return null;
  if (value.trim().length < MIN_METRICS_TOKEN_LENGTH) {
    throw new ConfigError(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long (e.g. openssl rand -hex 24).`);
  }
  return value.trim();
}

function readSmtpUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('SMTP_URL is not a valid URL; expected smtp://user:password@host:587 or smtps://user:password@host:465.');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  return value;
}

function readBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, but it is "${value}".`);
}

function readSecretsKey(name: string, value: string | undefined, required: boolean): Buffer | null {
  if (!value?.trim()) {
    if (!required) return null;
    throw new ConfigError(
      `${name} is required in production: it seals the credential signing key and other secrets in the database. ` +
        'Set it to 32 random bytes in base64 (openssl rand -base64 32) and keep it apart from database backups.',
    );
  }
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32 || key.toString('base64') !== value.trim()) {
    throw new ConfigError(`${name} must be 32 bytes in base64 (openssl rand -base64 32), but it decodes to ${key.length} bytes.`);
  }
  return key;
}

/** The first admin's name, given by the account seeder. */
export const FIRST_ADMIN_NAME = 'Administrator';

function readAdminPassword(value: string | undefined, adminEmail: string): string | null {
  if (!value) return null;
  if (value.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  const problem = passwordProblem(value, { email: adminEmail, name: FIRST_ADMIN_NAME });
  if (problem) throw new ConfigError(`ADMIN_PASSWORD is refused: ${problem}`);
  return value;
}

/** Express's names for address ranges (those of proxy-addr). */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

function readTrustProxy(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isAddressOrSubnet(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must list the load balancer's addresses or subnets, separated by commas (like 172.28.0.10 or ` +
        `10.0.0.0/24, or loopback); "${wrong}" is not one.`,
    );
  }
  return entries;
}
