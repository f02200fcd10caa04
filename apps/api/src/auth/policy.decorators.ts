import { SetMetadata } from '@nestjs/common';

export type Role = 'LEARNER' | 'INSTRUCTOR' | 'REVIEWER' | 'ADMIN';

export const ACCESS_POLICY = 'platform:access-policy';

/** Who may call an operation or read a field. Every resolver and field declares one. */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account; the resolver still checks ownership of what it returns. */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);

/** Accounts holding at least one of the roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);
