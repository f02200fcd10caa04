import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashSessionToken, newSessionToken } from '../auth/session-token';
import type { Role } from '../auth/policy.decorators';
import { ROLES_NEEDING_TWO_FACTOR } from '../auth/two-factor-requirement';
import { newTotpSecret } from '../two-factor/totp';
import { twoFactorSecretContext } from '../two-factor/two-factor-codes';
import { testSecretBox } from './test-secrets';

export interface TestAccount {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  token: string;
}

/**
 * An account with a live session, made directly in the database: far quicker than signing up
 * through scrypt, for tests about what an account may do rather than how it signs in.
 */
export async function createAccount(dataSource: DataSource, roles: Role[] = ['LEARNER'], name?: string): Promise<TestAccount> {
  const suffix = randomBytes(4).toString('hex');
  const email = `${roles[0].toLowerCase()}-${suffix}@example.test`;
  const displayName = name ?? `Test ${roles[0].toLowerCase()} ${suffix}`;
  const [{ id }] = await dataSource.query(
    `INSERT INTO app_user (email, name, password_hash, roles) VALUES ($1, $2, 'no-password', $3) RETURNING id`,
    [email, displayName, roles],
  );
  const token = newSessionToken();
  await dataSource.query(
    `INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [id, hashSessionToken(token)],
  );
  if (roles.some((role) => ROLES_NEEDING_TWO_FACTOR.includes(role))) {
    // Admins and reviewers use their roles only with two-factor on: tests of what they may do start with it on.
    const sealedSecret = testSecretBox().seal(newTotpSecret(), twoFactorSecretContext(id));
    await dataSource.query(`INSERT INTO two_factor (user_id, sealed_secret, enabled_at) VALUES ($1, $2, now())`, [id, sealedSecret]);
  }
  return { id, email, name: displayName, roles, token };
}
