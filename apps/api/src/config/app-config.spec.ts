import { ConfigError, readConfig } from './app-config';

describe('reading settings', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 1 to 65535, but it is "eighty".'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535, but it is "70000".'],
    [{ API_PROCESSES: '0' }, 'API_PROCESSES must be a whole number from 1 to 64, but it is "0".'],
    [{ API_PROCESSES: 'two' }, 'API_PROCESSES must be a whole number from 1 to 64, but it is "two".'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL must start with postgres:// or postgresql://, not mysql://.'],
    [{ DATABASE_URL: 'postgres://db:5432' }, 'DATABASE_URL names no database; expected postgres://user:password@host:5432/database.'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false, but it is "maybe".'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 10 characters long.'],
    [
      { ADMIN_PASSWORD: 'qwertyuiop' },
      'ADMIN_PASSWORD is refused: This password is one of the most common ones, which attackers try first. Choose another.',
    ],
    [
      { ADMIN_EMAIL: 'ward.manager@example.org', ADMIN_PASSWORD: 'Ward.Manager 2026' },
      'ADMIN_PASSWORD is refused: This password is made of your email address. Choose one with at least 10 letters or digits besides it.',
    ],
    [
      { ADMIN_EMAIL: 'lead@example.org', ADMIN_PASSWORD: 'Administrator #1' },
      'ADMIN_PASSWORD is refused: This password is made of your name. Choose one with at least 10 letters or digits besides it.',
    ],
    [
      { TRUST_PROXY: 'true' },
      `TRUST_PROXY must list the load balancer's addresses or subnets, separated by commas (like 172.28.0.10 or 10.0.0.0/24, or loopback); "true" is not one.`,
    ],
    [
      { TRUST_PROXY: '172.28.0.10, 2' },
      `TRUST_PROXY must list the load balancer's addresses or subnets, separated by commas (like 172.28.0.10 or 10.0.0.0/24, or loopback); "2" is not one.`,
    ],
    [
      { TRUST_PROXY: '10.0.0.0/33' },
      `TRUST_PROXY must list the load balancer's addresses or subnets, separated by commas (like 172.28.0.10 or 10.0.0.0/24, or loopback); "10.0.0.0/33" is not one.`,
    ],
    [{ PUBLIC_URL: 'training' }, 'PUBLIC_URL is not a valid URL; expected the address people use, like https://training.example.org.'],
    [{ PUBLIC_URL: 'ftp://training.example.org' }, 'PUBLIC_URL must start with https:// or http://, not ftp://.'],
    [{ PUBLIC_URL: 'https://training.example.org/?x=1' }, 'PUBLIC_URL must not have a query or fragment.'],
    [{ SMTP_URL: 'mail' }, 'SMTP_URL is not a valid URL; expected smtp://user:password@host:587 or smtps://user:password@host:465.'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL must start with smtp:// or smtps://, not http://.'],
    [
      { NODE_ENV: 'production' },
      'SECRETS_KEY is required in production: it seals the credential signing key and other secrets in the database. Set it to 32 random bytes in base64 (openssl rand -base64 32) and keep it apart from database backups.',
    ],
    [{ SECRETS_KEY: 'c2hvcnQ=' }, 'SECRETS_KEY must be 32 bytes in base64 (openssl rand -base64 32), but it decodes to 5 bytes.'],
    [{ SECRETS_KEY_PREVIOUS: 'not base64 at all!' }, 'SECRETS_KEY_PREVIOUS must be 32 bytes in base64 (openssl rand -base64 32), but it decodes to 10 bytes.'],
  ])('rejects %j with a message naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });

  it('uses the documented defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, apiProcesses: 1, databaseUrl: null, adminEmail: 'admin@example.com', seedDemo: false, production: false });
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config).toMatchObject({
      publicUrl: 'http://localhost:3000',
      issuerName: 'Practitioner Training Platform',
      smtpUrl: null,
      mailFrom: 'certificates@localhost',
    });
  });

  it('believes no forwarded address unless TRUST_PROXY names the balancer', () => {
    expect(readConfig({}).trustProxy).toEqual([]);
    expect(readConfig({ TRUST_PROXY: ' ' }).trustProxy).toEqual([]);
    expect(readConfig({ TRUST_PROXY: '172.28.0.10, 10.1.0.0/16,fd00::/8, loopback' }).trustProxy).toEqual([
      '172.28.0.10',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('builds links on PUBLIC_URL without a trailing slash, and follows PORT when it is unset', () => {
    expect(readConfig({ PUBLIC_URL: 'https://training.example.org/ptp/' }).publicUrl).toBe('https://training.example.org/ptp');
    expect(readConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(readConfig({ PUBLIC_URL: 'https://training.example.org' }).mailFrom).toBe('certificates@training.example.org');
  });
});
