import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Role } from '../auth/policy.decorators';
import { PlatformError } from '../common/errors';
import { decodeCursor, isUuid, toConnection, type Connection } from '../common/pagination';
import { lockUntilCommit } from '../database/transaction-lock';
import { countAccounts, findAccountsByEmail, lockAccounts, setAccountRoles } from '../auth/account-records';
import type { User } from './users.types';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Ordered by email, which is unique, so the cursor is the last email seen. */
  async list(search: string | undefined, first = 20, after?: string): Promise<Connection<User>> {
    const cursor = decodeCursor(after, (key) => key.length === 1);
    const pattern = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await findAccountsByEmail(this.dataSource, pattern, cursor?.[0] ?? null, first + 1);
    return toConnection(rows, first, (row) => [row.email], (row) => row);
  }

  /**
   * Role changes lock the actor's and the account's rows and are audited in the same transaction.
   * Every lock is taken in one order (the demotion lock, then both rows by id, in one statement),
   * so two admins demoting each other queue instead of deadlocking.
   */
  async setRoles(actorId: string, userId: string, requested: Role[]): Promise<User> {
    if (!isUuid(userId)) throw new PlatformError('NOT_FOUND', 'No account has that id.');
    const roles = [...new Set(requested)].sort() as Role[];
    if (roles.length === 0) throw new PlatformError('BAD_USER_INPUT', 'An account needs at least one role.');
    return this.dataSource.transaction(async (manager) => {
      // Serialise every change that may remove an admin, so two cannot each leave the other as the last one.
      if (!roles.includes('ADMIN')) await lockUntilCommit(manager, 'users:admin-demotion');
      const locked = await lockAccounts(manager, [userId, actorId]);
      const current = locked.find((row) => row.id === userId);
      if (!current) throw new PlatformError('NOT_FOUND', 'No account has that id.');
      if (!locked.find((row) => row.id === actorId)?.roles.includes('ADMIN')) {
        throw new PlatformError('FORBIDDEN', 'You are no longer an admin, so you cannot change roles.');
      }
      if (current.roles.includes('ADMIN') && !roles.includes('ADMIN') && (await countAccounts(manager, 'ADMIN')) <= 1) {
        throw new PlatformError('BAD_USER_INPUT', 'This is the only admin; make another account admin before removing this role.');
      }
      const updated = await setAccountRoles(manager, userId, roles);
      await this.audit.record(manager, { actorId, action: 'USER_ROLES_CHANGED', subjectUserId: userId, details: { from: current.roles, to: roles } });
      return updated;
    });
  }
}
