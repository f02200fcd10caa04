import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../auth/policy.decorators';
import { FIRST_ADMIN_NAME, type AppConfig } from '../config/app-config';
import { lockUntilCommit } from '../database/transaction-lock';
import { generatePassword, hashPassword } from './password';
import { countAccounts, createAccount } from '../auth/account-records';

export interface SeededAccount {
  email: string;
  password: string;
  roles: Role[];
}

const DEMO_ACCOUNTS: { email: string; name: string; roles: Role[] }[] = [
  { email: 'instructor@example.com', name: 'Demo Instructor', roles: ['INSTRUCTOR'] },
  { email: 'reviewer@example.com', name: 'Demo Reviewer', roles: ['REVIEWER'] },
  { email: 'learner@example.com', name: 'Demo Learner', roles: ['LEARNER'] },
];

/**
 * Creates the first admin when the database has no users, and the demo accounts when asked.
 * Returns only accounts created now, so their passwords are shown once and never again.
 */
export function seedAccounts(dataSource: DataSource, config: AppConfig): Promise<SeededAccount[]> {
  return dataSource.transaction(async (manager) => {
    // Replicas starting together must create the first admin once.
    await lockUntilCommit(manager, 'platform:seed-accounts');
    return createMissingAccounts(manager, config);
  });
}

async function createMissingAccounts(manager: EntityManager, config: AppConfig): Promise<SeededAccount[]> {
  const created: SeededAccount[] = [];
  if ((await countAccounts(manager)) === 0) {
    const password = config.adminPassword ?? generatePassword();
    await createAccount(manager, { email: config.adminEmail, name: FIRST_ADMIN_NAME, passwordHash: await hashPassword(password), roles: ['ADMIN'], confirmed: true });
    created.push({ email: config.adminEmail, password: config.adminPassword ? '(from ADMIN_PASSWORD)' : password, roles: ['ADMIN'] });
  }
  if (config.seedDemo) {
    for (const demo of DEMO_ACCOUNTS) {
      const password = generatePassword();
      // An address that already has an account keeps it, and its password is not shown.
      if (!(await createAccount(manager, { ...demo, passwordHash: await hashPassword(password), confirmed: true }))) continue;
      created.push({ email: demo.email, password, roles: demo.roles });
    }
  }
  return created;
}
