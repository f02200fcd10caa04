import { ConfigError, readConfig } from './app-config';

describe('reading settings', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 1 to 65535, but it is "eighty".'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535, but it is "70000".'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database.'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL must start with postgres:// or postgresql://, not mysql://.'],
    [{ DATABASE_URL: 'postgres://db:5432' }, 'DATABASE_URL names no database; expected postgres://user:password@host:5432/database.'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false, but it is "maybe".'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 10 characters long.'],
  ])('rejects %j with a message naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });

  it('uses the documented defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, adminEmail: 'admin@example.com', seedDemo: false, production: false });
    expect(config.dataDir).toMatch(/\.data$/);
  });
});
